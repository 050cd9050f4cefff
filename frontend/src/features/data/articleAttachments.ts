import { useQuery, useQueryClient } from '@tanstack/react-query';
import { articleAttachmentsApi } from '../../api/attachments';
import { useEvent } from '../../api/events';
import { dataKeys } from './queries';

/**
 * useArticleAttachments loads a Help Center article's files and their download state. The
 * downloader reports finished downloads as tickets:changed (as for a ticket's), so it refetches
 * then; its key starts with 'data', so a finished sync refreshes it too.
 */
export function useArticleAttachments(integrationId: string, articleId: number) {
  const qc = useQueryClient();
  const key = [...dataKeys.article(integrationId, articleId), 'attachments'] as const;
  useEvent('tickets:changed', () => {
    void qc.invalidateQueries({ queryKey: key });
  });
  return useQuery({
    queryKey: key,
    queryFn: () => articleAttachmentsApi.list(integrationId, articleId),
    enabled: integrationId !== '' && articleId > 0,
  });
}
