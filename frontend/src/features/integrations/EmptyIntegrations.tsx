import { Button, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconPlugConnected } from '@tabler/icons-react';

/** EmptyIntegrations invites the admin to add a first integration. */
export function EmptyIntegrations({ onAdd }: { onAdd: () => void }) {
  return (
    <Paper withBorder radius="md" p="xl">
      <Stack align="center" gap="sm" py="xl">
        <ThemeIcon size={56} radius="xl" variant="light">
          <IconPlugConnected size={30} />
        </ThemeIcon>
        <Title order={3}>No integrations yet</Title>
        <Text c="dimmed" ta="center" maw={440}>
          Add a Zendesk account to keep a local copy of its tickets, users, organizations and
          Help Center articles, and browse them offline.
        </Text>
        <Button mt="sm" onClick={onAdd}>
          + Add Integration
        </Button>
      </Stack>
    </Paper>
  );
}
