import { ActionIcon, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { IconPlugConnected } from '@tabler/icons-react';
import { connectApi, type TestKind, type TestResult } from '../../api/connect';
import type { IntegrationDTO } from '../../api/integrations';

const titles: Record<TestKind, string> = {
  success: 'Connection works',
  domain_not_found: 'Domain not found',
  token_expired: 'Token expired',
  not_admin: 'Not an admin',
  missing_scope: 'Missing permission',
  rate_limited: 'Rate limited',
  offline: 'Offline',
  not_connected: 'Not connected',
  error: 'Connection failed',
};

/** showResult announces a Test Connection result as a notification, in words. */
export function showResult(name: string, r: TestResult): void {
  const warn = r.kind === 'rate_limited' || r.kind === 'offline' || r.kind === 'not_connected';
  notifications.show({
    color: r.ok ? 'teal' : warn ? 'yellow' : 'red',
    title: `${name}: ${titles[r.kind] ?? titles.error}`,
    message: r.message,
    autoClose: r.ok ? 5000 : 10000,
  });
}

/**
 * TestConnectionButton calls Zendesk as the integration's stored token and shows what it found
 * (signed in as whom, or exactly what is wrong) as a notification.
 */
export function TestConnectionButton({ integration }: { integration: IntegrationDTO }) {
  const test = useMutation({
    mutationFn: () => connectApi.testConnection(integration.id),
    onSuccess: (r) => showResult(integration.name, r),
    meta: { errorTitle: `${integration.name}: the test did not run` },
  });
  return (
    <Tooltip label="Test Connection">
      <ActionIcon
        variant="subtle"
        aria-label="Test Connection"
        loading={test.isPending}
        onClick={() => test.mutate()}
      >
        <IconPlugConnected size={18} />
      </ActionIcon>
    </Tooltip>
  );
}
