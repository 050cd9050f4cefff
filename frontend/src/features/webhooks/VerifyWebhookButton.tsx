import type { IntegrationDTO } from '../../api/integrations';

// Placeholder: the Webhooks feature replaces this file with the real "Verify webhook" action.
export function VerifyWebhookButton(_props: { integration: IntegrationDTO }) {
  return null;
}
