import { describe, expect, it } from 'vitest';
import { emptyValues, toInput, type FormValues } from './formValues';
import { serverFieldErrors, validate } from './validate';

const base = (over: Partial<FormValues>): FormValues => ({ ...emptyValues(), ...over });

describe('validate: required fields per capability', () => {
  it.each(['helpdesk', 'crm'] as const)('%s requires name, domain, Pull Record By and the OAuth client', (capability) => {
    const errors = validate(base({ capability }));
    expect(Object.keys(errors).sort()).toEqual(['domain', 'name', 'oauthClientId', 'pullRecordBy']);
  });

  it('content management requires only the name and the domain', () => {
    const errors = validate(base({ capability: 'content_management' }));
    expect(Object.keys(errors).sort()).toEqual(['domain', 'name']);
  });

  it('accepts a complete helpdesk setup, and content management with only a domain', () => {
    expect(
      validate(base({ name: 'Acme', domain: 'acme', pullRecordBy: 'created_time', oauthClientId: 'zensync_desktop' })),
    ).toEqual({});
    expect(validate(base({ name: 'Docs', capability: 'content_management', domain: 'acme' }))).toEqual({});
  });

  it.each([
    [{ backfillStart: '2026-13-45' }, 'backfillStart'],
    [{ backfillStart: '2999-01-01' }, 'backfillStart'],
    [{ pollIntervalMinutes: 0 }, 'pollIntervalMinutes'],
    [{ pollIntervalMinutes: 1441 }, 'pollIntervalMinutes'],
    [{ webhookBaseUrl: 'zensync.example.com' }, 'webhookBaseUrl'],
    [{ webhookBaseUrl: 'ftp://zensync.example.com' }, 'webhookBaseUrl'],
    [{ name: 'x'.repeat(101) }, 'name'],
  ] as [Partial<FormValues>, string][])('refuses %j on %s', (over, field) => {
    const v = base({ name: 'Acme', domain: 'acme', pullRecordBy: 'updated_time', oauthClientId: 'c', ...over });
    expect(Object.keys(validate(v))).toEqual([field]);
  });
});

describe('toInput', () => {
  it('sends content management without the helpdesk fields it hides', () => {
    const input = toInput(
      base({
        name: ' Docs ',
        capability: 'content_management',
        domain: ' acme ',
        pullRecordBy: 'created_time',
        oauthClientId: 'left-over',
        environment: 'sandbox',
        helpCenterLocale: 'en-us',
      }),
    );
    expect(input).toMatchObject({
      name: 'Docs',
      domain: 'acme',
      pullRecordBy: '',
      oauthClientId: '',
      pollIntervalMinutes: 0,
      environment: 'sandbox',
      helpCenterLocale: 'en-us',
    });
  });
});

describe('serverFieldErrors', () => {
  it('places JSON and snake_case names on fields and keeps the rest apart', () => {
    expect(
      serverFieldErrors({ name: 'Taken.', pull_record_by: 'Choose one.', listenerPort: 'Busy.' }),
    ).toEqual({ errors: { name: 'Taken.', pullRecordBy: 'Choose one.' }, other: ['Busy.'] });
  });
});
