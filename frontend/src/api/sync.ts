import { call } from './client';

// Typed wrappers over app.SyncAPI. SyncNow returns at once; progress arrives as `sync:progress`
// events and the end as one `sync:finished` event (see events.ts).

export interface StreamStatus {
  name: string;
  /** records and pages are stored totals over every run. */
  records: number;
  pages: number;
  /** runRecords and runPages are the running sync's own, from zero (0 when none runs). */
  runRecords: number;
  runPages: number;
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
  /** lastSyncAt is the end of the last successful sync ("" = never). */
  lastSyncAt: string;
  /** lastAttemptAt is the end of the last run, successful or not; lastError says why it failed. */
  lastAttemptAt: string;
  lastError: string;
  counts: SyncCounts;
  streams: StreamStatus[] | null;
}

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
 * SyncProgress is the `sync:progress` payload as the Go side sends it (throttled). Its counts are
 * this run's, from zero; waitingUntil is a deadline the window counts down to.
 */
export interface SyncProgress {
  integrationId: string;
  stream?: string;
  records?: number;
  pages?: number;
  waitingUntil?: string;
  etaSeconds?: number;
  running?: boolean;
  streams?: StreamProgressDTO[] | null;
}

const S = 'SyncAPI';

export const syncApi = {
  syncNow: (integrationId: string) => call<void>(S, 'SyncNow', integrationId),
  cancel: (integrationId: string) => call<void>(S, 'Cancel', integrationId),
  status: (integrationId: string) => call<SyncStatus>(S, 'Status', integrationId),
};
