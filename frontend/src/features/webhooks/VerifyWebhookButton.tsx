import { ActionIcon, Button, Center, Group, Loader, Modal, Stack, Text, Tooltip } from '@mantine/core';
import { IconWebhook } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import type { IntegrationDTO } from '../../api/integrations';
import { webhooksApi } from '../../api/webhooks';
import { OffNotice, VerifyView } from './VerifyView';

/**
 * VerifyWebhookButton (icon on each integration row) opens the Verify webhook view: it asks Zendesk
 * for the integration's webhook, shows each check with a tick or a cross, and sends a test event
 * through the tunnel.
 */
export function VerifyWebhookButton({ integration }: { integration: IntegrationDTO }) {
  const [opened, setOpened] = useState(false);
  const verify = useMutation({
    mutationFn: () => webhooksApi.verify(integration.id),
    meta: { silent: true },
  });
  const open = () => {
    setOpened(true);
    verify.mutate();
  };
  return (
    <>
      <Tooltip label="Verify webhook">
        <ActionIcon variant="subtle" aria-label="Verify webhook" onClick={open}>
          <IconWebhook size={18} />
        </ActionIcon>
      </Tooltip>
      <Modal opened={opened} onClose={() => setOpened(false)} title={`Verify webhook — ${integration.name}`} size="lg">
        <Stack gap="md">
          {verify.isPending && (
            <Center py="lg">
              <Group gap="sm">
                <Loader size="sm" />
                <Text size="sm">Checking the webhook in Zendesk and sending a test event…</Text>
              </Group>
            </Center>
          )}
          {verify.isError && (
            <Text c="red" size="sm" role="alert">
              {verify.error.message}
            </Text>
          )}
          {verify.data && <VerifyView report={verify.data} />}
          {!verify.data && !verify.isPending && !verify.isError && integration.webhookState === 'no_base_url' && (
            <OffNotice message="" />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => verify.mutate()} loading={verify.isPending}>
              Verify again
            </Button>
            <Button onClick={() => setOpened(false)}>Close</Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
