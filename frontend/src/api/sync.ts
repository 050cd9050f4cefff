import * as SyncAPI from '../../wailsjs/go/app/SyncAPI';
import type { app } from '../../wailsjs/go/models';
import { bridge } from './client';
import type { Plain } from './models';

// Typed wrappers over app.SyncAPI. SyncNow returns at once; progress arrives as `sync:progress`
// events and the end as one `sync:finished` event (see events.ts).

export type StreamStatus = Plain<app.StreamStatus>;
export type SyncCounts = Plain<app.SyncCounts>;
export type SyncStatus = Plain<app.SyncStatus>;

/** SyncProgress is the `sync:progress` payload as the Go side sends it (throttled; an event, not a bound type). */
export interface SyncProgress {
  integrationId: string;
  stream?: string;
  records?: number;
  pages?: number;
  waitingSeconds?: number;
  etaSeconds?: number;
  /** The ETA in words and what bounds it, e.g. "about 35 min left at Zendesk's limit of 10 export requests a minute". */
  estimate?: string;
  running?: boolean;
}

const go = bridge('SyncAPI', SyncAPI);

export const syncApi = {
  syncNow: (integrationId: string) => go.SyncNow(integrationId),
  cancel: (integrationId: string) => go.Cancel(integrationId),
  status: (integrationId: string) => go.Status(integrationId),
};
