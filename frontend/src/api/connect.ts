import * as ConnectAPI from '../../wailsjs/go/app/ConnectAPI';
import type { app } from '../../wailsjs/go/models';
import { bridge } from './client';
import type { Narrow, Plain } from './models';

// Typed wrappers over app.ConnectAPI (app/connect.go). Start returns at once with the sign-in
// link; the outcome arrives as one `oauth:finished` event (see events.ts).

/** ConnectStart: browserOpened is false when the system browser could not be started; then
 * browserMessage says so, and the link is to be copied by hand. */
export type ConnectStart = Plain<app.ConnectStart>;

/** SyncEstimate is how long the first ticket sync takes at Zendesk's export limit. */
export type SyncEstimate = Plain<app.SyncEstimate>;

export type TestKind =
  | 'success'
  | 'domain_not_found'
  | 'token_expired'
  | 'not_admin'
  | 'missing_scope'
  | 'rate_limited'
  | 'offline'
  | 'not_connected'
  | 'error';

export type TestResult = Narrow<Plain<app.TestResult>, { kind: TestKind }>;

const go = bridge('ConnectAPI', ConnectAPI);

export const connectApi = {
  start: (integrationId: string) => go.Start(integrationId),
  cancel: (integrationId: string) => go.Cancel(integrationId),
  testConnection: (integrationId: string) => go.TestConnection(integrationId) as Promise<TestResult>,
  disconnect: (integrationId: string) => go.Disconnect(integrationId),
  syncEstimate: (integrationId: string) => go.SyncEstimate(integrationId),
};
