import type { Capability, IntegrationDTO, IntegrationInput } from '../../api/integrations';
import { rules } from '../../api/rules';

/** FormValues is what the setup/edit form holds; toInput turns it into what Go receives. */
export interface FormValues extends Omit<IntegrationInput, 'pollIntervalMinutes'> {
  pollIntervalMinutes: number | '';
}

export type FieldName = keyof FormValues;

/** Fields on the "Basic" tab; every other field is on "Authentication & configuration". */
export const basicFields: FieldName[] = ['name', 'capability'];

export const DEFAULT_POLL_MINUTES = rules.defaultPollInterval;
const oauthCapabilities = new Set(
  (rules.capabilities ?? []).filter((r) => r.requiredFields?.includes('oauthClientId')).map((r) => r.value),
);

/** needsOAuthSetup says whether capability c syncs through OAuth (Go requires its client id). */
export function needsOAuthSetup(c: Capability): boolean {
  return oauthCapabilities.has(c);
}

/** emptyValues is a new integration's form; the backfill start is empty: the whole history. */
export function emptyValues(): FormValues {
  return {
    name: '',
    capability: 'helpdesk',
    domain: '',
    pullRecordBy: '',
    backfillStart: '',
    oauthClientId: '',
    oauthClientSecret: '',
    clearClientSecret: false,
    environment: '',
    helpCenterLocale: '',
    pollIntervalMinutes: DEFAULT_POLL_MINUTES,
    webhookBaseUrl: '',
  };
}

/** valuesOf prefills the form from a saved integration (the secret is never sent back). */
export function valuesOf(i: IntegrationDTO): FormValues {
  return {
    name: i.name,
    capability: i.capability,
    domain: i.domain,
    pullRecordBy: i.pullRecordBy,
    backfillStart: i.backfillStart ?? '',
    oauthClientId: i.oauthClientId,
    oauthClientSecret: '',
    clearClientSecret: false,
    environment: i.environment,
    helpCenterLocale: i.helpCenterLocale,
    pollIntervalMinutes: i.pollIntervalMinutes || DEFAULT_POLL_MINUTES,
    webhookBaseUrl: i.webhookBaseUrl,
  };
}

/**
 * toInput trims what was typed and sends only the fields of the chosen capability: fields of the
 * other capability are sent empty, so switching capability never saves stale hidden values.
 */
export function toInput(v: FormValues): IntegrationInput {
  const oauth = needsOAuthSetup(v.capability);
  return {
    name: v.name.trim(),
    capability: v.capability,
    domain: v.domain.trim(),
    pullRecordBy: oauth ? v.pullRecordBy : '',
    backfillStart: oauth ? v.backfillStart.trim() : '',
    oauthClientId: oauth ? v.oauthClientId.trim() : '',
    oauthClientSecret: oauth ? v.oauthClientSecret.trim() : '',
    clearClientSecret: oauth && v.clearClientSecret && v.oauthClientSecret.trim() === '',
    environment: oauth ? '' : v.environment,
    helpCenterLocale: oauth ? '' : v.helpCenterLocale.trim(),
    pollIntervalMinutes: oauth ? Number(v.pollIntervalMinutes || 0) : 0,
    webhookBaseUrl: oauth ? v.webhookBaseUrl.trim() : '',
  };
}
