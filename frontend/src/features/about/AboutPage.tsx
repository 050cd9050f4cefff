import { Alert, Card, Code, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { aboutApi } from '../../api/about';

const osLabel: Record<string, string> = { linux: 'Linux', windows: 'Windows', darwin: 'macOS' };

/** AboutPage (Settings → About) shows the version of the running build and where its data is. */
export function AboutPage() {
  const about = useQuery({ queryKey: ['about'], queryFn: () => aboutApi.get() });
  return (
    <Stack gap="md" maw={720}>
      <Title order={2}>About Zensync</Title>
      {about.isError && <Alert color="red">Could not read the version: {about.error.message}</Alert>}
      {about.data && (
        <Card withBorder padding="md">
          <Table variant="vertical" withRowBorders={false}>
            <Table.Tbody>
              <Table.Tr>
                <Table.Th w={160}>Version</Table.Th>
                <Table.Td>
                  <Code aria-label="Version">{about.data.version}</Code>
                </Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>Platform</Table.Th>
                <Table.Td>
                  {osLabel[about.data.os] ?? about.data.os} ({about.data.arch})
                </Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>Data folder</Table.Th>
                <Table.Td>
                  <Code>{about.data.dataDir}</Code>
                </Table.Td>
              </Table.Tr>
            </Table.Tbody>
          </Table>
          <Text size="sm" c="dimmed" mt="sm">
            Quote the version when you report a problem. Sign-in tokens are kept in the system keyring, not in the
            data folder.
          </Text>
        </Card>
      )}
    </Stack>
  );
}
