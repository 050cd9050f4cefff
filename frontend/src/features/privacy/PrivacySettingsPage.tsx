import { Paper, Stack, Switch, Text, Title } from '@mantine/core';
import { useAlwaysLoadRemoteImages } from './remoteImagesPreference';

/** PrivacySettingsPage (Settings → Privacy): what Zendesk content may load from other servers. */
export function PrivacySettingsPage() {
  const [always, setAlways] = useAlwaysLoadRemoteImages();
  return (
    <Stack gap="lg" maw={720}>
      <Title order={2}>Privacy</Title>
      <Paper withBorder p="lg" radius="md">
        <Switch
          checked={always}
          onChange={(e) => setAlways(e.currentTarget.checked)}
          label="Always load remote images"
          description={
            'Images in tickets and Help Center articles that are stored on other servers. Loading one ' +
            'tells its server your IP address and when you opened the ticket (tracking pixels). When ' +
            'off, Zensync shows a placeholder and a "Load remote images" button on each ticket or article.'
          }
        />
        <Text size="xs" c="dimmed" mt="md">
          Saved on this computer. Scripts, remote videos, fonts and style sheets from Zendesk content never load.
        </Text>
      </Paper>
    </Stack>
  );
}
