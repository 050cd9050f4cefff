import { useDebouncedValue } from '@mantine/hooks';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEvent } from '../../api/events';
import {
  integrationsApi,
  type AccountCheck,
  type DomainCheck,
  type IntegrationDTO,
  type IntegrationInput,
} from '../../api/integrations';
import { checkDomain } from './domain';

export const integrationKeys = {
  all: ['integrations'] as const,
  list: () => [...integrationKeys.all, 'list'] as const,
  domain: (raw: string) => [...integrationKeys.all, 'checkDomain', raw] as const,
  account: (raw: string) => [...integrationKeys.all, 'checkAccount', raw] as const,
  cleanups: () => [...integrationKeys.all, 'pendingCleanups'] as const,
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

/**
 * useIntegrationMutation changes integrations through Go; on success it refetches the list and the
 * pending clean-ups; a failure is notified under errorTitle.
 */
function useIntegrationMutation<V, R>(mutationFn: (variables: V) => Promise<R>, errorTitle: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () =>
      Promise.all([
        qc.invalidateQueries({ queryKey: integrationKeys.list() }),
        qc.invalidateQueries({ queryKey: integrationKeys.cleanups() }),
      ]),
    meta: { errorTitle },
  });
}

/**
 * usePendingCleanups lists what deleted integrations left in Zendesk (a webhook, a token grant)
 * while Zendesk could not be reached; Go retries them and says integrations:changed when one is done.
 */
export function usePendingCleanups() {
  const qc = useQueryClient();
  useEvent('integrations:changed', () => {
    void qc.invalidateQueries({ queryKey: integrationKeys.cleanups() });
  });
  return useQuery({ queryKey: integrationKeys.cleanups(), queryFn: integrationsApi.pendingCleanups });
}

export function useCreateIntegration() {
  return useIntegrationMutation((input: IntegrationInput) => integrationsApi.create(input), 'The integration was not saved');
}

export function useUpdateIntegration() {
  return useIntegrationMutation(
    ({ id, input }: { id: string; input: IntegrationInput }) => integrationsApi.update(id, input),
    'The changes were not saved',
  );
}

export function useDeleteIntegration() {
  return useIntegrationMutation(
    ({ id, deleteLocalData }: { id: string; deleteLocalData: boolean }) => integrationsApi.remove(id, deleteLocalData),
    'The integration was not deleted',
  );
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

/**
 * useAccountCheck asks Go whether a Zendesk account answers at raw (checked when the domain field
 * loses focus, and again by Save and Connect in Go). Nothing is asked for an empty raw.
 */
export function useAccountCheck(raw: string) {
  return useQuery<AccountCheck>({
    queryKey: integrationKeys.account(raw),
    queryFn: () => integrationsApi.checkAccount(raw),
    enabled: raw.trim() !== '',
    retry: false,
    staleTime: 60_000,
  });
}
