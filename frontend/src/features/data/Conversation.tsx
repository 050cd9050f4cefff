import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import type { Comment } from '../../api/data';
import { formatDateTime } from '../../lib/format';
import { useMemo } from 'react';
import { AttachmentList, localAttachmentPaths } from './AttachmentList';
import { SafeHtml } from './SafeHtml';

/** CommentCard is one public reply or internal note; notes are yellow and labelled. */
function CommentCard({ comment, integrationId }: { comment: Comment; integrationId: string }) {
  const internal = !comment.public;
  const attachments = useMemo(() => comment.attachments ?? [], [comment.attachments]);
  const local = useMemo(() => localAttachmentPaths(attachments), [attachments]);
  return (
    <Paper
      component="article"
      aria-label={`${internal ? 'Internal note' : 'Public reply'} by ${comment.authorName || 'unknown'}`}
      withBorder
      p="md"
      radius="md"
      bg={internal ? 'var(--mantine-color-yellow-0)' : undefined}
      style={internal ? { borderColor: 'var(--mantine-color-yellow-4)' } : undefined}
    >
      <Group justify="space-between" mb="xs" wrap="nowrap">
        <Group gap="xs">
          <Text fw={600} size="sm">
            {comment.authorName || `User #${comment.authorId}`}
          </Text>
          {internal ? (
            <Badge color="yellow" variant="filled" size="sm" leftSection={<IconLock size={12} />}>
              Internal note
            </Badge>
          ) : (
            <Badge color="blue" variant="light" size="sm">
              Public reply
            </Badge>
          )}
        </Group>
        <Text size="xs" c="dimmed" component="time" dateTime={comment.createdAt}>
          {formatDateTime(comment.createdAt, '')}
        </Text>
      </Group>
      <SafeHtml html={comment.htmlBody} plainText={comment.plainBody} localAttachments={local} />
      <AttachmentList integrationId={integrationId} attachments={attachments} />
    </Paper>
  );
}

/** Conversation is a ticket's whole thread, oldest first, as the region "Conversation". */
export function Conversation({
  comments,
  description,
  integrationId,
}: {
  comments: Comment[];
  description: string;
  integrationId: string;
}) {
  return (
    <Stack component="section" aria-label="Conversation" gap="sm">
      {comments.length === 0 ? (
        <Paper withBorder p="md" radius="md">
          <Text style={{ whiteSpace: 'pre-wrap' }}>{description || 'This ticket has no comments.'}</Text>
        </Paper>
      ) : (
        comments.map((c) => <CommentCard key={c.id} comment={c} integrationId={integrationId} />)
      )}
    </Stack>
  );
}
