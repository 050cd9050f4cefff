import { Alert, List, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { usePendingCleanups } from './queries';

/**
 * PendingCleanups shows what deleted integrations left in Zendesk because it could not be
 * reached ("Pending clean-up in Zendesk: webhook of 'Acme' — will retry"). Nothing when none.
 */
export function PendingCleanups() {
  const pending = usePendingCleanups();
  const list = pending.data ?? [];
  if (list.length === 0) return null;
  return (
    <Alert color="yellow" variant="light" icon={<IconAlertTriangle size={18} />} title="Pending clean-up in Zendesk">
      <List size="sm" spacing={4}>
        {list.map((p) => (
          <List.Item key={p.integrationId}>
            Pending clean-up in Zendesk: {p.what} of {`'${p.name}'`} on {p.host} — will retry.
            {p.lastError && (
              <Text span size="xs" c="dimmed">
                {' '}
                Last try: {p.lastError}
              </Text>
            )}
          </List.Item>
        ))}
      </List>
      <Text size="xs" c="dimmed" mt={6}>
        Zensync keeps the token this needs in the keyring and retries at start and every few minutes while Zendesk is
        reachable.
      </Text>
    </Alert>
  );
}
