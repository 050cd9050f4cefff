import { Drawer, Group, Stack, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import type { DirectoryQuery, Page } from '../../api/data';
import { ListBody } from './EmptyStates';
import { countOf } from './labels';
import { ListToolbar } from './ListToolbar';
import { PersonDetails, type PersonDetailsProps } from './PersonDetails';
import { dataKeys, type PersonKind, useIntegrationList, useRefreshOnDataEvents } from './queries';
import { SEARCH_DEBOUNCE_MS } from './TicketFiltersBar';
import { useListTotal } from './useRowWindows';
import type { Column } from './VirtualTable';
import { WindowedTable } from './WindowedTable';

type DirectoryKind = 'users' | 'organizations';

/** PERSON is whose details a row of each directory opens. */
const PERSON: Record<DirectoryKind, PersonKind> = { users: 'user', organizations: 'organization' };

/** DirectoryRow is what a row needs to open its details: its integration and its id. */
interface DirectoryRow {
  integrationId: string;
  id: number;
}

export interface DirectoryPageProps<Row extends DirectoryRow> {
  kind: DirectoryKind;
  title: string;
  one: string;
  many: string;
  columns: Column<Row>[];
  fetch: (q: DirectoryQuery) => Promise<Page<Row>>;
  /**
   * detail is the side panel a clicked row (or Enter on it) opens: its title, and the row's facts
   * above its custom fields.
   */
  detail: { title: (row: Row) => string; facts: (row: Row) => PersonDetailsProps['facts'] };
}

/** DirectoryPage is a searchable, virtualized list of users or organizations from the local database. */
export function DirectoryPage<Row extends DirectoryRow>({ kind, title, one, many, columns, fetch, detail }: DirectoryPageProps<Row>) {
  const [integrationId, setIntegrationId] = useState('');
  const [opened, setOpened] = useState<Row | null>(null);
  const [text, setText] = useState('');
  const [search] = useDebouncedValue(text.trim(), SEARCH_DEBOUNCE_MS);
  useRefreshOnDataEvents();
  const integrations = useIntegrationList();

  const key = dataKeys[kind]({ integrationId, search });
  const fetchWindow = (offset: number, limit: number) => fetch({ integrationId, search, offset, limit });
  const list = useListTotal(key, fetchWindow);

  const total = list.total ?? 0;

  return (
    <Stack gap="md">
      <Group justify="space-between" align="baseline">
        <Title order={2}>{title}</Title>
        <Text c="dimmed" size="sm" aria-live="polite">
          {list.total === undefined ? 'Counting…' : countOf(total, one, many)}
        </Text>
      </Group>
      <ListToolbar
        picker={{ value: integrationId, onChange: setIntegrationId }}
        searchLabel={`Search ${many}`}
        placeholder="Name, email, domain…"
        text={text}
        onText={setText}
      />
      <ListBody
        error={list.error}
        total={list.total}
        noIntegrations={integrations.data?.length === 0}
        filtered={search !== ''}
        what={many}
      >
        <WindowedTable
          label={title}
          columns={columns}
          total={total}
          queryKey={key}
          fetchWindow={fetchWindow}
          onOpen={setOpened}
        />
      </ListBody>
      <Drawer
        opened={opened !== null}
        onClose={() => setOpened(null)}
        position="right"
        size="md"
        title={opened !== null ? detail.title(opened) : ''}
      >
        {opened !== null && (
          <PersonDetails
            kind={PERSON[kind]}
            integrationId={opened.integrationId}
            id={opened.id}
            facts={detail.facts(opened)}
          />
        )}
      </Drawer>
    </Stack>
  );
}
