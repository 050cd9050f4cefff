import { Button, Group, Stack, Text } from '@mantine/core';
import { IconExternalLink, IconDownload, IconPaperclip } from '@tabler/icons-react';
import { attachmentsApi, LOCAL_ATTACHMENTS, type Attachment } from '../../api/attachments';
import { formatSize } from '../../lib/format';
import { notifyError, notifySuccess } from '../../lib/notify';
import { attachmentToken } from './sanitize';

/** attachmentStateText says why an attachment cannot be opened yet, or null when it can. */
export function attachmentStateText(a: Attachment): string | null {
  switch (a.state) {
    case 'downloaded':
      return null;
    case 'too_large':
      return a.reason || 'Larger than the per-file limit';
    case 'failed':
      return `Could not be downloaded: ${a.reason || 'unknown error'}`;
    default:
      return 'Not downloaded yet';
  }
}

/** localAttachmentPaths maps each downloaded attachment's token to its local copy's path. */
export function localAttachmentPaths(attachments: Attachment[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const a of attachments) {
    const token = attachmentToken(a.contentUrl);
    if (a.state === 'downloaded' && token && /^[0-9a-f]{64}$/.test(a.sha256)) out[token] = LOCAL_ATTACHMENTS + a.sha256;
  }
  return out;
}

/** AttachmentActions opens and saves local copies (a ticket's by default; articleAttachmentsApi for an article's). */
export interface AttachmentActions {
  open: (integrationId: string, id: number) => Promise<void>;
  saveAs: (integrationId: string, id: number) => Promise<string>;
}

interface RowProps {
  integrationId: string;
  attachment: Attachment;
  actions: AttachmentActions;
}

function AttachmentRow({ integrationId, attachment: a, actions }: RowProps) {
  const why = attachmentStateText(a);
  const open = () => actions.open(integrationId, a.id).catch((err) => notifyError(err, 'Could not open the attachment'));
  const save = () =>
    actions
      .saveAs(integrationId, a.id)
      .then((path) => path && notifySuccess(`Saved to ${path}`, 'Attachment saved'))
      .catch((err) => notifyError(err, 'Could not save the attachment'));
  return (
    <Group component="li" justify="space-between" wrap="nowrap" gap="sm" aria-label={a.fileName}>
      <Group gap={6} wrap="nowrap" style={{ minWidth: 0 }}>
        <IconPaperclip size={14} aria-hidden />
        <Text size="sm" truncate>
          {a.fileName}
        </Text>
        <Text size="xs" c="dimmed">
          {formatSize(a.size)}
        </Text>
      </Group>
      {why ? (
        <Text size="xs" c="dimmed">
          {why}
        </Text>
      ) : (
        <Group gap={4} wrap="nowrap">
          <Button size="compact-xs" variant="subtle" leftSection={<IconExternalLink size={12} />} onClick={open}>
            Open
          </Button>
          <Button size="compact-xs" variant="subtle" leftSection={<IconDownload size={12} />} onClick={save}>
            Save as…
          </Button>
        </Group>
      )}
    </Group>
  );
}

/** listedAttachments are the files a list shows: all but the downloaded inline images (the text shows those). */
export function listedAttachments(attachments: Attachment[]): Attachment[] {
  return attachments.filter((a) => !a.inline || a.state !== 'downloaded');
}

/** AttachmentList lists a comment's or an article's files (inline images show in the text instead). */
export function AttachmentList({
  integrationId,
  attachments,
  actions = attachmentsApi,
}: {
  integrationId: string;
  attachments: Attachment[];
  actions?: AttachmentActions;
}) {
  const listed = listedAttachments(attachments);
  if (listed.length === 0) return null;
  return (
    <Stack component="ul" aria-label="Attachments" gap={4} mt="sm" p={0} style={{ listStyle: 'none' }}>
      {listed.map((a) => (
        <AttachmentRow key={a.id} integrationId={integrationId} attachment={a} actions={actions} />
      ))}
    </Stack>
  );
}
