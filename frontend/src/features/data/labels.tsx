import { Badge, Group } from '@mantine/core';
import { formatDateTime, humanize } from '../../lib/format';

// Small shared pieces of the data screens: badges and number formatting.

const statusColors: Record<string, string> = {
  new: 'yellow',
  open: 'red',
  pending: 'blue',
  hold: 'dark',
  solved: 'gray',
  closed: 'gray',
};

const priorityColors: Record<string, string> = {
  urgent: 'red',
  high: 'orange',
  normal: 'blue',
  low: 'gray',
};

export function StatusBadge({ status }: { status: string }) {
  if (!status) return null;
  return (
    <Badge size="sm" variant="light" color={statusColors[status] ?? 'gray'}>
      {humanize(status)}
    </Badge>
  );
}

export function PriorityBadge({ priority }: { priority: string }) {
  if (!priority) return <>—</>;
  return (
    <Badge size="sm" variant="dot" color={priorityColors[priority] ?? 'gray'}>
      {humanize(priority)}
    </Badge>
  );
}

export function Tags({ tags }: { tags: string[] | null | undefined }) {
  if (!tags?.length) return null;
  return (
    <Group gap={4} wrap="nowrap">
      {tags.map((t) => (
        <Badge key={t} size="xs" variant="outline" color="gray" tt="none">
          {t}
        </Badge>
      ))}
    </Group>
  );
}

const count = new Intl.NumberFormat();

/** countOf says "1,000,000 tickets" / "1 ticket". */
export function countOf(n: number, one: string, many: string): string {
  return `${count.format(n)} ${n === 1 ? one : many}`;
}

/** formatNumber groups digits the user's way. */
export function formatNumber(n: number): string {
  return count.format(n);
}

const dateOnly = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

/** DateCell shows a date in a table cell, with the full time on hover. */
export function DateCell({ iso }: { iso: string }) {
  const d = new Date(iso);
  if (!iso || iso.startsWith('0001-01-01') || Number.isNaN(d.getTime())) return <>—</>;
  return <span title={formatDateTime(iso)}>{dateOnly.format(d)}</span>;
}
