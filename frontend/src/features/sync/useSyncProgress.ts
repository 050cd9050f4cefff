import { useQuery, useQueryClient } from '@tanstack/react-query';
import { notifications } from '@mantine/notifications';
import { useReducer } from 'react';
import { useEvent } from '../../api/events';
import { syncApi, type SyncProgress, type SyncStatus } from '../../api/sync';

/**
 * StreamProgress is the latest word from one stream of a sync: this run's counts (from zero), and
 * when a rate-limit wait ends (RFC 3339, "" = not waiting) for a live countdown.
 */
export interface StreamProgress {
  stream: string;
  records: number;
  pages: number;
  waitingUntil: string;
  etaSeconds: number;
}

/** SyncOutcome is how the last sync seen here ended, in Go's words. */
export interface SyncOutcome {
  ok: boolean;
  message: string;
}

export interface SyncView {
  running: boolean;
  /** outcome is set once a sync ends while this view is mounted. */
  outcome: SyncOutcome | null;
  /** streams are the current (or just finished) run's, from zero; none before a run is seen. */
  streams: StreamProgress[];
  /** status is the last SyncAPI.Status answer (last sync time, counts, last error). */
  status: SyncStatus | undefined;
  /** etaSeconds is the run's ETA (it may be bounded by Zendesk's limit, beyond any stream's pace). */
  etaSeconds?: number;
  /** estimate is the run's ETA in Go's words, naming Zendesk's limit when that bounds it ('' = none). */
  estimate?: string;
}

type Live = {
  running: boolean | null;
  streams: Record<string, StreamProgress>;
  outcome: SyncOutcome | null;
  etaSeconds?: number;
  estimate?: string;
};
type Action =
  | { type: 'started' }
  | { type: 'progress'; p: SyncProgress }
  | { type: 'finished'; outcome: SyncOutcome | null };

/** reduceLive folds events into what the panel shows; running null = not known from events. */
export function reduceLive(state: Live, action: Action): Live {
  switch (action.type) {
    case 'started':
      return { running: true, streams: {}, outcome: null };
    case 'finished':
      return { ...state, running: false, outcome: action.outcome ?? state.outcome };
    case 'progress': {
      const p = action.p;
      let streams = state.streams;
      if (p.streams) {
        // Go sends every stream of the run: the new set replaces the old one.
        streams = {};
        for (const x of p.streams) streams[x.stream] = { ...x, waitingUntil: x.waitingUntil ?? '' };
      } else if (p.stream) {
        streams = {
          ...state.streams,
          [p.stream]: {
            stream: p.stream,
            records: p.records ?? 0,
            pages: p.pages ?? 0,
            waitingUntil: p.waitingUntil ?? '',
            etaSeconds: p.etaSeconds ?? 0,
          },
        };
      }
      const running = p.running ?? true;
      return {
        running,
        streams,
        outcome: running ? null : state.outcome,
        etaSeconds: running ? (p.etaSeconds ?? 0) : 0,
        estimate: running ? (p.estimate ?? '') : '',
      };
    }
  }
}

export const syncKeys = {
  status: (integrationId: string) => ['sync', 'status', integrationId] as const,
};

/**
 * useSyncProgress follows one integration's sync: its status from SyncAPI.Status, then every
 * `sync:progress` event; on `sync:finished` it shows a notification with Go's message and
 * refreshes the status, the integrations list and the data screens.
 */
export function useSyncProgress(integrationId: string, name: string) {
  const qc = useQueryClient();
  const [live, dispatch] = useReducer(reduceLive, { running: null, streams: {}, outcome: null });
  const status = useQuery({
    queryKey: syncKeys.status(integrationId),
    queryFn: () => syncApi.status(integrationId),
  });

  useEvent('sync:progress', (p) => {
    if (p.integrationId === integrationId) dispatch({ type: 'progress', p: p as SyncProgress });
  });
  useEvent('sync:finished', (p) => {
    if (p.integrationId !== integrationId) return;
    const message = p.message || (p.ok ? 'Everything is up to date.' : 'The sync stopped.');
    dispatch({ type: 'finished', outcome: { ok: p.ok, message } });
    const note = {
      id: `sync-finished-${integrationId}`,
      color: p.ok ? 'teal' : 'red',
      title: p.ok ? `Sync finished: ${name}` : `Sync failed: ${name}`,
      message,
      autoClose: p.ok ? 5000 : 10000,
    };
    // One notification per integration: a run that ends while the previous one's is still shown
    // replaces its words (show alone keeps the old one when the id is taken).
    notifications.update(note);
    notifications.show(note);
    void qc.invalidateQueries({ queryKey: syncKeys.status(integrationId) });
    void qc.invalidateQueries({ queryKey: ['integrations'] });
  });

  // A run seen only through Status (started elsewhere, or no event yet) shows that run's counts:
  // runRecords/runPages start at zero, so a new sync never shows the previous run's figures.
  const fromStatus: StreamProgress[] = (status.data?.streams ?? []).map((s) => ({
    stream: s.name,
    records: s.runRecords ?? 0,
    pages: s.runPages ?? 0,
    waitingUntil: s.waitingUntil,
    etaSeconds: 0,
    estimate: '',
  }));
  const liveStreams = Object.values(live.streams);
  const running = live.running ?? status.data?.running ?? false;
  let streams: StreamProgress[] = liveStreams;
  if (running && liveStreams.length === 0) streams = status.data?.running ? fromStatus : [];
  const view: SyncView = {
    running,
    outcome: live.outcome,
    streams,
    status: status.data,
    etaSeconds: live.etaSeconds,
    estimate: live.estimate,
  };
  return {
    view,
    started: () => dispatch({ type: 'started' }),
    failedToStart: (outcome: SyncOutcome | null = null) => dispatch({ type: 'finished', outcome }),
  };
}
