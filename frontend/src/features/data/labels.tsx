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

/**
 * Tags shows a record's tags as badges. In a table cell (max set) it shows the first `max` and
 * "+N" for the rest, every tag on hover, rather than squeezing each badge to an ellipsis.
 */
export function Tags({ tags, max }: { tags: string[] | null | undefined; max?: number }) {
  if (!tags?.length) return null;
  const shown = max === undefined ? tags : tags.slice(0, max);
  const more = tags.length - shown.length;
  return (
    <Group gap={4} wrap={max === undefined ? 'wrap' : 'nowrap'} title={more > 0 ? tags.join(', ') : undefined}>
      {shown.map((t) => (
        <Badge key={t} size="xs" variant="outline" color="gray" tt="none" style={{ flexShrink: 1, minWidth: 0 }}>
          {t}
        </Badge>
      ))}
      {more > 0 && (
        <Badge size="xs" variant="light" color="gray" tt="none" style={{ flexShrink: 0 }}>
          +{more}
        </Badge>
      )}
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
