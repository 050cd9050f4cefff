import { Accordion, Anchor, Badge, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import type { HelpCenterCategory } from '../../api/data';
import type { IntegrationDTO } from '../../api/integrations';
import { exportApi } from '../../api/export';
import { ExportHtmlButton } from '../export/ExportHtmlButton';
import { LoadError, NoContentIntegration, NoMatch, NothingSynced } from './EmptyStates';
import { articleCount, filterTree } from './helpCenterTree';
import { pickable } from './IntegrationPicker';
import { countOf } from './labels';
import { ListToolbar } from './ListToolbar';
import { useHelpCenter, useIntegrationList, useRefreshOnDataEvents } from './queries';

function CategoryTree({ integrationId, categories }: { integrationId: string; categories: HelpCenterCategory[] }) {
  return (
    <Accordion multiple defaultValue={categories.map((c) => String(c.id))} variant="separated">
      {categories.map((c) => (
        <Accordion.Item key={c.id} value={String(c.id)}>
          <Accordion.Control>
            <Text fw={600}>{c.name}</Text>
            {c.description && (
              <Text size="sm" c="dimmed">
                {c.description}
              </Text>
            )}
          </Accordion.Control>
          <Accordion.Panel>
            <Stack gap="md">
              {(c.sections ?? []).map((s) => (
                <nav key={s.id} aria-label={s.name}>
                  <Group gap="xs" mb={4}>
                    <Text fw={600} size="sm">
                      {s.name}
                    </Text>
                    <ExportHtmlButton
                      what={`section ${s.name}`}
                      label="Export section HTML"
                      start={() => exportApi.sectionHtml(integrationId, s.id)}
                    />
                  </Group>
                  <Stack gap={2} pl="sm">
                    {(s.articles ?? []).map((a) => (
                      <Group key={`${a.id}-${a.locale}`} gap="xs">
                        <Anchor
                          component={Link}
                          to={`/help-center/${encodeURIComponent(integrationId)}/${a.id}?locale=${encodeURIComponent(a.locale)}`}
                          size="sm"
                        >
                          {a.title}
                        </Anchor>
                        {a.draft && <Badge size="xs" color="gray">Draft</Badge>}
                        <Text size="xs" c="dimmed">
                          {a.locale}
                        </Text>
                      </Group>
                    ))}
                    {(s.articles ?? []).length === 0 && (
                      <Text size="sm" c="dimmed">
                        No articles
                      </Text>
                    )}
                  </Stack>
                </nav>
              ))}
            </Stack>
          </Accordion.Panel>
        </Accordion.Item>
      ))}
    </Accordion>
  );
}

/**
 * firstWithArticles is the integration the page opens on: the first with synced articles, else
 * the first connected one, else the first (a new, empty integration listed first must not hide
 * the Help Center another one has synced).
 */
export function firstWithArticles(candidates: IntegrationDTO[]): IntegrationDTO | undefined {
  return (
    candidates.find((i) => (i.counts?.articles ?? 0) > 0) ??
    candidates.find((i) => i.status === 'connected') ??
    candidates[0]
  );
}

/**
 * HelpCenterPage browses synced Help Center content: categories → sections → articles, of the
 * Content Management integrations only (the others bring no articles; without one the page says
 * which capability to add). An article is listed once per locale it was synced in.
 */
export function HelpCenterPage() {
  const [params, setParams] = useSearchParams();
  const integrations = useIntegrationList();
  const contentOnes = pickable(integrations.data, ['content_management']);
  const candidates = contentOnes;
  const integrationId = params.get('integration') ?? '';
  const [text, setText] = useState('');
  useRefreshOnDataEvents();

  useEffect(() => {
    const first = integrationId ? undefined : firstWithArticles(candidates);
    if (first) {
      setParams({ integration: first.id }, { replace: true });
    }
  }, [integrationId, candidates, setParams]);

  const tree = useHelpCenter(integrationId);
  const categories = filterTree(tree.data, text);
  const total = articleCount(tree.data?.categories ?? []);

  let body;
  if (integrations.data && contentOnes.length === 0) body = <NoContentIntegration />;
  else if (tree.error) body = <LoadError error={tree.error} what="the Help Center" />;
  else if (tree.isLoading || !integrationId) body = <Loader aria-label="Loading Help Center" />;
  else if ((tree.data?.categories ?? []).length === 0) body = <NothingSynced />;
  else if (categories.length === 0) body = <NoMatch what="articles" />;
  else body = <CategoryTree integrationId={integrationId} categories={categories} />;

  return (
    <Stack gap="md" maw={1000}>
      <Group justify="space-between" align="baseline">
        <Title order={2}>Help Center</Title>
        {tree.data && (
          <Text c="dimmed" size="sm">
            {countOf(total, 'article', 'articles')}
          </Text>
        )}
      </Group>
      {contentOnes.length > 0 && (
        <ListToolbar
          picker={{
            value: integrationId,
            onChange: (id) => setParams({ integration: id }, { replace: true }),
            allowAll: false,
            capabilities: ['content_management'],
          }}
          searchLabel="Filter articles"
          placeholder="Words in titles"
          text={text}
          onText={setText}
        />
      )}
      {body}
    </Stack>
  );
}
