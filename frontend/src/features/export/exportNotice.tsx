import { Button, Group, Progress, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { exportApi, type ExportUpdate } from '../../api/export';
import { notifyError } from '../../lib/notify';

// One notification per running export: it shows rows written against the total, a Cancel
// button, and finally where the file went (or why it did not).

const fmt = new Intl.NumberFormat();

/** progressText is what the notification says while an export runs. */
export function progressText(u: Pick<ExportUpdate, 'done' | 'total'>): string {
  if (u.total > 0) return `${fmt.format(u.done)} of ${fmt.format(u.total)} records`;
  return u.done > 0 ? `${fmt.format(u.done)} records` : 'Starting…';
}

function Running({ update }: { update: ExportUpdate }) {
  const pct = update.total > 0 ? Math.min(100, (100 * update.done) / update.total) : 0;
  return (
    <Stack gap={6}>
      <Text size="sm" data-testid="export-progress">
        {progressText(update)}
      </Text>
      <Progress value={pct} size="sm" aria-label="Export progress" />
      <Group justify="flex-end">
        <Button
          size="compact-xs"
          variant="light"
          color="red"
          onClick={() => exportApi.cancel(update.id).catch((e) => notifyError(e, 'Could not cancel'))}
        >
          Cancel export
        </Button>
      </Group>
    </Stack>
  );
}

/** showStarted opens the notification of an export that has just been started. */
export function showStarted(id: string, what: string, path: string): void {
  notifications.show({
    id,
    title: `Exporting ${what}`,
    message: <Running update={{ id, kind: '', path, done: 0, total: 0, state: 'running' }} />,
    loading: true,
    autoClose: false,
    withCloseButton: false,
  });
}

/** showUpdate moves an export's notification on (progress or its end). */
export function showUpdate(u: ExportUpdate): void {
  if (u.state === 'running') {
    notifications.update({ id: u.id, message: <Running update={u} />, loading: true, autoClose: false });
    return;
  }
  const end = {
    done: { color: 'teal', title: 'Export finished', message: `Saved ${progressText(u)} to ${u.path}` },
    cancelled: { color: 'gray', title: 'Export cancelled', message: 'Nothing was written.' },
    failed: { color: 'red', title: 'Export failed', message: `${u.error ?? 'Unknown error'} Nothing was written.` },
  }[u.state];
  notifications.update({
    id: u.id,
    ...end,
    message: <Text size="sm" data-testid="export-result">{end.message}</Text>,
    loading: false,
    autoClose: u.state === 'failed' ? 12000 : 8000,
    withCloseButton: true,
  });
}
