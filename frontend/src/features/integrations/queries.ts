import { useDebouncedValue } from '@mantine/hooks';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEvent } from '../../api/events';
import {
  integrationsApi,
  type DomainCheck,
  type IntegrationDTO,
  type IntegrationInput,
} from '../../api/integrations';
import { checkDomain } from './domain';

export const integrationKeys = {
  all: ['integrations'] as const,
  list: () => [...integrationKeys.all, 'list'] as const,
  domain: (raw: string) => [...integrationKeys.all, 'checkDomain', raw] as const,
};

const time = (iso: string) => Date.parse(iso) || 0;

/** newestFirst orders integrations by creation time, newest at the top. */
export function newestFirst(list: IntegrationDTO[]): IntegrationDTO[] {
  return [...list].sort((a, b) => time(b.createdAt) - time(a.createdAt));
}

/** useIntegrations lists integrations newest first and refetches on integrations:changed. */
export function useIntegrations() {
  const qc = useQueryClient();
  useEvent('integrations:changed', () => {
    void qc.invalidateQueries({ queryKey: integrationKeys.list() });
  });
  return useQuery({
    queryKey: integrationKeys.list(),
    queryFn: integrationsApi.list,
    select: newestFirst,
  });
}

function useInvalidateList() {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: integrationKeys.list() });
}

export function useCreateIntegration() {
  const invalidate = useInvalidateList();
  return useMutation({
    mutationFn: (input: IntegrationInput) => integrationsApi.create(input),
    onSuccess: invalidate,
    meta: { errorTitle: 'The integration was not saved' },
  });
}

export function useUpdateIntegration() {
  const invalidate = useInvalidateList();
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: IntegrationInput }) =>
      integrationsApi.update(id, input),
    onSuccess: invalidate,
    meta: { errorTitle: 'The changes were not saved' },
  });
}

export function useDeleteIntegration() {
  const invalidate = useInvalidateList();
  return useMutation({
    mutationFn: ({ id, deleteLocalData }: { id: string; deleteLocalData: boolean }) =>
      integrationsApi.remove(id, deleteLocalData),
    onSuccess: invalidate,
    meta: { errorTitle: 'The integration was not deleted' },
  });
}

/**
 * useDomainCheck answers at once with the TypeScript rules, then with Go's CheckDomain (debounced)
 * once the admin pauses typing. Go's answer wins when it is for the text now in the field.
 */
export function useDomainCheck(raw: string): DomainCheck {
  const [debounced] = useDebouncedValue(raw, 350);
  const instant = checkDomain(raw);
  const server = useQuery({
    queryKey: integrationKeys.domain(debounced),
    queryFn: () => integrationsApi.checkDomain(debounced),
    enabled: debounced.trim() !== '',
    retry: false,
    staleTime: Infinity,
  });
  if (server.data && debounced === raw) return server.data;
  return instant;
}
