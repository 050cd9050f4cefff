import { describe, expect, it } from 'vitest';
import * as IntegrationsAPI from '../../wailsjs/go/app/IntegrationsAPI';
import { goError, stubGo } from '../test/wails';
import { AppError, bridge, toAppError } from './client';

describe('bridge', () => {
  // Made before any stub exists: the generated functions look window.go up at call time.
  const go = bridge('IntegrationsAPI', IntegrationsAPI);

  it('resolves with what the Go method returns, passing the arguments through', async () => {
    const m = stubGo('IntegrationsAPI', { Get: async (id: string) => ({ id }) });
    await expect(go.Get('x1')).resolves.toEqual({ id: 'x1' });
    expect(m.Get).toHaveBeenCalledWith('x1');
  });

  it('turns a coded Go error into an AppError with its code, message and fields', async () => {
    stubGo('IntegrationsAPI', {
      Create: async () => {
        throw goError('invalid_input', 'Check the form.', { domain: 'Not a Zendesk domain.' });
      },
    });
    const err = await go.Create({} as never).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect(err).toMatchObject({
      code: 'invalid_input',
      message: 'Check the form.',
      fields: { domain: 'Not a Zendesk domain.' },
    });
  });

  it('reports a missing binding as internal and names the method', async () => {
    const err = await go.List().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('internal');
    expect((err as AppError).message).toContain('IntegrationsAPI.List');
  });

  it('wraps every generated function of the module', () => {
    expect(Object.keys(go).sort()).toEqual(Object.keys(IntegrationsAPI).sort());
  });
});

describe('toAppError', () => {
  it.each([
    ['a plain string', 'database is locked', 'internal', 'database is locked'],
    ['JSON without a code', '{"message":"x"}', 'internal', '{"message":"x"}'],
    ['an Error', new Error('boom'), 'internal', 'boom'],
    ['a coded error', '{"code":"not_found","message":"No such integration."}', 'not_found', 'No such integration.'],
    ['a coded object', { code: 'conflict', message: 'Taken.' }, 'conflict', 'Taken.'],
    ['an empty string', '', 'internal', 'Unknown error'],
    ['undefined', undefined, 'internal', 'Unknown error'],
  ])('reads %s', (_what, reason, code, message) => {
    const e = toAppError(reason);
    expect(e.code).toBe(code);
    expect(e.message).toBe(message);
    expect(e.fields).toEqual({});
  });
});
