import type { TicketQuery } from '../api/data';
import type { IntegrationDTO } from '../api/integrations';

/**
 * integration builds an IntegrationDTO as Go would send it, with overrides. Its fixed dates are
 * safe on any day: the screens only format them (no "x days ago"), and the backfill start is in
 * the past, which is all the form's check asks of it.
 */
export function integration(over: Partial<IntegrationDTO> = {}): IntegrationDTO {
  const domain = over.domain ?? 'acme';
  return {
    id: 'b7a8c1de-0000-4000-8000-000000000001',
    name: 'Acme support',
    capability: 'helpdesk',
    domain,
    host: `${domain}.zendesk.com`,
    pullRecordBy: 'updated_time',
    backfillStart: '2026-01-01',
    oauthClientId: 'zensync_desktop',
    hasClientSecret: false,
    environment: '',
    helpCenterLocale: '',
    pollIntervalMinutes: 5,
    webhookBaseUrl: '',
    status: 'not_connected',
    statusMessage: '',
    tokenExpiresAt: '',
    lastSyncAt: '',
    lastAttemptAt: '',
    lastError: '',
    webhookState: 'none',
    counts: { tickets: 0, users: 0, organizations: 0, groups: 0, articles: 0 },
    createdAt: '2026-11-20T08:00:00Z',
    updatedAt: '2026-11-20T08:00:00Z',
    ...over,
  };
}

/**
 * ticketQueryOf builds a DataAPI.Tickets argument with overrides: by default every ticket of every
 * integration, the first 200 most recently updated. Spelled out here, not taken from the code
 * under test, so that tests comparing against it check that code.
 */
export function ticketQueryOf(over: Partial<TicketQuery> = {}): TicketQuery {
  return {
    integrationId: '',
    search: '',
    statuses: [],
    priorities: [],
    assigneeId: 0,
    organizationId: 0,
    tag: '',
    brandId: 0,
    formId: 0,
    groupId: 0,
    fieldId: 0,
    fieldValue: '',
    offset: 0,
    limit: 200,
    sort: 'updated_desc',
    ...over,
  };
}
