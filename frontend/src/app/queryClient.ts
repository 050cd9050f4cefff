import { MutationCache, QueryClient } from '@tanstack/react-query';
import { notifyError } from '../lib/notify';

declare module '@tanstack/react-query' {
  interface Register {
    // meta.errorTitle: the notification title when this mutation fails (e.g. "Could not save").
    // meta.silent: true when the caller shows the error itself.
    mutationMeta: { errorTitle?: string; silent?: boolean };
  }
}

/**
 * newQueryClient builds the app's query client. Every failed mutation goes through one error path:
 * a notification (see lib/notify.ts). Queries show their errors where their data would be.
 */
export function newQueryClient(opts: { retry?: boolean } = {}): QueryClient {
  return new QueryClient({
    mutationCache: new MutationCache({
      onError: (err, _vars, _ctx, mutation) => {
        if (mutation.meta?.silent) return;
        notifyError(err, mutation.meta?.errorTitle);
      },
    }),
    defaultOptions: {
      queries: {
        // Data is local (SQLite through Go); refetch on events, not on window focus.
        refetchOnWindowFocus: false,
        staleTime: 5_000,
        retry: opts.retry === false ? false : 1,
      },
      mutations: { retry: false },
    },
  });
}
