import { Button, Menu } from '@mantine/core';
import { IconChevronDown, IconDownload } from '@tabler/icons-react';
import type { TicketQuery } from '../../api/data';
import { exportApi, type ExportFormat } from '../../api/export';
import { useExport } from './useExport';

interface Props {
  /** query is the list exactly as shown: its filters, search and sort (paging is ignored). */
  query: TicketQuery;
  disabled?: boolean;
}

/** ExportMenu exports the Tickets screen's current list to CSV or JSON Lines. */
export function ExportMenu({ query, disabled }: Props) {
  const { run, busy } = useExport('tickets');
  const go = (format: ExportFormat) => run(() => exportApi.tickets(query, format));
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button
          variant="default"
          size="xs"
          leftSection={<IconDownload size={14} />}
          rightSection={<IconChevronDown size={14} />}
          loading={busy}
          disabled={disabled}
        >
          Export
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>The list as shown</Menu.Label>
        <Menu.Item onClick={() => go('csv')}>CSV (.csv)</Menu.Item>
        <Menu.Item onClick={() => go('jsonl')}>JSON Lines (.jsonl)</Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
