import { Button } from '@mantine/core';
import { IconFileExport } from '@tabler/icons-react';
import type { ExportStarted } from '../../api/export';
import { useExport } from './useExport';

interface Props {
  what: string;
  start: () => Promise<ExportStarted>;
  label?: string;
}

/** ExportHtmlButton saves one page (a ticket, an article, a section) as a self-contained HTML file. */
export function ExportHtmlButton({ what, start, label = 'Export HTML' }: Props) {
  const { run, busy } = useExport(what);
  return (
    <Button variant="default" size="xs" leftSection={<IconFileExport size={14} />} loading={busy} onClick={() => run(start)}>
      {label}
    </Button>
  );
}
