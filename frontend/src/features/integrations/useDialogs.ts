import { useState } from 'react';
import type { IntegrationDTO } from '../../api/integrations';

export type Dialog =
  | { kind: 'catalog' }
  | { kind: 'form'; integration: IntegrationDTO | null }
  | { kind: 'delete'; integration: IntegrationDTO };

/**
 * useDialogs tracks which dialog of the Integrations page is open. Closing keeps the last dialog's
 * data, so a closing modal keeps its title and content while it fades out; `seq` changes on every
 * open, so a reopened form starts fresh.
 */
export function useDialogs() {
  const [state, setState] = useState<{ dialog: Dialog | null; open: boolean; seq: number }>({
    dialog: null,
    open: false,
    seq: 0,
  });
  return {
    ...state,
    isOpen: (kind: Dialog['kind']) => state.open && state.dialog?.kind === kind,
    show: (dialog: Dialog) => setState((s) => ({ dialog, open: true, seq: s.seq + 1 })),
    close: () => setState((s) => ({ ...s, open: false })),
  };
}
