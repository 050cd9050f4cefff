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

export const ticketColumns: Column<TicketRow>[] = [
  { id: 'id', header: 'ID', width: '72px', render: (r) => `#${r.id}` },
  { id: 'subject', header: 'Subject', width: 'minmax(156px, 4fr)', render: (r) => <Subject row={r} /> },
  { id: 'status', header: 'Status', width: '84px', render: (r) => <StatusBadge status={r.status} /> },
  { id: 'priority', header: 'Priority', width: '88px', render: (r) => <PriorityBadge priority={r.priority} /> },
  { id: 'requester', header: 'Requester', width: 'minmax(90px, 1.2fr)', render: (r) => r.requesterName || '—' },
  { id: 'assignee', header: 'Assignee', width: 'minmax(90px, 1.2fr)', render: (r) => r.assigneeName || '—' },
  { id: 'organization', header: 'Organization', width: 'minmax(104px, 1.2fr)', render: (r) => r.organizationName || '—' },
  { id: 'tags', header: 'Tags', width: 'minmax(72px, 1fr)', render: (r) => <Tags tags={r.tags} max={1} /> },
  { id: 'created', header: 'Created', width: '96px', render: (r) => <DateCell iso={r.createdAt} /> },
  { id: 'updated', header: 'Updated', width: '96px', render: (r) => <DateCell iso={r.updatedAt} /> },
];

export function ticketRowStyle(row: TicketRow): CSSProperties | undefined {
  return row.deleted || row.mergedInto > 0 ? { color: 'var(--mantine-color-dimmed)' } : undefined;
}
