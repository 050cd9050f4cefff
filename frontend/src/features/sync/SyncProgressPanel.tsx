import { Alert, Button, Group, Stack, Table, Text } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import { IconClockPause } from '@tabler/icons-react';
import { formatDateTime, humanize } from '../../lib/format';
import { formatDuration } from './duration';
import { secondsUntil, useNow } from './useNow';
import type { SyncView } from './useSyncProgress';

const number = new Intl.NumberFormat();

export interface SyncProgressPanelProps {
  view: SyncView;
  onCancel: () => void;
  cancelling: boolean;
}

/**
 * SyncProgressPanel shows a sync's progress per stream (this run's records and pages, from zero;
 * rate-limit waits counting down to their end; ETA), or when idle the last successful sync and,
 * apart from it, a last attempt that failed and why.
 */
export function SyncProgressPanel({ view, onCancel, cancelling }: SyncProgressPanelProps) {
  const { running, streams, status, outcome } = view;
  const anyDeadline = running && streams.some((s) => s.waitingUntil !== '');
  const now = useNow(anyDeadline);
  const waiting = running
    ? streams.map((s) => ({ ...s, left: secondsUntil(s.waitingUntil, now) })).filter((s) => s.left >= 0.5)
    : [];
  const eta = running ? Math.max(view.etaSeconds ?? 0, ...streams.map((s) => s.etaSeconds)) : 0;
  const estimate = running ? view.estimate : '';
  const records = streams.reduce((n, s) => n + s.records, 0);

  return (
    <Stack gap="xs" role="status" aria-label="Sync progress" miw={300}>
      <Group justify="space-between">
        <Group gap="xs">
          {/* A still icon, not a spinner: an endless animation repaints the window all sync long
              (make bench: webview_cpu_percent). The counts below show the sync moving. */}
          {running && <IconRefresh size={14} aria-hidden />}
          <Text fw={600} size="sm">
            {running ? 'Syncing…' : 'Not syncing'}
          </Text>
        </Group>
        {running && (
          <Button size="xs" color="red" variant="light" onClick={onCancel} loading={cancelling}>
            Cancel
          </Button>
        )}
      </Group>

      {running && (
        <Text size="sm" c="dimmed">
          {number.format(records)} {records === 1 ? 'record' : 'records'} so far
          {estimate ? ` · ${estimate}` : eta > 0 ? ` · about ${formatDuration(eta)} left` : ''}
        </Text>
      )}

      {waiting.map((s) => (
        <Alert key={s.stream} color="yellow" p="xs" icon={<IconClockPause size={16} />}>
          <Text size="xs">
            Rate limited by Zendesk: {humanize(s.stream)} resumes in {formatDuration(s.left)}.
          </Text>
        </Alert>
      ))}

      {streams.length > 0 && (
        <Table fz="xs" verticalSpacing={2} withRowBorders={false}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Stream</Table.Th>
              <Table.Th ta="right">Records</Table.Th>
              <Table.Th ta="right">Pages</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {streams.map((s) => (
              <Table.Tr key={s.stream}>
                <Table.Td>{humanize(s.stream)}</Table.Td>
                <Table.Td ta="right">{number.format(s.records)}</Table.Td>
                <Table.Td ta="right">{number.format(s.pages)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}

      {!running && outcome && (
        <Text size="xs" c={outcome.ok ? 'teal' : 'red'}>
          {outcome.message}
        </Text>
      )}
      {!running && status && (
        <Text size="xs" c="dimmed">
          Last successful sync: {formatDateTime(status.lastSyncAt)}
        </Text>
      )}
      {!running && !outcome && status?.lastError && (
        <Text size="xs" c="red">
          Last attempt{status.lastAttemptAt ? ` (${formatDateTime(status.lastAttemptAt)})` : ''} — failed: {status.lastError}
        </Text>
      )}
    </Stack>
  );
}
