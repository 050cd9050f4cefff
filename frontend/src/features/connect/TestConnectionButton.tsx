import type { IntegrationDTO } from '../../api/integrations';

// Placeholder: the Connect feature replaces this file with the real "Test Connection" action.
export function TestConnectionButton(_props: { integration: IntegrationDTO }) {
  return null;
}
