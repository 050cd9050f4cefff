// The Go DTOs as the front end sees them, derived from the generated classes in
// wailsjs/go/models.ts (`make bindings` regenerates those from app/). A Wails call resolves with
// the JSON, not with an instance of those classes, so the types here keep the fields and drop
// the methods; a Go slice or map can be nil, which arrives as null.

type Method = (...args: never[]) => unknown;

/** Plain<T> is a generated model class as the JSON a bound method returns or takes. */
export type Plain<T> = T extends string | number | boolean | null | undefined | void
  ? T
  : T extends readonly (infer U)[]
    ? Plain<U>[] | null
    : T extends object
      ? { [K in keyof T as T[K] extends Method ? never : K]: Plain<T[K]> }
      : T;

/**
 * Narrow<T, R> is T with the fields named in R narrowed to what Go documents but does not type
 * (string enums such as a capability). R may only name fields of T, each with a type that fits
 * T's, so a field renamed or retyped in Go fails the type check here.
 */
export type Narrow<T, R extends { [K in keyof R]: K extends keyof T ? T[K] : never }> = Omit<T, keyof R> & R;
