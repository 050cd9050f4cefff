import { Anchor, Badge, Button, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconExternalLink } from '@tabler/icons-react';
import { useMemo } from 'react';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { articleAttachmentsApi } from '../../api/attachments';
import { exportApi } from '../../api/export';
import { formatDateTime } from '../../lib/format';
import { ExportHtmlButton } from '../export/ExportHtmlButton';
import { openLink } from '../../lib/openLink';
import { useArticleAttachments } from './articleAttachments';
import { AttachmentList, listedAttachments, localAttachmentPaths } from './AttachmentList';
import { LoadError } from './EmptyStates';
import { useArticle } from './queries';
import { RemoteImagesScope } from './RemoteImages';
import { SafeHtml } from './SafeHtml';

/** ArticlePage shows one synced Help Center article, its body sanitized, as the region "Article". */
export function ArticlePage() {
  const params = useParams();
  const integrationId = params.integrationId ?? '';
  const id = Number(params.articleId);
  const [search] = useSearchParams();
  const articleId = Number.isInteger(id) ? id : 0;
  const { data, error, isLoading } = useArticle(integrationId, articleId, search.get('locale') ?? '');
  // Its files, downloaded after sync: inline images show from the local copies, the rest are listed.
  const { data: files } = useArticleAttachments(integrationId, articleId);
  const localImages = useMemo(() => localAttachmentPaths(files ?? []), [files]);
  const listed = listedAttachments(files ?? []);

  return (
    <Stack gap="lg" maw={900}>
      <Anchor component={Link} to={`/help-center?integration=${encodeURIComponent(integrationId)}`} size="sm">
        <Group gap={4}>
          <IconArrowLeft size={14} /> Back to Help Center
        </Group>
      </Anchor>
      {isLoading && <Loader aria-label="Loading article" />}
      {error && <LoadError error={error} what="this article" />}
      {data && (
        <>
          <Stack gap={6}>
            <Text size="sm" c="dimmed">
              {[data.categoryName, data.sectionName].filter(Boolean).join(' › ')}
            </Text>
            <Title order={2}>{data.title}</Title>
            <Group gap="sm">
              {data.authorName && <Text size="sm">By {data.authorName}</Text>}
              <Text size="sm" c="dimmed">
                Updated {formatDateTime(data.updatedAt, '—')}
              </Text>
              {data.locale && <Badge size="sm" variant="outline" tt="none">{data.locale}</Badge>}
              {(data.labelNames ?? []).map((l) => (
                <Badge key={l} size="sm" variant="light" color="gray" tt="none">
                  {l}
                </Badge>
              ))}
              {data.htmlUrl && (
                <Button
                  size="xs"
                  variant="subtle"
                  rightSection={<IconExternalLink size={14} />}
                  onClick={() => openLink(data.htmlUrl)}
                >
                  Open in Zendesk
                </Button>
              )}
              <ExportHtmlButton what="the article" start={() => exportApi.articleHtml(integrationId, id, data.locale)} />
            </Group>
          </Stack>
          <RemoteImagesScope scope={`article:${integrationId}:${id}`}>
            <Paper component="section" aria-label="Article" withBorder p="lg" radius="md">
              <SafeHtml html={data.bodyHtml} baseUrl={data.htmlUrl || undefined} localAttachments={localImages} />
            </Paper>
            {listed.length > 0 && (
              <Paper component="section" aria-label="Article attachments" withBorder p="md" radius="md">
                <Text fw={600} size="sm">
                  Attachments
                </Text>
                <AttachmentList integrationId={integrationId} attachments={listed} actions={articleAttachmentsApi} />
              </Paper>
            )}
          </RemoteImagesScope>
        </>
      )}
    </Stack>
  );
}
