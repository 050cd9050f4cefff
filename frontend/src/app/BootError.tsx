import { Alert, Center, Code, Paper, Stack, Text, Title } from '@mantine/core';
import { IconDatabaseOff } from '@tabler/icons-react';

interface Props {
  message: string;
  path: string;
  /** database: Go could not open or migrate the file; backend: Go could not even be asked. */
  kind?: 'database' | 'backend';
}

/**
 * BootError replaces the app when Go could not open or migrate the database (or, in a plain
 * browser, when there is no Go side at all), so the window never shows a blank page.
 */
export function BootError({ message, path, kind = 'database' }: Props) {
  const title = kind === 'database' ? 'Zensync could not open its database' : 'Zensync could not start';
  return (
    <Center mih="100vh" p="xl" bg="var(--mantine-color-gray-0)">
      <Paper withBorder shadow="sm" p="xl" maw={640} w="100%" role="alert">
        <Stack gap="md">
          <IconDatabaseOff size={40} color="var(--mantine-color-red-6)" />
          <Title order={2}>{title}</Title>
          <Alert color="red" variant="light" title="What went wrong">
            {message || 'The database could not be opened.'}
          </Alert>
          {path && (
            <Text size="sm">
              Database file: <Code>{path}</Code>
            </Text>
          )}
          {kind === 'database' && (
            <Text size="sm" c="dimmed">
              The file was left untouched: Zensync did not change, overwrite or delete it. Close
              the window, fix the cause (or move the file aside, or start Zensync with another{' '}
              <Code style={{ whiteSpace: 'nowrap' }}>--data-dir</Code>), and start Zensync again.
            </Text>
          )}
        </Stack>
      </Paper>
    </Center>
  );
}
