// The one way the front end talks to Go. Views and hooks never touch window.go or the generated
// bindings directly: they call the typed wrappers in src/api/<area>.ts, which bridge the
// generated functions of wailsjs/go/app/<Struct> (see bridge below).
//
// Wails v2 binds each Go struct as window.go.app.<Struct>.<Method>(...) returning a promise. A Go
// error rejects that promise with a plain string; ours is JSON {"code","message","fields"?}
// (app/errors.go). bridge turns every rejection into an AppError with a stable code.
//
// To add a bound method: add it in app/, run `make bindings`, and expose it from
// src/api/<area>.ts with the model types of src/api/models.ts.
// Hooks (TanStack Query) live in the feature folder; mutations report failures through the
// query client's one error path (app/queryClient.ts), so callers need no catch for that.
import type { Plain } from './models';

/** Stable error codes, as in app/errors.go. */
export type ErrorCode =
  | 'invalid_input'
  | 'not_found'
  | 'conflict'
  | 'unauthorized'
  | 'forbidden'
  | 'rate_limited'
  | 'offline'
  | 'domain_not_found'
  | 'cancelled'
  | 'busy'
  | 'not_connected'
  | 'keyring_unavailable'
  | 'internal';

/** Field name (the JSON name of an input field) → what is wrong with it. */
export type FieldErrors = Record<string, string>;

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fields: FieldErrors;

  constructor(code: ErrorCode, message: string, fields: FieldErrors = {}) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.fields = fields;
  }
}

type BoundMethod = (...args: unknown[]) => Promise<unknown>;
type BoundStruct = Record<string, BoundMethod | undefined>;

declare global {
  interface Window {
    go?: { app?: Record<string, BoundStruct | undefined> };
  }
}

/** toAppError turns whatever a bound call rejected with into an AppError. */
export function toAppError(reason: unknown): AppError {
  if (reason instanceof AppError) return reason;
  if (typeof reason === 'string') return fromText(reason);
  if (reason instanceof Error) return fromText(reason.message);
  // Wails' ErrorFormatter may hand over the coded error as an object rather than its JSON text.
  return fromObject(reason) ?? new AppError('internal', String(reason ?? 'Unknown error'));
}

function fromText(text: string): AppError {
  try {
    const coded = fromObject(JSON.parse(text));
    if (coded) return coded;
  } catch {
    // not JSON: the text is the message
  }
  return new AppError('internal', text || 'Unknown error');
}

function fromObject(value: unknown): AppError | null {
  if (!value || typeof value !== 'object') return null;
  const p = value as { code?: unknown; message?: unknown; fields?: unknown };
  if (typeof p.code !== 'string' || typeof p.message !== 'string') return null;
  const fields = p.fields && typeof p.fields === 'object' ? (p.fields as FieldErrors) : undefined;
  return new AppError(p.code as ErrorCode, p.message, fields);
}

type Generated = Record<string, (...args: never[]) => Promise<unknown>>;

/** Bridged<M> is a generated bindings module with plain JSON types in and out. */
export type Bridged<M extends Generated> = {
  [K in keyof M]: M[K] extends (...args: infer A) => Promise<infer R>
    ? (...args: { [I in keyof A]: Plain<A[I]> }) => Promise<Plain<R>>
    : never;
};

/**
 * bridge wraps the generated functions of wailsjs/go/app/<struct> (import them as a module:
 * `import * as IntegrationsAPI from '…/wailsjs/go/app/IntegrationsAPI'`) so that each resolves
 * with its result or rejects with an AppError. A missing binding (the Go side is not running or
 * not bound) is an AppError with code "internal" that says which method was missing.
 */
export function bridge<M extends Generated>(struct: string, generated: M): Bridged<M> {
  const bridged: Record<string, (...args: unknown[]) => Promise<unknown>> = {};
  for (const [method, fn] of Object.entries(generated)) {
    bridged[method] = async (...args: unknown[]) => {
      if (typeof window.go?.app?.[struct]?.[method] !== 'function') {
        throw new AppError('internal', `Zensync's back end is not available (${struct}.${method}).`);
      }
      try {
        return await (fn as (...a: unknown[]) => Promise<unknown>)(...args);
      } catch (reason) {
        throw toAppError(reason);
      }
    };
  }
  return bridged as Bridged<M>;
}
