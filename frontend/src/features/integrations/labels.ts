import type {
  Capability,
  Environment,
  IntegrationStatus,
  PullRecordBy,
} from '../../api/integrations';
import { humanize } from '../../lib/format';

export const capabilityLabels: Record<Capability, string> = {
  helpdesk: 'Helpdesk',
  crm: 'CRM',
  content_management: 'Content Management',
};

export const capabilityHints: Record<Capability, string> = {
  helpdesk: 'Tickets with their comments, and the users, organizations and groups they refer to.',
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
export function webhookStateLabel(state: string): string {
  if (!state) return '—';
  return webhookStates[state] ?? humanize(state);
}
