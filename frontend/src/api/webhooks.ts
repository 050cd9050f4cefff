import * as WebhooksAPI from '../../wailsjs/go/app/WebhooksAPI';
import type { app } from '../../wailsjs/go/models';
import { bridge } from './client';
import type { Narrow, Plain } from './models';

// Typed wrappers over app.WebhooksAPI (app/webhooks.go, DTOs in app/webhooks_dto.go).

/** WebhookCheck is one tick or cross: exists, name, active, endpoint, ticket_created, ticket_updated. */
export type WebhookCheck = Plain<app.WebhookCheck>;
/**
 * VerifyReport: off means no public base URL (or Content Management); message says how to turn
 * webhooks on. Go always sends checks as a list (empty when off).
 */
export type VerifyReport = Narrow<Plain<app.VerifyReport>, { checks: WebhookCheck[] }>;
export type ListenerStatus = Plain<app.ListenerStatus>;

const go = bridge('WebhooksAPI', WebhooksAPI);

export const webhooksApi = {
  /** verify checks the integration's webhook in Zendesk and sends a test delivery (a few seconds). */
  verify: (integrationId: string) => go.Verify(integrationId) as Promise<VerifyReport>,
  listener: () => go.Listener(),
};
