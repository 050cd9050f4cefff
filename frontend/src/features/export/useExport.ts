import { useCallback, useState } from 'react';
import type { ExportStarted } from '../../api/export';
import { useEvent } from '../../api/events';
import { notifyError } from '../../lib/notify';
import { showStarted, showUpdate } from './exportNotice';

export { progressText } from './exportNotice';

/** useExportEvents moves export notifications on; mount it once (the app's Layout). */
export function useExportEvents(): void {
  useEvent('export:progress', showUpdate);
  useEvent('export:finished', showUpdate);
}

/**
 * useExport returns run(start): start opens the Save dialog in Go and begins the export; the
 * notification then follows it. busy is true while the dialog is open.
 */
export function useExport(what: string) {
  const [busy, setBusy] = useState(false);
  const run = useCallback(
    async (start: () => Promise<ExportStarted>) => {
      setBusy(true);
      try {
        const s = await start();
        if (s.id) showStarted(s.id, what, s.path);
      } catch (e) {
        notifyError(e, 'Export not started');
      } finally {
        setBusy(false);
      }
    },
    [what],
  );
  return { run, busy };
}
