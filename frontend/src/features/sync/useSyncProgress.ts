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
}

export interface SyncView {
  running: boolean;
  streams: StreamProgress[];
  /** status is the last SyncAPI.Status answer (last sync time, counts, last error). */
  status: SyncStatus | undefined;
}

type Live = { running: boolean | null; streams: Record<string, StreamProgress> };
type Action = { type: 'started' } | { type: 'progress'; p: SyncProgress } | { type: 'finished' };

/** reduceLive folds events into what the panel shows; running null = not known from events. */
export function reduceLive(state: Live, action: Action): Live {
  switch (action.type) {
    case 'started':
      return { running: true, streams: {} };
    case 'finished':
      return { ...state, running: false };
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
            },
          }
        : state.streams;
      return { running: p.running ?? true, streams };
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
  const [live, dispatch] = useReducer(reduceLive, { running: null, streams: {} });
  const status = useQuery({
    queryKey: syncKeys.status(integrationId),
    queryFn: () => syncApi.status(integrationId),
  });

  useEvent('sync:progress', (p) => {
    if (p.integrationId === integrationId) dispatch({ type: 'progress', p: p as SyncProgress });
  });
  useEvent('sync:finished', (p) => {
    if (p.integrationId !== integrationId) return;
    dispatch({ type: 'finished' });
    notifications.show({
      id: `sync-finished-${integrationId}`,
      color: p.ok ? 'teal' : 'red',
      title: p.ok ? `Sync finished: ${name}` : `Sync failed: ${name}`,
      message: p.message || (p.ok ? 'Everything is up to date.' : 'The sync stopped.'),
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
  }));
  const liveStreams = Object.values(live.streams);
  const view: SyncView = {
    running: live.running ?? status.data?.running ?? false,
    streams: liveStreams.length > 0 ? liveStreams : fromStatus,
    status: status.data,
  };
  return { view, started: () => dispatch({ type: 'started' }), finished: () => dispatch({ type: 'finished' }) };
}
