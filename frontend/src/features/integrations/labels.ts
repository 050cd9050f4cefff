import type {
  Capability,
  Environment,
  IntegrationStatus,
  PullRecordBy,
} from '../../api/integrations';
import type { SyncCounts } from '../../api/sync';
import { humanize } from '../../lib/format';

export const capabilityLabels: Record<Capability, string> = {
  helpdesk: 'Helpdesk',
  crm: 'CRM',
  content_management: 'Content Management',
};

export const capabilityHints: Record<Capability, string> = {
  helpdesk: 'Tickets with their comments, every user, and the organizations and groups tickets refer to.',
  crm: 'Users and organizations.',
  content_management: 'Help Center categories, sections and articles.',
};

export const pullRecordByLabels: Record<Exclude<PullRecordBy, ''>, string> = {
  created_time: 'Created Time',
  updated_time: 'Updated Time',
};

export const environmentLabels: Record<Exclude<Environment, ''>, string> = {
  production: 'Production',
  sandbox: 'Sandbox',
};

export const statusLabels: Record<IntegrationStatus, { label: string; color: string }> = {
  connected: { label: 'Connected', color: 'teal' },
  token_expiring: { label: 'Token expiring', color: 'yellow' },
  token_expired: { label: 'Token expired', color: 'orange' },
  error: { label: 'Error', color: 'red' },
  not_connected: { label: 'Not connected', color: 'gray' },
};

const webhookStates: Record<string, string> = {
  none: 'Not registered',
  no_base_url: 'Webhooks off — polling only',
  active: 'Active',
  error: 'Error',
};

/** webhookStateLabel words the webhook state of backend/integration (none, active, …). */
export function webhookStateLabel(state: string, capability?: Capability): string {
  if (capability === 'content_management') return 'Not used';
  if (!state) return '—';
  return webhookStates[state] ?? humanize(state);
}

const countWords: Record<Capability, Array<[keyof SyncCounts, string, string]>> = {
  helpdesk: [
    ['tickets', 'ticket', 'tickets'],
    ['users', 'user', 'users'],
    ['organizations', 'organization', 'organizations'],
  ],
  crm: [
    ['users', 'user', 'users'],
    ['organizations', 'organization', 'organizations'],
  ],
  content_management: [['articles', 'article', 'articles']],
};

/** countsLabel words what an integration keeps locally: "1,234 tickets · 56 users"; "" for none. */
export function countsLabel(capability: Capability, counts: SyncCounts | undefined): string {
  if (!counts) return '';
  const parts = (countWords[capability] ?? [])
    .filter(([key]) => counts[key] > 0)
    .map(([key, one, many]) => `${counts[key].toLocaleString('en-US')} ${counts[key] === 1 ? one : many}`);
  return parts.join(' · ');
}
