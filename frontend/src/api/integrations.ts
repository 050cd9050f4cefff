import { call } from './client';
import type { SyncCounts } from './sync';

// Types mirror the Go DTOs of app.IntegrationsAPI (JSON names are fixed).

export type Capability = 'helpdesk' | 'crm' | 'content_management';
export type PullRecordBy = 'created_time' | 'updated_time' | '';
export type Environment = 'production' | 'sandbox' | '';
export type IntegrationStatus =
  | 'not_connected'
  | 'connected'
  | 'token_expiring'
  | 'token_expired'
  | 'error';

export interface IntegrationDTO {
  id: string;
  name: string;
  capability: Capability;
  domain: string;
  host: string;
  pullRecordBy: PullRecordBy;
  backfillStart: string; // YYYY-MM-DD or ""
  oauthClientId: string;
  hasClientSecret: boolean;
  environment: Environment;
  helpCenterLocale: string;
  pollIntervalMinutes: number;
  webhookBaseUrl: string;
  status: IntegrationStatus;
  statusMessage: string;
  tokenExpiresAt: string;
  /** lastSyncAt is the end of the last successful sync ("" = never). */
  lastSyncAt: string;
  /** lastAttemptAt is the end of the last sync run, successful or not; lastError says why it failed. */
  lastAttemptAt: string;
  lastError: string;
  webhookState: string;
  /** Records kept locally for this integration. */
  counts: SyncCounts;
  createdAt: string;
  updatedAt: string;
}

/**
 * The editable fields. On Update, an empty oauthClientSecret keeps the saved one and
 * clearClientSecret removes it (a public OAuth client needs none).
 */
export interface IntegrationInput {
  name: string;
  capability: Capability;
  domain: string;
  pullRecordBy: PullRecordBy;
  backfillStart: string;
  oauthClientId: string;
  oauthClientSecret: string;
  clearClientSecret: boolean;
  environment: Environment;
  helpCenterLocale: string;
  pollIntervalMinutes: number;
  webhookBaseUrl: string;
}

export interface DomainCheck {
  ok: boolean;
  domain: string;
  host: string;
  message: string;
}

const S = 'IntegrationsAPI';

export const integrationsApi = {
  list: () => call<IntegrationDTO[]>(S, 'List'),
  get: (id: string) => call<IntegrationDTO>(S, 'Get', id),
  create: (input: IntegrationInput) => call<IntegrationDTO>(S, 'Create', input),
  update: (id: string, input: IntegrationInput) => call<IntegrationDTO>(S, 'Update', id, input),
  remove: (id: string, deleteLocalData: boolean) => call<void>(S, 'Delete', id, deleteLocalData),
  checkDomain: (raw: string) => call<DomainCheck>(S, 'CheckDomain', raw),
};
