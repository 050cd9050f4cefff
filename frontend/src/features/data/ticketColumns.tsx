import { Badge, Group, Text } from '@mantine/core';
import type { CSSProperties } from 'react';
import type { TicketRow } from '../../api/data';
import { DateCell, PriorityBadge, StatusBadge, Tags } from './labels';
import type { Column } from './VirtualTable';

function Subject({ row }: { row: TicketRow }) {
  return (
    <Group gap={6} wrap="nowrap">
      {row.deleted && (
        <Badge size="xs" color="gray" variant="filled">
          Deleted
        </Badge>
      )}
      {row.mergedInto > 0 && (
        <Badge size="xs" color="violet" variant="light">
          Merged into #{row.mergedInto}
        </Badge>
      )}
      <Text span size="sm" truncate td={row.deleted ? 'line-through' : undefined}>
        {row.subject || '(no subject)'}
      </Text>
    </Group>
  );
}

/**
 * DEFAULT_CONTENT_WIDTH is the room the data screens have in the window at its default size:
 * 1280 px wide (app/run.go) less the 232 px navigation, the page padding (2 × 20 px) and a
 * vertical scrollbar (16 px). The minimum column widths of every data list (tickets, users,
 * organizations) fit in it, so Updated is never cut off at the default size; narrower windows
 * scroll the table sideways.
 */
export const DEFAULT_CONTENT_WIDTH = 1280 - 232 - 2 * 20 - 16;

export const ticketColumns: Column<TicketRow>[] = [
  { id: 'id', header: 'ID', width: '64px', render: (r) => `#${r.id}` },
  { id: 'subject', header: 'Subject', width: 'minmax(128px, 4fr)', render: (r) => <Subject row={r} /> },
  { id: 'status', header: 'Status', width: '84px', render: (r) => <StatusBadge status={r.status} /> },
  { id: 'priority', header: 'Priority', width: '80px', render: (r) => <PriorityBadge priority={r.priority} /> },
  { id: 'requester', header: 'Requester', width: 'minmax(80px, 1.2fr)', render: (r) => r.requesterName || '—' },
  { id: 'assignee', header: 'Assignee', width: 'minmax(80px, 1.2fr)', render: (r) => r.assigneeName || '—' },
  { id: 'organization', header: 'Organization', width: 'minmax(88px, 1.2fr)', render: (r) => r.organizationName || '—' },
  { id: 'tags', header: 'Tags', width: 'minmax(60px, 1fr)', render: (r) => <Tags tags={r.tags} max={1} /> },
  { id: 'created', header: 'Created', width: '96px', render: (r) => <DateCell iso={r.createdAt} /> },
  { id: 'updated', header: 'Updated', width: '96px', render: (r) => <DateCell iso={r.updatedAt} /> },
];

export function ticketRowStyle(row: TicketRow): CSSProperties | undefined {
  return row.deleted || row.mergedInto > 0 ? { color: 'var(--mantine-color-dimmed)' } : undefined;
}
