import { connectApi } from '../../api/connect';

// The sign-ins started from the open setup/edit dialog. Closing the dialog (Cancel, X, Escape)
// cancels them, so a later Allow in the browser connects nothing.
const running = new Set<string>();

/** markSignIn records that a sign-in for the integration is running (on) or has ended. */
export function markSignIn(integrationId: string, on: boolean): void {
  if (on) running.add(integrationId);
  else running.delete(integrationId);
}

/** cancelRunningSignIns cancels every sign-in still running; Go ends each with "cancelled". */
export async function cancelRunningSignIns(): Promise<void> {
  const ids = [...running];
  running.clear();
  await Promise.all(ids.map((id) => connectApi.cancel(id).catch(() => undefined)));
}
