import { Text } from '@mantine/core';
import type { IntegrationDTO } from '../../api/integrations';

// Placeholder: the Connect feature replaces this file with Connect / Re-generate Token.
export function ConnectSection(_props: { integration: IntegrationDTO; mode: 'setup' | 'edit' }) {
  return (
    <Text size="sm" c="dimmed">
      Not connected.
    </Text>
  );
}
