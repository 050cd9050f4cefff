import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef } from 'react';
import { useEvent } from '../../api/events';
import { dataApi, type DirectoryQuery } from '../../api/data';
import { useIntegrations } from '../integrations/queries';
import type { TicketFilterState } from './ticketQuery';

// Query keys and hooks of the data screens. Every key starts with 'data', so a finished sync
// refreshes all of them with one invalidation.

export const dataKeys = {
  all: ['data'] as const,
  tickets: (f: TicketFilterState) => [...dataKeys.all, 'tickets', f] as const,
  ticketsAll: () => [...dataKeys.all, 'tickets'] as const,
  ticket: (integrationId: string, id: number) => [...dataKeys.all, 'ticket', integrationId, id] as const,
  ticketFilters: (integrationId: string) => [...dataKeys.all, 'ticketFilters', integrationId] as const,
  users: (q: Pick<DirectoryQuery, 'integrationId' | 'search'>) => [...dataKeys.all, 'users', q] as const,
  organizations: (q: Pick<DirectoryQuery, 'integrationId' | 'search'>) =>
    [...dataKeys.all, 'organizations', q] as const,
  personFields: (kind: PersonKind, integrationId: string, id: number) =>
    [...dataKeys.all, 'personFields', kind, integrationId, id] as const,
  helpCenter: (integrationId: string) => [...dataKeys.all, 'helpCenter', integrationId] as const,
  article: (integrationId: string, id: number) => [...dataKeys.all, 'article', integrationId, id] as const,
};

/**
 * useIntegrationList is every configured integration, newest first, for the pickers: the
 * Integrations screen's own query (its cache entry and its refetch on integrations:changed),
 * not a copy of its key.
 */
export const useIntegrationList = useIntegrations;

/** PROGRESS_REFRESH_MS is how often a running sync refreshes the screen showing its data. */
export const PROGRESS_REFRESH_MS = 4000;

/**
 * useRefreshOnDataEvents refetches the data screens when Go says local data changed: a running
 * sync every PROGRESS_REFRESH_MS at most (records appear while the first sync runs), a finished
 * sync everything, a webhook-driven ticket change the ticket queries.
 */
export function useRefreshOnDataEvents() {
  const qc = useQueryClient();
  const lastRefresh = useRef(0);
  useEvent('sync:progress', () => {
    const now = Date.now();
    if (now - lastRefresh.current < PROGRESS_REFRESH_MS) return;
    lastRefresh.current = now;
    void qc.invalidateQueries({ queryKey: dataKeys.all });
  });
  useEvent('sync:finished', () => {
    void qc.invalidateQueries({ queryKey: dataKeys.all });
  });
  useEvent('tickets:changed', () => {
    void qc.invalidateQueries({ queryKey: dataKeys.ticketsAll() });
    void qc.invalidateQueries({ queryKey: [...dataKeys.all, 'ticketFilters'] });
  });
}

/** PersonKind says whose custom fields: a user's or an organization's. */
export type PersonKind = 'user' | 'organization';

/** usePersonFields loads one user's or organization's custom field values, by title. */
export function usePersonFields(kind: PersonKind, integrationId: string, id: number) {
  return useQuery({
    queryKey: dataKeys.personFields(kind, integrationId, id),
    queryFn: () =>
      kind === 'user' ? dataApi.userFields(integrationId, id) : dataApi.organizationFields(integrationId, id),
  });
}

export function useTicketFilterOptions(integrationId: string) {
  return useQuery({
    queryKey: dataKeys.ticketFilters(integrationId),
    queryFn: () => dataApi.ticketFilters(integrationId),
    staleTime: 60_000,
  });
}

/** useTicket loads one ticket with its conversation and refetches it when its integration's tickets change. */
export function useTicket(integrationId: string, id: number) {
  const qc = useQueryClient();
  useEvent('tickets:changed', (p) => {
    if (!p?.integrationId || p.integrationId === integrationId) {
      void qc.invalidateQueries({ queryKey: dataKeys.ticket(integrationId, id) });
    }
  });
  return useQuery({
    queryKey: dataKeys.ticket(integrationId, id),
    queryFn: () => dataApi.ticket(integrationId, id),
    enabled: integrationId !== '' && id > 0,
  });
}

export function useHelpCenter(integrationId: string) {
  return useQuery({
    queryKey: dataKeys.helpCenter(integrationId),
    queryFn: () => dataApi.helpCenter(integrationId),
    enabled: integrationId !== '',
  });
}

export function useArticle(integrationId: string, id: number, locale = '') {
  return useQuery({
    queryKey: [...dataKeys.article(integrationId, id), locale],
    queryFn: () => dataApi.article(integrationId, id, locale),
    enabled: integrationId !== '' && id > 0,
  });
}
