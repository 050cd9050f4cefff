import * as SyncAPI from '../../wailsjs/go/app/SyncAPI';
import type { app } from '../../wailsjs/go/models';
import { bridge } from './client';
import type { Plain } from './models';

// Typed wrappers over app.SyncAPI. SyncNow returns at once; progress arrives as `sync:progress`
// events and the end as one `sync:finished` event (see events.ts).

export type StreamStatus = Plain<app.StreamStatus>;
export type SyncCounts = Plain<app.SyncCounts>;
export type SyncStatus = Plain<app.SyncStatus>;

/** StreamProgressDTO is one stream's part of a SyncProgress. */
export interface StreamProgressDTO {
  stream: string;
  records: number;
  pages: number;
  /** waitingUntil is when a rate-limit wait ends (RFC 3339, "" = not waiting). */
  waitingUntil: string;
  etaSeconds: number;
}

/**
 * SyncProgress is the `sync:progress` payload as the Go side sends it (throttled; an event, not a
 * bound type). Its counts are this run's, from zero; waitingUntil is a deadline the window counts
 * down to.
 */
export interface SyncProgress {
  integrationId: string;
  stream?: string;
  records?: number;
  pages?: number;
  waitingUntil?: string;
  etaSeconds?: number;
  /** The ETA in words and what bounds it, e.g. "about 35 min left at Zendesk's limit of 10 export requests a minute". */
  estimate?: string;
  running?: boolean;
  streams?: StreamProgressDTO[] | null;
}

const go = bridge('SyncAPI', SyncAPI);

export const syncApi = {
  syncNow: (integrationId: string) => go.SyncNow(integrationId),
  cancel: (integrationId: string) => go.Cancel(integrationId),
  status: (integrationId: string) => go.Status(integrationId),
};
