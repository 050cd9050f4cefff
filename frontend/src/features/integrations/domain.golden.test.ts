import { describe, expect, it } from 'vitest';
import cases from './testdata/domain-cases.json';
import { checkDomain } from './domain';

// testdata/domain-cases.json holds what Go's integration.NormalizeDomain answered for each input
// (domain, or the refusal message word for word). The TypeScript rules must answer the same.
// To refresh it after Go's rules change, run NormalizeDomain over the same inputs and write
// {in, ok, domain, message} per input.
describe('checkDomain answers as Go does', () => {
  it.each(cases.map((c) => [c.in, c] as const))('%j', (_in, c) => {
    const got = checkDomain(c.in);
    expect({ ok: got.ok, domain: got.domain }).toEqual({ ok: c.ok, domain: c.domain });
    if (!c.ok) expect(got.message).toBe(c.message);
  });
});
