import { Alert, Button, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { AttachmentsUsage } from './AttachmentsUsage';
import { CatalogModal } from './CatalogModal';
import { DeleteIntegrationModal } from './DeleteIntegrationModal';
import { EmptyIntegrations } from './EmptyIntegrations';
import { IntegrationFormModal } from './IntegrationFormModal';
import { IntegrationsTable } from './IntegrationsTable';
import { PendingCleanups } from './PendingCleanups';
import { useIntegrations } from './queries';
import { useDialogs } from './useDialogs';

/** IntegrationsPage (Settings → Integrations): the list, and the dialogs to add, edit, delete. */
export function IntegrationsPage() {
  const list = useIntegrations();
  const dialogs = useDialogs();
  const { dialog } = dialogs;
  const openCatalog = () => dialogs.show({ kind: 'catalog' });
  const hasAny = (list.data?.length ?? 0) > 0;

  return (
    <Stack gap="lg" maw={1240}>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1} size="h2">
            Integrations
          </Title>
          <Text c="dimmed" size="sm">
            The Zendesk accounts Zensync keeps in sync on this computer.
          </Text>
        </div>
        {hasAny && <Button onClick={openCatalog}>+ Add Integration</Button>}
      </Group>

      <PendingCleanups />
      {list.isPending && <Skeleton height={160} radius="md" aria-label="Loading integrations" />}
      {list.isError && (
        <Alert color="red" title="The integrations could not be loaded">
          <Text size="sm">{list.error.message}</Text>
          <Button mt="sm" size="xs" variant="light" color="red" onClick={() => void list.refetch()}>
            Try again
          </Button>
        </Alert>
      )}
      {list.isSuccess && !hasAny && <EmptyIntegrations onAdd={openCatalog} />}
      {list.isSuccess && hasAny && (
        <IntegrationsTable
          integrations={list.data}
          onEdit={(integration) => dialogs.show({ kind: 'form', integration })}
          onDelete={(integration) => dialogs.show({ kind: 'delete', integration })}
        />
      )}
      {list.isSuccess && hasAny && <AttachmentsUsage />}

      <CatalogModal
        opened={dialogs.isOpen('catalog')}
        onClose={dialogs.close}
        onOpen={() => dialogs.show({ kind: 'form', integration: null })}
      />
      <IntegrationFormModal
        opened={dialogs.isOpen('form')}
        integration={dialog?.kind === 'form' ? dialog.integration : null}
        formKey={dialogs.seq}
        onClose={dialogs.close}
      />
      <DeleteIntegrationModal
        opened={dialogs.isOpen('delete')}
        integration={dialog?.kind === 'delete' ? dialog.integration : null}
        onClose={dialogs.close}
      />
    </Stack>
  );
}
