import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { integration } from '../../test/fixtures';
import { renderWithApp } from '../../test/render';
import { stubGo } from '../../test/wails';
import { checkDomain } from './domain';
import { IntegrationFormModal } from './IntegrationFormModal';
import { PendingCleanups } from './PendingCleanups';

const started = { authUrl: 'http://127.0.0.1:8089/acme/oauth', redirectUrl: '', browserOpened: true, browserMessage: '' };

describe('a new admin’s first hour', () => {
  it.each([
    ['the footer Cancel', 'cancel'],
    ['Escape', 'escape'],
  ])('closing the dialog with %s cancels the running sign-in', async (_, how) => {
    stubGo('IntegrationsAPI', { CheckDomain: async (raw: string) => checkDomain(raw), List: async () => [] });
    const connect = stubGo('ConnectAPI', { Start: () => started, Cancel: () => undefined });
    const i = integration({ status: 'not_connected' });
    const onClose = vi.fn();
    const { user } = renderWithApp(<IntegrationFormModal opened integration={i} onClose={onClose} />);
    await user.click(screen.getByRole('tab', { name: 'Authentication & configuration' }));
    await user.click(screen.getByRole('button', { name: 'Connect' }));
    await screen.findByLabelText('Sign-in link');
    if (how === 'cancel') {
      const buttons = screen.getAllByRole('button', { name: 'Cancel' });
      await user.click(buttons[buttons.length - 1]); // the footer's, after the sign-in's own
    } else {
      await user.keyboard('{Escape}');
    }
    await waitFor(() => expect(connect.Cancel).toHaveBeenCalledWith(i.id));
    expect(onClose).toHaveBeenCalled();
  });

  it('says next to the field when no Zendesk account answers at the domain', async () => {
    const api = stubGo('IntegrationsAPI', {
      List: async () => [],
      CheckDomain: async (raw: string) => checkDomain(raw),
      CheckAccount: async (raw: string) =>
        raw === 'demoo'
          ? { result: 'not_found', message: 'No Zendesk account at demoo.zendesk.com — check the spelling.' }
          : { result: 'found', message: 'Zendesk account found.' },
      Create: async () => integration(),
    });
    const { user } = renderWithApp(<IntegrationFormModal opened integration={null} onClose={vi.fn()} />);
    await user.type(screen.getByLabelText(/Integration name/), 'Acme');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.type(screen.getByLabelText(/Zendesk domain/), 'demoo');
    await user.tab(); // blur
    expect(await screen.findByText('No Zendesk account at demoo.zendesk.com — check the spelling.')).toBeInTheDocument();
    expect(api.CheckAccount).toHaveBeenCalledWith('demoo');
  });

  it('lists what deleted integrations left in Zendesk', async () => {
    stubGo('IntegrationsAPI', {
      PendingCleanups: async () => [
        { integrationId: 'x', name: 'Acme', host: 'acme.zendesk.com', what: 'webhook', attempts: 2, lastError: 'Zendesk cannot be reached (offline?).' },
      ],
    });
    renderWithApp(<PendingCleanups />);
    expect(await screen.findByText(/Pending clean-up in Zendesk: webhook of 'Acme' on acme.zendesk.com — will retry./)).toBeInTheDocument();
  });
});
