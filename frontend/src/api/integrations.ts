import * as IntegrationsAPI from '../../wailsjs/go/app/IntegrationsAPI';
import type { app } from '../../wailsjs/go/models';
import { bridge } from './client';
import type { Narrow, Plain } from './models';
import type { SyncCounts } from './sync';

// Typed wrappers over app.IntegrationsAPI (types: the generated app.* models, with the string
// enums Go documents narrowed).

export type Capability = 'helpdesk' | 'crm' | 'content_management';
export type PullRecordBy = 'created_time' | 'updated_time' | '';
export type Environment = 'production' | 'sandbox' | '';
export type IntegrationStatus =
  | 'not_connected'
  | 'connected'
  | 'token_expiring'
  | 'token_expired'
  | 'error';

/** IntegrationDTO is one integration; backfillStart is YYYY-MM-DD or "", counts the records kept. */
export type IntegrationDTO = Narrow<
  Plain<app.IntegrationDTO>,
  {
    capability: Capability;
    pullRecordBy: PullRecordBy;
    environment: Environment;
    status: IntegrationStatus;
    counts: SyncCounts;
  }
>;

/**
 * The editable fields. On Update, an empty oauthClientSecret keeps the saved one and
 * clearClientSecret removes it (a public OAuth client needs none).
 */
export type IntegrationInput = Narrow<
  Plain<app.IntegrationInput>,
  { capability: Capability; pullRecordBy: PullRecordBy; environment: Environment }
>;

export type DomainCheck = Plain<app.DomainCheck>;

/** AccountCheck is what Zendesk said about the domain field (app.AccountCheck). */
export type AccountCheck = Narrow<Plain<app.AccountCheck>, { result: 'found' | 'not_found' | 'invalid' | 'unknown' }>;

/** DeleteResult says what Delete could not remove in Zendesk (pending clean-up). */
export type DeleteResult = Plain<app.DeleteResult>;

/** PendingCleanup is a deleted integration's webhook or token grant still in Zendesk. */
export type PendingCleanup = Plain<app.PendingCleanupDTO>;

const go = bridge('IntegrationsAPI', IntegrationsAPI);

export const integrationsApi = {
  list: () => go.List() as Promise<IntegrationDTO[]>,
  get: (id: string) => go.Get(id) as Promise<IntegrationDTO>,
  create: (input: IntegrationInput) => go.Create(input) as Promise<IntegrationDTO>,
  update: (id: string, input: IntegrationInput) => go.Update(id, input) as Promise<IntegrationDTO>,
  remove: (id: string, deleteLocalData: boolean) => go.Delete(id, deleteLocalData),
  checkDomain: (raw: string) => go.CheckDomain(raw),
  checkAccount: (raw: string) => go.CheckAccount(raw) as Promise<AccountCheck>,
  pendingCleanups: () => go.PendingCleanups(),
};
