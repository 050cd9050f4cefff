import { Group, Stack, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useCallback } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { dataApi, type TicketRow } from '../../api/data';
import { ExportMenu } from '../export/ExportMenu';
import { ListBody } from './EmptyStates';
import { searchErrorOf } from './SearchHelp';
import { countOf } from './labels';
import { dataKeys, useIntegrationList, useRefreshOnDataEvents } from './queries';
import { ticketColumns, ticketRowStyle } from './ticketColumns';
import { SEARCH_DEBOUNCE_MS, TicketFiltersBar } from './TicketFiltersBar';
import {
  buildTicketQuery,
  filtersFromParams,
  isFiltered,
  paramsFromFilters,
  type TicketFilterState,
} from './ticketQuery';
import { useListTotal } from './useRowWindows';
import { WindowedTable } from './WindowedTable';

/** TicketsPage is the offline ticket list: filters and search in the URL, rows from the local database. */
export function TicketsPage() {
  const [params, setParams] = useSearchParams();
  const filters = filtersFromParams(params);
  const navigate = useNavigate();
  useRefreshOnDataEvents();
  const integrations = useIntegrationList();

  // The search runs once typing pauses; the other filters apply at once.
  const [search] = useDebouncedValue(filters.search, SEARCH_DEBOUNCE_MS);
  const applied = { ...filters, search };
  const key = dataKeys.tickets(applied);
  const fetchWindow = (offset: number, limit: number) =>
    dataApi.tickets(buildTicketQuery(applied, offset, limit));
  const list = useListTotal(key, fetchWindow);

  const onChange = (change: Partial<TicketFilterState>) =>
    setParams(paramsFromFilters({ ...filters, ...change }), { replace: true });
  const onOpen = useCallback(
    (t: TicketRow) => navigate(`/tickets/${encodeURIComponent(t.integrationId)}/${t.id}`, { state: { fromList: true } }),
    [navigate],
  );

  const noIntegrations = integrations.data !== undefined && integrations.data.length === 0;
  const total = list.total ?? 0;
  const searchError = searchErrorOf(list.error);

  return (
    <Stack gap="md">
      <Group justify="space-between" align="baseline">
        <Title order={2}>Tickets</Title>
        <Group gap="sm" align="baseline">
          <Text c="dimmed" size="sm" aria-live="polite" data-testid="ticket-count">
            {searchError ? '' : list.total === undefined ? 'Counting…' : countOf(total, 'ticket', 'tickets')}
            {list.isStale ? ' (updating…)' : ''}
          </Text>
          <ExportMenu query={buildTicketQuery(applied, 0, 1)} disabled={!list.total || Boolean(searchError)} />
        </Group>
      </Group>
      <TicketFiltersBar filters={filters} onChange={onChange} searchError={searchError} />
      {/* A search error is said under the search box, in place of the list. */}
      {!searchError && (
        <ListBody
          error={list.error}
          total={list.total}
          noIntegrations={noIntegrations}
          filtered={isFiltered(applied)}
          what="tickets"
        >
          <WindowedTable
            label="Tickets"
            columns={ticketColumns}
            total={total}
            queryKey={key}
            fetchWindow={fetchWindow}
            onOpen={onOpen}
            rowStyle={ticketRowStyle}
          />
        </ListBody>
      )}
    </Stack>
  );
}
