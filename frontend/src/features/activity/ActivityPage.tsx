import { Alert, Badge, Card, Group, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { activityApi, type ActivityEntry, type ActivityFilter } from '../../api/activity';
import { useEvent } from '../../api/events';
import { webhooksApi } from '../../api/webhooks';
import { SyncsInProgress } from '../sync/SyncsInProgress';
import { formatDateTimeSeconds } from '../../lib/format';
import { debounce } from './debounce';
import { levelLabels, reasonText } from './reasons';

const levelColor: Record<string, string> = { info: 'blue', warn: 'yellow', error: 'red' };
const kindLabel: Record<string, string> = { sync: 'Sync', webhook: 'Webhook', connect: 'Connect' };

/** Refetches wait for a pause in events (REFRESH_WAIT_MS), and for at most REFRESH_MAX_WAIT_MS. */
const REFRESH_WAIT_MS = 300;
const REFRESH_MAX_WAIT_MS = 2000;

/**
 * useActivity lists activity and refetches on sync and webhook events, debounced: a flood of
 * webhook deliveries refetches the list a few times, not once per event.
 */
function useActivity(filter: ActivityFilter) {
  const qc = useQueryClient();
  const refresh = useMemo(
    () =>
      debounce(
        () => {
          void qc.invalidateQueries({ queryKey: ['activity'] });
          void qc.invalidateQueries({ queryKey: ['webhook-listener'] });
        },
        REFRESH_WAIT_MS,
        REFRESH_MAX_WAIT_MS,
      ),
    [qc],
  );
  useEffect(() => refresh.cancel, [refresh]);
  useEvent('webhook:received', refresh.call);
  useEvent('sync:finished', refresh.call);
  // Events refresh the page only while it is open, so opening it always reads afresh.
  const entries = useQuery({
    queryKey: ['activity', filter],
    queryFn: () => activityApi.list(filter),
    refetchOnMount: 'always',
  });
  const listener = useQuery({
    queryKey: ['webhook-listener'],
    queryFn: () => webhooksApi.listener(),
    refetchOnMount: 'always',
  });
  return { entries, listener };
}

function ListenerCard({ status }: { status: Awaited<ReturnType<typeof webhooksApi.listener>> }) {
  return (
    <Card withBorder padding="sm" aria-label="Webhook listener">
      <Group justify="space-between">
        <Group gap="xs">
          <Text fw={500}>Webhook listener</Text>
          <Badge color={status.running ? 'teal' : 'red'} variant="light">
            {status.running ? `Listening on ${status.address}` : 'Not running'}
          </Badge>
        </Group>
        <Group gap="lg">
          <Text size="sm">Received {status.received}</Text>
          <Text size="sm">Accepted {status.accepted}</Text>
          <Text size="sm">Duplicates {status.duplicates}</Text>
          <Text size="sm" c={status.rejected > 0 ? 'red' : undefined}>
            Rejected {status.rejected}
          </Text>
        </Group>
      </Group>
      {!status.running && status.error && (
        <Text size="sm" c="red" mt="xs">
          {status.error}
        </Text>
      )}
    </Card>
  );
}

function Row({ e }: { e: ActivityEntry }) {
  return (
    <Table.Tr>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTimeSeconds(e.at)}</Table.Td>
      <Table.Td>{e.integrationName || '—'}</Table.Td>
      <Table.Td>{kindLabel[e.kind] ?? e.kind}</Table.Td>
      <Table.Td>
        {/* A fixed width that fits "Warning": the badge is never cut to "IN…". */}
        <Badge color={levelColor[e.level] ?? 'gray'} variant="light" w={84} style={{ overflow: 'visible' }}>
          {levelLabels[e.level] ?? e.level}
        </Badge>
      </Table.Td>
      <Table.Td>{e.message}</Table.Td>
      <Table.Td title={e.reason || undefined}>{reasonText(e.reason)}</Table.Td>
    </Table.Tr>
  );
}

/**
 * ActivityPage shows the syncs running now (live progress) and lists sync runs and webhook deliveries (received, accepted, rejected with the
 * reason), newest first, with the webhook listener's counters. It refreshes by itself on
 * `webhook:received` and `sync:finished`.
 */
export function ActivityPage() {
  const [kind, setKind] = useState<ActivityFilter['kind']>('');
  const { entries, listener } = useActivity({ integrationId: '', kind, limit: 200 });
  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={2}>Activity</Title>
        <SegmentedControl
          aria-label="Show"
          value={kind}
          onChange={(v) => setKind(v as ActivityFilter['kind'])}
          data={[
            { value: '', label: 'All' },
            { value: 'sync', label: 'Sync runs' },
            { value: 'webhook', label: 'Webhooks' },
            { value: 'connect', label: 'Connections' },
          ]}
        />
      </Group>
      <SyncsInProgress />
      {listener.data && <ListenerCard status={listener.data} />}
      {entries.isError && <Alert color="red">{entries.error.message}</Alert>}
      {entries.data && entries.data.length === 0 && (
        <Text c="dimmed">Nothing yet: sync runs and webhook deliveries appear here as they happen.</Text>
      )}
      {entries.data && entries.data.length > 0 && (
        <Table striped highlightOnHover aria-label="Activity">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>When</Table.Th>
              <Table.Th>Integration</Table.Th>
              <Table.Th>Kind</Table.Th>
              <Table.Th w={100}>Level</Table.Th>
              <Table.Th>What happened</Table.Th>
              <Table.Th>Reason</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {entries.data.map((e) => (
              <Row key={e.id} e={e} />
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
