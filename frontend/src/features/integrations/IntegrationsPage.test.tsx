import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { IntegrationDTO } from '../../api/integrations';
import { integration } from '../../test/fixtures';
import { renderWithApp } from '../../test/render';
import { emitEvent, stubGo } from '../../test/wails';
import { IntegrationsPage } from './IntegrationsPage';

function stubList(list: IntegrationDTO[]) {
  let current = list;
  const api = stubGo('IntegrationsAPI', {
    List: async () => current,
    CheckDomain: async () => ({ ok: true, domain: 'acme', host: 'acme.zendesk.com', message: '' }),
  });
  return { api, set: (next: IntegrationDTO[]) => (current = next) };
}

// Fixed creation dates are safe: they only order the list and are formatted, never compared with today.
const older = integration({ id: 'a', name: 'Older', createdAt: '2026-11-01T00:00:00Z', webhookState: 'no_base_url' });
const newer = integration({
  id: 'b',
  name: 'Newer',
  domain: 'beta',
  capability: 'content_management',
  status: 'token_expired',
  createdAt: '2026-11-10T00:00:00Z',
  webhookState: 'no_base_url',
});

describe('Integrations page', () => {
  it('lists integrations newest first with capability, domain, status and webhook state', async () => {
    stubList([older, newer]);
    renderWithApp(<IntegrationsPage />);
    expect(screen.getByRole('heading', { name: 'Integrations' })).toBeInTheDocument();
    const rows = await screen.findAllByRole('row', { name: /Older|Newer/ });
    expect(rows.map((r) => r.getAttribute('aria-label'))).toEqual(['Newer', 'Older']);
    const top = within(rows[0]);
    expect(top.getByText('Content Management')).toBeInTheDocument();
    expect(top.getByText('beta.zendesk.com')).toBeInTheDocument();
    expect(top.getByText('Token expired')).toBeInTheDocument();
    // Content Management reads the Help Center only: no webhook, nothing to verify.
    expect(top.getByText('Not used')).toBeInTheDocument();
    expect(top.queryByRole('button', { name: 'Verify webhook' })).toBeNull();
    expect(within(rows[1]).getByText('Webhooks off — polling only')).toBeInTheDocument();
    expect(within(rows[1]).getByText('Not connected')).toBeInTheDocument();
    expect(within(rows[1]).getByText('Never')).toBeInTheDocument();
    for (const name of ['Edit', 'Delete']) {
      expect(top.getByRole('button', { name })).toBeInTheDocument();
    }
  });

  it('keeps every row’s actions in the same six slots, webhook or not', async () => {
    stubList([older, newer]);
    renderWithApp(<IntegrationsPage />);
    const rows = await screen.findAllByRole('row', { name: /Older|Newer/ });
    const slots = rows.map((r) => {
      const group = within(r).getByRole('button', { name: 'Edit' }).parentElement!;
      return Array.from(group.children).map((c) => c.getAttribute('aria-label') ?? c.getAttribute('data-testid') ?? '?');
    });
    expect(slots[0]).toHaveLength(6);
    expect(slots[1]).toHaveLength(6);
    // Edit and Delete stand in the same slots in both rows.
    expect(slots[0].indexOf('Edit')).toBe(slots[1].indexOf('Edit'));
    expect(slots[0]).toContain('action-slot');
  });

  it('shows the last successful sync apart from a failed last attempt', async () => {
    stubList([
      integration({
        id: 'c',
        name: 'Failing',
        status: 'connected',
        lastSyncAt: '2026-11-20T08:00:00Z',
        lastAttemptAt: '2026-11-21T09:30:00Z',
        lastError: 'Zendesk cannot be reached (offline?).',
      }),
    ]);
    renderWithApp(<IntegrationsPage />);
    const row = await screen.findByRole('row', { name: 'Failing' });
    expect(screen.getByRole('columnheader', { name: 'Last successful sync' })).toBeInTheDocument();
    expect(within(row).getByText(/Last attempt failed · .*2026/)).toHaveAttribute('title', 'Zendesk cannot be reached (offline?).');
    expect(within(row).queryByText('Never')).toBeNull();
  });

  it('refetches when Go says integrations changed', async () => {
    const { api, set } = stubList([older]);
    renderWithApp(<IntegrationsPage />);
    await screen.findByRole('row', { name: 'Older' });
    set([older, newer]);
    emitEvent('integrations:changed', { id: 'b' });
    expect(await screen.findByRole('row', { name: 'Newer' })).toBeInTheDocument();
    expect(api.List).toHaveBeenCalledTimes(2);
  });

  it('shows an empty state that opens the catalog', async () => {
    stubList([]);
    const { user } = renderWithApp(<IntegrationsPage />);
    expect(await screen.findByText('No integrations yet')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '+ Add Integration' }));
    expect(await screen.findByRole('dialog', { name: 'Add Integration' })).toBeInTheDocument();
  });

  it('says when the list cannot be loaded', async () => {
    stubGo('IntegrationsAPI', {
      List: async () => {
        throw JSON.stringify({ code: 'internal', message: 'database is locked' });
      },
    });
    renderWithApp(<IntegrationsPage />);
    expect(await screen.findByText('The integrations could not be loaded')).toBeInTheDocument();
    expect(screen.getByText('database is locked')).toBeInTheDocument();
  });
});

describe('catalog', () => {
  it('finds Zendesk by search, shows others as coming soon, and opens the setup', async () => {
    stubList([older]);
    const { user } = renderWithApp(<IntegrationsPage />);
    await user.click(await screen.findByRole('button', { name: '+ Add Integration' }));
    const catalog = await screen.findByRole('dialog', { name: 'Add Integration' });
    expect(within(catalog).getByRole('button', { name: 'Freshdesk (coming soon)' })).toBeDisabled();

    const search = within(catalog).getByLabelText('Search integrations');
    await user.type(search, 'nothing-like-this');
    expect(within(catalog).getByText('No integration matches “nothing-like-this”.')).toBeInTheDocument();

    await user.clear(search);
    await user.type(search, 'ZenDesk');
    expect(within(catalog).queryByRole('button', { name: /Freshdesk/ })).not.toBeInTheDocument();
    await user.click(within(catalog).getByRole('button', { name: 'Zendesk' }));

    const setup = await screen.findByRole('dialog', { name: 'Set up Zendesk' });
    expect(within(setup).getByRole('tab', { name: 'Basic' })).toBeInTheDocument();
    expect(within(setup).getByLabelText(/Integration name/)).toBeInTheDocument();
  });
});

describe('delete confirmation', () => {
  it('says what is removed and keeps local data unless asked', async () => {
    stubList([older]);
    const del = stubGo('IntegrationsAPI', { Delete: async () => undefined });
    const { user } = renderWithApp(<IntegrationsPage />);
    const row = await screen.findByRole('row', { name: 'Older' });
    await user.click(within(row).getByRole('button', { name: 'Delete' }));

    const dialog = await screen.findByRole('dialog', { name: 'Delete Older?' });
    expect(within(dialog).getByText(/webhook Zensync created in Zendesk/)).toBeInTheDocument();
    expect(within(dialog).getByText(/tokens .* in the keyring/)).toBeInTheDocument();
    const localData = within(dialog).getByRole('checkbox', { name: 'Also delete the local data' });
    expect(localData).not.toBeChecked();

    await user.click(within(dialog).getByRole('button', { name: 'Delete integration' }));
    await waitFor(() => expect(del.Delete).toHaveBeenCalledWith('a', false));
  });

  it('deletes the local data too when the box is ticked', async () => {
    stubList([older]);
    const del = stubGo('IntegrationsAPI', { Delete: async () => undefined });
    const { user } = renderWithApp(<IntegrationsPage />);
    await user.click(within(await screen.findByRole('row', { name: 'Older' })).getByRole('button', { name: 'Delete' }));
    await user.click(await screen.findByRole('checkbox', { name: 'Also delete the local data' }));
    await user.click(screen.getByRole('button', { name: 'Delete integration' }));
    await waitFor(() => expect(del.Delete).toHaveBeenCalledWith('a', true));
  });

  it('stays open and says why when Delete fails', async () => {
    stubList([older]);
    stubGo('IntegrationsAPI', {
      Delete: async () => {
        throw JSON.stringify({ code: 'keyring_unavailable', message: 'The keyring is locked.' });
      },
    });
    const { user } = renderWithApp(<IntegrationsPage />);
    await user.click(within(await screen.findByRole('row', { name: 'Older' })).getByRole('button', { name: 'Delete' }));
    await user.click(await screen.findByRole('button', { name: 'Delete integration' }));
    expect(await screen.findByText('The keyring is locked.')).toBeInTheDocument();
    expect(screen.getByRole('dialog', { name: 'Delete Older?' })).toBeInTheDocument();
  });
});
