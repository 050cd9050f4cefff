import { call } from './client';

// Typed wrappers over app.SyncAPI. SyncNow returns at once; progress arrives as `sync:progress`
// events and the end as one `sync:finished` event (see events.ts).

export interface StreamStatus {
  name: string;
  records: number;
  pages: number;
  lastError: string;
  checkpoint: string;
  waitingUntil: string;
}

export interface SyncCounts {
  tickets: number;
  users: number;
  organizations: number;
  groups: number;
  articles: number;
}

export interface SyncStatus {
  integrationId: string;
  running: boolean;
  lastSyncAt: string;
  lastError: string;
  counts: SyncCounts;
  streams: StreamStatus[] | null;
}

/** SyncProgress is the `sync:progress` payload as the Go side sends it (throttled). */
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

const S = 'SyncAPI';

export const syncApi = {
  syncNow: (integrationId: string) => call<void>(S, 'SyncNow', integrationId),
  cancel: (integrationId: string) => call<void>(S, 'Cancel', integrationId),
  status: (integrationId: string) => call<SyncStatus>(S, 'Status', integrationId),
};
