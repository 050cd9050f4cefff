import { ActionIcon, Tooltip } from '@mantine/core';
import { IconFolderDown } from '@tabler/icons-react';
import { exportApi } from '../../api/export';
import type { IntegrationDTO } from '../../api/integrations';
import { useExport } from './useExport';

/** ExportAllButton writes every stored record of one integration into a folder the admin picks. */
export function ExportAllButton({ integration }: { integration: IntegrationDTO }) {
  const { run, busy } = useExport(`all data of ${integration.name}`);
  return (
    <Tooltip label="Export all data">
      <ActionIcon
        variant="subtle"
        color="gray"
        aria-label="Export all data"
        loading={busy}
        onClick={() => run(() => exportApi.integration(integration.id))}
      >
        <IconFolderDown size={18} />
      </ActionIcon>
    </Tooltip>
  );
}
