import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { IntegrationDTO } from '../../api/integrations';
import { integration } from '../../test/fixtures';
import { renderWithApp } from '../../test/render';
import { emitEvent, goError, stubGo } from '../../test/wails';
import { ConnectSection } from './ConnectSection';

const authUrl =
  'http://127.0.0.1:8089/acme/oauth/authorizations/new?client_id=zensync_desktop&state=abc';
const started = { authUrl, redirectUrl: 'http://127.0.0.1:47600/oauth/callback', browserOpened: true, browserMessage: '' };

/**
 * startSignIn renders the section for i, clicks its sign-in button and waits for the link
 * (ConnectAPI stubbed first).
 */
async function startSignIn(i: IntegrationDTO, mode: 'setup' | 'edit' = 'setup', button = 'Connect') {
  const result = renderWithApp(<ConnectSection integration={i} mode={mode} />);
  await result.user.click(screen.getByRole('button', { name: button }));
  await screen.findByLabelText('Sign-in link');
  return result;
}

describe('ConnectSection', () => {
  it('connects: shows the link to copy while waiting, then the confirmation', async () => {
    const api = stubGo('ConnectAPI', { Start: () => started, Cancel: () => undefined });
    const i = integration();
    const { user } = renderWithApp(<ConnectSection integration={i} mode="setup" />);

    await user.click(screen.getByRole('button', { name: 'Connect' }));
    expect(api.Start).toHaveBeenCalledWith(i.id);
    expect(await screen.findByLabelText('Sign-in link')).toHaveValue(authUrl);
    expect(screen.getByRole('button', { name: 'Copy' })).toBeInTheDocument();
    expect(screen.getByText('Waiting for Zendesk')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Connect' })).toBeDisabled();

    act(() => emitEvent('oauth:finished', { integrationId: i.id, ok: true, message: 'Connected to acme.zendesk.com.' }));
    expect(await screen.findByText('Connected to acme.zendesk.com')).toBeInTheDocument();
    expect(screen.queryByLabelText('Sign-in link')).not.toBeInTheDocument();
  });

  it('says when no browser could be opened, with the link and Copy first', async () => {
    stubGo('ConnectAPI', {
      Start: () => ({
        ...started,
        browserOpened: false,
        browserMessage: 'Zensync could not open a browser — copy this link into one.',
      }),
    });
    const { user } = renderWithApp(<ConnectSection integration={integration()} mode="setup" />);
    await user.click(screen.getByRole('button', { name: 'Connect' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Zensync could not open a browser — copy this link into one.');
    expect(alert).not.toHaveTextContent('in the browser window that opened');
    expect(screen.getByLabelText('Sign-in link')).toHaveValue(authUrl);
    // The link and Copy come before the instructions.
    const copy = screen.getByRole('button', { name: 'Copy' });
    const then = screen.getByText(/Then sign in to Zendesk there/);
    expect(copy.compareDocumentPosition(then) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('shows the first sync estimate once a Helpdesk integration is connected', async () => {
    stubGo('ConnectAPI', {
      Start: () => started,
      SyncEstimate: () => ({ tickets: 5000, minutes: 1, message: "5,000 tickets in Zendesk: about 1 minute at Zendesk's export limit." }),
    });
    const i = integration({ capability: 'helpdesk' });
    await startSignIn(i);
    act(() => emitEvent('oauth:finished', { integrationId: i.id, ok: true, message: '' }));
    expect(await screen.findByText(/5,000 tickets in Zendesk: about 1 minute/)).toBeInTheDocument();
  });

  it('says "Token re-generated" when a connected integration signs in again', async () => {
    stubGo('ConnectAPI', { Start: () => started });
    const i = integration({ status: 'token_expired' });
    await startSignIn(i, 'edit', 'Re-generate Token');
    act(() => emitEvent('oauth:finished', { integrationId: i.id, ok: true, message: 'Token re-generated for acme.zendesk.com.' }));
    expect(await screen.findByText('Token re-generated')).toBeInTheDocument();
  });

  it('disconnects a connected integration and says what stays', async () => {
    const api = stubGo('ConnectAPI', { Disconnect: () => undefined });
    const i = integration({ status: 'connected' });
    const { user } = renderWithApp(<ConnectSection integration={i} mode="edit" />);
    await user.click(screen.getByRole('button', { name: 'Disconnect' }));
    expect(api.Disconnect).toHaveBeenCalledWith(i.id);
    expect(await screen.findByText('Disconnected from acme.zendesk.com')).toBeInTheDocument();
    expect(screen.getByText(/the synced data stays/)).toBeInTheDocument();
  });

  it('offers no Disconnect before the first sign-in', () => {
    stubGo('ConnectAPI', {});
    renderWithApp(<ConnectSection integration={integration({ status: 'not_connected' })} mode="edit" />);
    expect(screen.queryByRole('button', { name: 'Disconnect' })).toBeNull();
  });

  it('shows a failure in words and lets the admin try again', async () => {
    stubGo('ConnectAPI', { Start: () => started });
    const i = integration();
    await startSignIn(i);
    act(() =>
      emitEvent('oauth:finished', {
        integrationId: i.id,
        ok: false,
        message: 'Sign-in was denied: Allow was not clicked in Zendesk.',
      }),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent('Sign-in was denied: Allow was not clicked in Zendesk.');
    expect(screen.getByRole('button', { name: 'Connect' })).toBeEnabled();
  });

  it('ignores the outcome of another integration', async () => {
    stubGo('ConnectAPI', { Start: () => started });
    const i = integration();
    await startSignIn(i);
    act(() => emitEvent('oauth:finished', { integrationId: 'someone-else', ok: true, message: 'x' }));
    expect(screen.getByLabelText('Sign-in link')).toBeInTheDocument();
  });

  it('cancels: back to the button, and the cancelled outcome is not shown as a failure', async () => {
    const api = stubGo('ConnectAPI', { Start: () => started, Cancel: () => undefined });
    const i = integration();
    const { user } = await startSignIn(i);
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(api.Cancel).toHaveBeenCalledWith(i.id);
    act(() => emitEvent('oauth:finished', { integrationId: i.id, ok: false, message: 'Sign-in was cancelled.' }));
    expect(screen.queryByLabelText('Sign-in link')).not.toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Connect' })).toBeEnabled();
  });

  it('shows why the sign-in could not start (port in use)', async () => {
    const msg = 'Port 47600 is in use — close the other program or change the OAuth port';
    stubGo('ConnectAPI', {
      Start: () => {
        throw goError('busy', msg);
      },
    });
    const { user } = renderWithApp(<ConnectSection integration={integration()} mode="setup" />);
    await user.click(screen.getByRole('button', { name: 'Connect' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(msg);
  });
});
