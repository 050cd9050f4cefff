import { Button, Checkbox, Group, List, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { IntegrationDTO } from '../../api/integrations';
import { notifySuccess, notifyWarning } from '../../lib/notify';
import { useDeleteIntegration } from './queries';

interface Props {
  opened: boolean;
  /** The integration to delete (kept while the modal fades out). */
  integration: IntegrationDTO | null;
  onClose: () => void;
}

/** DeleteIntegrationModal says what deleting removes and asks whether to drop the local data. */
export function DeleteIntegrationModal({ opened, integration, onClose }: Props) {
  return (
    <Modal
      opened={opened && integration !== null}
      onClose={onClose}
      title={integration ? `Delete ${integration.name}?` : ''}
      styles={{ title: { fontWeight: 650 } }}
    >
      {integration && <ConfirmDelete key={integration.id} integration={integration} onClose={onClose} />}
    </Modal>
  );
}

function ConfirmDelete({ integration, onClose }: { integration: IntegrationDTO; onClose: () => void }) {
  const [deleteLocalData, setDeleteLocalData] = useState(false);
  const remove = useDeleteIntegration();
  async function confirm() {
    try {
      const result = await remove.mutateAsync({ id: integration.id, deleteLocalData });
      if (result?.pending) notifyWarning(result.message, `${integration.name} was deleted in Zensync`);
      else notifySuccess(`${integration.name} was deleted.`);
      onClose();
    } catch {
      // The failure is shown by the central error notification; the modal stays open.
    }
  }
  return (
    <Stack gap="md">
      <Text size="sm">Zensync will remove:</Text>
      <List size="sm" spacing={4}>
        {integration.capability !== 'content_management' && (
          <List.Item>the webhook Zensync created in Zendesk for this integration;</List.Item>
        )}
        <List.Item>its tokens (and client secret) in the keyring;</List.Item>
        <List.Item>its settings in Zensync.</List.Item>
      </List>
      <Checkbox
        label="Also delete the local data"
        description="The tickets, users, organizations and articles synced from this integration. Leave it unticked to keep browsing them offline."
        checked={deleteLocalData}
        onChange={(e) => setDeleteLocalData(e.currentTarget.checked)}
      />
      <Group justify="flex-end" gap="sm">
        <Button variant="default" onClick={onClose}>
          Cancel
        </Button>
        <Button color="red" loading={remove.isPending} onClick={confirm}>
          Delete integration
        </Button>
      </Group>
    </Stack>
  );
}
