import { useQuery, useQueryClient } from '@tanstack/react-query';
import { notifications } from '@mantine/notifications';
import { useReducer } from 'react';
import { useEvent } from '../../api/events';
import { syncApi, type SyncProgress, type SyncStatus } from '../../api/sync';

/** StreamProgress is the latest word from one stream of a running sync. */
export interface StreamProgress {
  stream: string;
  records: number;
  pages: number;
  waitingSeconds: number;
  etaSeconds: number;
  /** The ETA in Go's words, naming Zendesk's limit when that is what bounds it ('' = none). */
  estimate: string;
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
  streams: StreamProgress[];
  /** status is the last SyncAPI.Status answer (last sync time, counts, last error). */
  status: SyncStatus | undefined;
}

type Live = { running: boolean | null; streams: Record<string, StreamProgress>; outcome: SyncOutcome | null };
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
      const stream = p.stream ?? '';
      const streams = stream
        ? {
            ...state.streams,
            [stream]: {
              stream,
              records: p.records ?? 0,
              pages: p.pages ?? 0,
              waitingSeconds: p.waitingSeconds ?? 0,
              etaSeconds: p.etaSeconds ?? 0,
              estimate: p.estimate ?? '',
            },
          }
        : state.streams;
      const running = p.running ?? true;
      return { running, streams, outcome: running ? null : state.outcome };
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
    notifications.show({
      id: `sync-finished-${integrationId}`,
      color: p.ok ? 'teal' : 'red',
      title: p.ok ? `Sync finished: ${name}` : `Sync failed: ${name}`,
      message,
      autoClose: p.ok ? 5000 : 10000,
    });
    void qc.invalidateQueries({ queryKey: syncKeys.status(integrationId) });
    void qc.invalidateQueries({ queryKey: ['integrations'] });
  });

  const fromStatus: StreamProgress[] = (status.data?.streams ?? []).map((s) => ({
    stream: s.name,
    records: s.records,
    pages: s.pages,
    waitingSeconds: Math.max(0, (Date.parse(s.waitingUntil) - Date.now()) / 1000) || 0,
    etaSeconds: 0,
    estimate: '',
  }));
  const liveStreams = Object.values(live.streams);
  const view: SyncView = {
    running: live.running ?? status.data?.running ?? false,
    outcome: live.outcome,
    streams: liveStreams.length > 0 ? liveStreams : fromStatus,
    status: status.data,
  };
  return {
    view,
    started: () => dispatch({ type: 'started' }),
    failedToStart: () => dispatch({ type: 'finished', outcome: null }),
  };
}
