import type { IntegrationDTO } from '../../api/integrations';

// Placeholder: the Sync feature replaces this file with the real "Sync now" action.
export function SyncNowButton(_props: { integration: IntegrationDTO }) {
  return null;
}
