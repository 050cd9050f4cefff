import { ActionIcon, Indicator, Popover, Text, Tooltip } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { IconRefresh } from '@tabler/icons-react';
import { useState } from 'react';
import { toAppError } from '../../api/client';
import type { IntegrationDTO } from '../../api/integrations';
import { syncApi } from '../../api/sync';
import { notifyError } from '../../lib/notify';
import { SyncProgressPanel } from './SyncProgressPanel';
import { useSyncProgress } from './useSyncProgress';

/**
 * SyncNowButton starts a sync of one integration and shows its progress in a popover (records,
 * pages, rate-limit waits, ETA) with a Cancel. A sync already running (scheduled, or started
 * elsewhere) is shown rather than started twice. The end is announced by a notification. An
 * integration that never connected is not synced: the popover says to connect first.
 */
export function SyncNowButton({ integration }: { integration: IntegrationDTO }) {
  const [opened, setOpened] = useState(false);
  const { view, started, failedToStart } = useSyncProgress(integration.id, integration.name);

  const syncNow = useMutation({
    mutationFn: () => syncApi.syncNow(integration.id),
    onMutate: started,
    onError: (err) => {
      const e = toAppError(err);
      // "busy": a sync of this integration is already running; its progress is on its way.
      if (e.code === 'busy') return;
      if (e.code === 'not_connected') {
        failedToStart({ ok: false, message: e.message });
        return;
      }
      failedToStart();
      notifyError(err, 'The sync did not start');
    },
    meta: { silent: true },
  });
  const cancel = useMutation({
    mutationFn: () => syncApi.cancel(integration.id),
    meta: { errorTitle: 'The sync was not cancelled' },
  });

  const neverConnected = integration.status === 'not_connected';
  const onClick = () => {
    if (!neverConnected && !view.running && !syncNow.isPending) syncNow.mutate();
    setOpened((o) => (view.running || neverConnected ? !o : true));
  };

  return (
    <Popover opened={opened} onChange={setOpened} position="bottom-end" withArrow shadow="md" trapFocus={false}>
      <Popover.Target>
        <Tooltip label={view.running ? 'Syncing… (show progress)' : 'Sync now'} disabled={opened}>
          {/* A still dot while syncing: Mantine's "processing" ripple repaints the window 60 times a
              second for the whole sync (make bench: webview_cpu_percent). */}
          <Indicator disabled={!view.running} size={8} offset={4} color="teal">
            <ActionIcon variant="light" aria-label="Sync now" onClick={onClick}>
              <IconRefresh size={18} />
            </ActionIcon>
          </Indicator>
        </Tooltip>
      </Popover.Target>
      <Popover.Dropdown>
        {neverConnected && !view.running ? (
          <Text size="sm" role="status" aria-label="Sync progress" maw={300}>
            Connect first: this integration has not signed in to Zendesk yet. Open <b>Edit</b> →{' '}
            <b>Authentication &amp; configuration</b> and click <b>Connect</b>.
          </Text>
        ) : (
          <SyncProgressPanel view={view} onCancel={() => cancel.mutate()} cancelling={cancel.isPending} />
        )}
      </Popover.Dropdown>
    </Popover>
  );
}
