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
