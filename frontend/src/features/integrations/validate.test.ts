import { describe, expect, it } from 'vitest';
import { emptyValues, toInput, type FormValues } from './formValues';
import { serverFieldErrors, validate } from './validate';

const base = (over: Partial<FormValues>): FormValues => ({ ...emptyValues(), ...over });

describe('validate: required fields per capability', () => {
  it.each(['helpdesk', 'crm'] as const)(
    '%s requires name, domain, Pull Record By and the OAuth client; the backfill start is optional',
    (capability) => {
      const errors = validate(base({ capability, backfillStart: '' }));
      expect(Object.keys(errors).sort()).toEqual(['domain', 'name', 'oauthClientId', 'pullRecordBy']);
    },
  );

  it('starts a new form with no backfill date: the whole history', () => {
    const v = emptyValues();
    expect(v.backfillStart).toBe('');
    expect(Object.keys(validate(v)).sort()).toEqual(['domain', 'name', 'oauthClientId', 'pullRecordBy']);
  });

  it('content management requires only the name and the domain', () => {
    const errors = validate(base({ capability: 'content_management' }));
    expect(Object.keys(errors).sort()).toEqual(['domain', 'name']);
    expect(validate(base({ capability: 'content_management', backfillStart: '' })).backfillStart).toBeUndefined();
  });

  it('accepts a complete helpdesk setup, and content management with only a domain', () => {
    expect(
      validate(base({ name: 'Acme', domain: 'acme', pullRecordBy: 'created_time', oauthClientId: 'zensync_desktop' })),
    ).toEqual({});
    expect(validate(base({ name: 'Docs', capability: 'content_management', domain: 'acme' }))).toEqual({});
  });

  it.each([
    [{ backfillStart: '2026-13-45' }, 'backfillStart', 'Enter a date as YYYY-MM-DD.'],
    [{ backfillStart: '2026-02-30' }, 'backfillStart', 'Enter a date as YYYY-MM-DD.'],
    [{ backfillStart: '2999-01-01' }, 'backfillStart', 'The start date cannot be in the future.'],
    [{ pollIntervalMinutes: -1 }, 'pollIntervalMinutes', 'Poll every 1 to 1440 minutes (1440 is one day).'],
    [{ pollIntervalMinutes: 1441 }, 'pollIntervalMinutes', 'Poll every 1 to 1440 minutes (1440 is one day).'],
    [{ webhookBaseUrl: 'zensync.example.com' }, 'webhookBaseUrl', 'Enter the full public address'],
    [{ webhookBaseUrl: 'ftp://zensync.example.com' }, 'webhookBaseUrl', 'must start with https://'],
    [{ webhookBaseUrl: 'https://zensync.example.com/?a=1' }, 'webhookBaseUrl', 'Leave out any ?query'],
    [{ webhookBaseUrl: 'https://u:p@zensync.example.com' }, 'webhookBaseUrl', 'Leave out any user name'],
    [{ name: 'x'.repeat(101) }, 'name', 'Use at most 100 characters.'],
    [{ name: 'two\nlines' }, 'name', 'line breaks'],
    [{ oauthClientId: 'zensync desktop' }, 'oauthClientId', 'has no spaces'],
    [{ oauthClientSecret: 'abc def' }, 'oauthClientSecret', 'no spaces'],
  ] as [Partial<FormValues>, string, string][])('refuses %j on %s', (over, field, words) => {
    const v = base({ name: 'Acme', domain: 'acme', pullRecordBy: 'updated_time', oauthClientId: 'c', ...over });
    const errors = validate(v, new Date('2026-11-25T10:00:00Z'));
    expect(Object.keys(errors)).toEqual([field]);
    expect(errors[field as keyof typeof errors]).toContain(words);
  });

  it('accepts an empty or zero poll interval: Go then uses its default', () => {
    for (const pollIntervalMinutes of ['', 0] as const) {
      const v = base({ name: 'Acme', domain: 'acme', pullRecordBy: 'updated_time', oauthClientId: 'c', pollIntervalMinutes });
      expect(validate(v)).toEqual({});
    }
  });

  it('checks the Help Center locale of content management as Go does', () => {
    const cm = (helpCenterLocale: string) =>
      validate(base({ name: 'Docs', capability: 'content_management', domain: 'acme', helpCenterLocale }));
    expect(cm('EN-us')).toEqual({});
    expect(cm('pt-br')).toEqual({});
    expect(cm('english').helpCenterLocale).toContain('such as en-us or de');
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
      clearClientSecret: false,
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
