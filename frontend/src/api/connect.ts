import { call } from './client';

// Typed wrappers over app.ConnectAPI (app/connect.go). Start returns at once with the sign-in
// link; the outcome arrives as one `oauth:finished` event (see events.ts).

export interface ConnectStart {
  authUrl: string;
  redirectUrl: string;
  /** False when the system browser could not be started: show browserMessage and the link. */
  browserOpened: boolean;
  browserMessage: string;
}

/** How long the first ticket sync takes at Zendesk's export limit (app.SyncEstimate). */
export interface SyncEstimate {
  tickets: number;
  minutes: number;
  message: string;
}

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

export interface TestResult {
  ok: boolean;
  kind: TestKind;
  message: string;
  userName: string;
  userEmail: string;
  role: string;
  retryAfterSeconds: number;
}

const S = 'ConnectAPI';

export const connectApi = {
  start: (integrationId: string) => call<ConnectStart>(S, 'Start', integrationId),
  cancel: (integrationId: string) => call<void>(S, 'Cancel', integrationId),
  testConnection: (integrationId: string) => call<TestResult>(S, 'TestConnection', integrationId),
  disconnect: (integrationId: string) => call<void>(S, 'Disconnect', integrationId),
  syncEstimate: (integrationId: string) => call<SyncEstimate>(S, 'SyncEstimate', integrationId),
};
