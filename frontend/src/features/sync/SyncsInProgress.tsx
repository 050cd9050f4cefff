import { Card, Stack, Text } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { integrationsApi, type IntegrationDTO } from '../../api/integrations';
import { syncApi } from '../../api/sync';
import { SyncProgressPanel } from './SyncProgressPanel';
import { useSyncProgress } from './useSyncProgress';

/** LiveSync shows one integration's sync while it runs, and nothing otherwise. */
function LiveSync({ integration }: { integration: IntegrationDTO }) {
  const { view } = useSyncProgress(integration.id, integration.name);
  const cancel = useMutation({
    mutationFn: () => syncApi.cancel(integration.id),
    meta: { errorTitle: 'The sync was not cancelled' },
  });
  if (!view.running) return null;
  return (
    <Card withBorder padding="sm" aria-label={`Sync of ${integration.name}`}>
      <Text fw={600} size="sm" mb={4}>
        {integration.name}
      </Text>
      <SyncProgressPanel view={view} onCancel={() => cancel.mutate()} cancelling={cancel.isPending} />
    </Card>
  );
}

/**
 * SyncsInProgress is the Activity screen's live part: every running sync with its records,
 * pages, rate-limit waits and ETA, following `sync:progress` events. Idle integrations show
 * nothing, so the section is empty between syncs.
 */
export function SyncsInProgress() {
  const list = useQuery({ queryKey: ['integrations', 'sync-progress'], queryFn: integrationsApi.list });
  const connected = (list.data ?? []).filter((i) => i.status !== 'not_connected');
  if (connected.length === 0) return null;
  return (
    <Stack gap="xs" aria-label="Syncs in progress">
      {connected.map((i) => (
        <LiveSync key={i.id} integration={i} />
      ))}
    </Stack>
  );
}
