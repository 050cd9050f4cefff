import { Alert, Button, Group, Loader, Stack, Table, Text } from '@mantine/core';
import { IconClockPause } from '@tabler/icons-react';
import { formatDateTime, humanize } from '../../lib/format';
import { formatDuration } from './duration';
import type { SyncView } from './useSyncProgress';

const number = new Intl.NumberFormat();

export interface SyncProgressPanelProps {
  view: SyncView;
  onCancel: () => void;
  cancelling: boolean;
}

/** SyncProgressPanel shows a sync's progress per stream (records, pages, waits, ETA) or its last result. */
export function SyncProgressPanel({ view, onCancel, cancelling }: SyncProgressPanelProps) {
  const { running, streams, status, outcome } = view;
  const waiting = running ? streams.filter((s) => s.waitingSeconds > 0) : [];
  const eta = Math.max(0, ...streams.map((s) => s.etaSeconds));
  const estimate = streams.find((s) => s.etaSeconds === eta && s.estimate)?.estimate;
  const records = streams.reduce((n, s) => n + s.records, 0);

  return (
    <Stack gap="xs" role="status" aria-label="Sync progress" miw={300}>
      <Group justify="space-between">
        <Group gap="xs">
          {running && <Loader size="xs" />}
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
          {number.format(records)} records so far
          {estimate ? ` · ${estimate}` : eta > 0 ? ` · about ${formatDuration(eta)} left` : ''}
        </Text>
      )}

      {waiting.map((s) => (
        <Alert key={s.stream} color="yellow" p="xs" icon={<IconClockPause size={16} />}>
          <Text size="xs">
            Rate limited by Zendesk: {humanize(s.stream)} resumes in about {formatDuration(s.waitingSeconds)}.
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
          Last sync: {formatDateTime(status.lastSyncAt)}
        </Text>
      )}
      {!running && !outcome && status?.lastError && (
        <Text size="xs" c="red">
          {status.lastError}
        </Text>
      )}
    </Stack>
  );
}
