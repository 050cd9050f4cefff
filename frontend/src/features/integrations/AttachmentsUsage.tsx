import { Text } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { attachmentsApi } from '../../api/attachments';
import { useEvent } from '../../api/events';
import { formatSize } from '../../lib/format';

const key = ['attachments', 'status'] as const;

/** AttachmentsUsage says how much space downloaded attachments use, against the limit. */
export function AttachmentsUsage() {
  const qc = useQueryClient();
  const status = useQuery({ queryKey: key, queryFn: () => attachmentsApi.status() });
  const refresh = () => void qc.invalidateQueries({ queryKey: key });
  useEvent('tickets:changed', refresh);
  useEvent('sync:finished', refresh);
  const s = status.data;
  if (!s) return null;
  const parts = [`${s.downloaded.toLocaleString()} files`];
  if (s.pending > 0) parts.push(`${s.pending.toLocaleString()} waiting`);
  if (s.tooLarge > 0) parts.push(`${s.tooLarge.toLocaleString()} over the ${formatSize(s.maxFileBytes)} limit`);
  if (s.failed > 0) parts.push(`${s.failed.toLocaleString()} failed`);
  return (
    <Text size="sm" c="dimmed" aria-label="Attachments storage">
      Attachments: {formatSize(s.usedBytes)} of {formatSize(s.maxTotalBytes)} used ({parts.join(', ')})
      {s.full ? ' — the limit is reached: new attachments wait for room.' : '.'}
    </Text>
  );
}
