import { call } from './client';

// Typed wrappers over app.WebhooksAPI (app/webhooks.go, DTOs in app/webhooks_dto.go).

/** WebhookCheck is one tick or cross: exists, name, active, endpoint, ticket_created, ticket_updated. */
export interface WebhookCheck {
  id: string;
  label: string;
  ok: boolean;
  detail: string;
}

export interface VerifyReport {
  integrationId: string;
  webhookId: string;
  endpoint: string;
  checks: WebhookCheck[];
  testSent: boolean;
  testArrived: boolean;
  testDetail: string;
  ok: boolean;
  /** off: no public base URL (or Content Management); message says how to turn webhooks on. */
  off: boolean;
  message: string;
}

export interface ListenerStatus {
  address: string;
  running: boolean;
  error: string;
  received: number;
  accepted: number;
  duplicates: number;
  rejected: number;
}

export const webhooksApi = {
  /** verify checks the integration's webhook in Zendesk and sends a test delivery (a few seconds). */
  verify: (integrationId: string) => call<VerifyReport>('WebhooksAPI', 'Verify', integrationId),
  listener: () => call<ListenerStatus>('WebhooksAPI', 'Listener'),
};
