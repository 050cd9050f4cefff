import { act, screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { integration } from '../../test/fixtures';
import { renderWithApp } from '../../test/render';
import { emitEvent, goError, stubGo } from '../../test/wails';
import { checkDomain } from './domain';
import { IntegrationFormModal } from './IntegrationFormModal';

function stubApi(over: Record<string, (...a: never[]) => unknown> = {}) {
  return stubGo('IntegrationsAPI', {
    List: async () => [],
    CheckDomain: async (raw: string) => checkDomain(raw),
    Create: async (input: { name: string }) => integration({ name: input.name }),
    Update: async (id: string, input: { name: string }) => integration({ id, name: input.name }),
    ...over,
  });
}

/** saveCall clicks Save, waits until mock has been called exactly once and returns that call's arguments. */
async function saveCall(user: UserEvent, mock: ReturnType<typeof vi.fn>): Promise<unknown[]> {
  await user.click(screen.getByRole('button', { name: 'Save' }));
  await waitFor(() => expect(mock).toHaveBeenCalledTimes(1));
  return mock.mock.calls[0];
}

function openSetup() {
  return renderWithApp(<IntegrationFormModal opened integration={null} onClose={vi.fn()} />);
}

/** openConfiguration opens the setup form, fills Basic (the name; the capability unless Helpdesk) and goes Next. */
async function openConfiguration(name: string, capability?: 'CRM' | 'Content Management') {
  const rendered = openSetup();
  await rendered.user.type(screen.getByLabelText(/Integration name/), name);
  if (capability) await rendered.user.click(screen.getByRole('radio', { name: capability }));
  await rendered.user.click(screen.getByRole('button', { name: 'Next' }));
  return rendered;
}

describe('setup form', () => {
  it('asks for name, domain, Pull Record By and the OAuth client for Helpdesk (an empty backfill start is the whole history), saving nothing', async () => {
    const api = stubApi();
    const { user } = openSetup();
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByText('Enter a name for this integration.')).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Basic' })).toHaveAttribute('aria-selected', 'true');

    await user.type(screen.getByLabelText(/Integration name/), 'Acme support');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByRole('tab', { name: 'Authentication & configuration' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByText('Save the integration first; then connect it to Zendesk.')).toBeInTheDocument();
    await user.clear(screen.getByLabelText(/Backfill start date/));
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(screen.getByText(/Enter your Zendesk domain/)).toBeInTheDocument();
    expect(screen.getByText('Choose Created Time or Updated Time.')).toBeInTheDocument();
    expect(screen.getByText(/Enter the OAuth client's unique identifier/)).toBeInTheDocument();
    // The backfill start may stay empty: the whole history.
    expect(screen.queryByText('Choose the date the first sync starts from.')).not.toBeInTheDocument();
    expect(api.Create).not.toHaveBeenCalled();
  });

  it('starts the OAuth client identifier empty, with an example that cannot pass for a value', async () => {
    stubApi();
    await openConfiguration('Acme support');
    const field = screen.getByLabelText(/OAuth client identifier/);
    expect(field).toHaveValue('');
    expect(field.getAttribute('placeholder')).toMatch(/^e\.g\. /);
    expect(screen.getByText(/The Identifier of the OAuth client you added in Admin Center/)).toBeInTheDocument();
  });

  it('needs only the domain for Content Management and shows its optional fields', async () => {
    const api = stubApi();
    const { user } = await openConfiguration('Docs', 'Content Management');

    expect(screen.queryByText('Pull Record By')).not.toBeInTheDocument();
    expect(screen.queryByLabelText(/OAuth client identifier/)).not.toBeInTheDocument();
    expect(screen.getByLabelText('Environment')).toBeInTheDocument();
    expect(screen.getByLabelText('Help Center locale')).toBeInTheDocument();

    await user.type(screen.getByLabelText(/Zendesk domain/), 'acme.zendesk.com');
    await user.selectOptions(screen.getByLabelText('Environment'), 'sandbox');
    const [created] = await saveCall(user, api.Create);
    expect(created).toMatchObject({
      name: 'Docs',
      capability: 'content_management',
      domain: 'acme.zendesk.com',
      environment: 'sandbox',
      pullRecordBy: '',
      oauthClientId: '',
    });
    expect(await screen.findByText('Integration saved')).toBeInTheDocument();
    // The saved integration can now be connected: ConnectSection is shown under the form.
    expect(screen.queryByText('Save the integration first; then connect it to Zendesk.')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Done' })).toBeInTheDocument();
  });

  it('drops "It shows as Not connected" once the new integration is connected', async () => {
    const saved = integration({ name: 'Docs', capability: 'content_management' });
    stubApi({ Create: async () => saved });
    stubGo('ConnectAPI', { Start: () => ({ authUrl: 'http://127.0.0.1:8089/acme/oauth', redirectUrl: '' }) });
    const { user } = await openConfiguration('Docs', 'Content Management');
    await user.type(screen.getByLabelText(/Zendesk domain/), 'acme');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('It shows as Not connected until you connect it to Zendesk.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Connect' }));
    await screen.findByLabelText('Sign-in link');
    act(() => emitEvent('oauth:finished', { integrationId: saved.id, ok: true, message: '' }));
    expect(await screen.findByText('The integration is connected and its first sync is running.')).toBeInTheDocument();
    expect(screen.queryByText('It shows as Not connected until you connect it to Zendesk.')).not.toBeInTheDocument();
  });

  it('saves a Helpdesk integration with every field', async () => {
    const api = stubApi();
    const { user } = await openConfiguration('Acme support');
    // Long values are pasted, as admins do (and as fast as the test can go).
    await user.click(screen.getByLabelText(/Zendesk domain/));
    await user.paste('https://Acme.zendesk.com/agent/tickets/5');
    await user.click(screen.getByRole('radio', { name: 'Created Time' }));
    await user.clear(screen.getByLabelText(/Backfill start date/));
    // A fixed past date is safe: the form refuses only dates after today.
    await user.type(screen.getByLabelText(/Backfill start date/), '2026-01-15');
    await user.click(screen.getByLabelText(/OAuth client identifier/));
    await user.paste('zensync_desktop');
    await user.type(screen.getByLabelText('OAuth client secret'), 's3cret');
    await user.clear(screen.getByLabelText('Poll interval (minutes)'));
    await user.type(screen.getByLabelText('Poll interval (minutes)'), '15');
    await user.click(screen.getByLabelText('Webhook public base URL'));
    await user.paste('https://zensync.example.com');
    const [created] = await saveCall(user, api.Create);
    expect(created).toEqual({
      name: 'Acme support',
      capability: 'helpdesk',
      domain: 'https://Acme.zendesk.com/agent/tickets/5',
      pullRecordBy: 'created_time',
      backfillStart: '2026-01-15',
      oauthClientId: 'zensync_desktop',
      oauthClientSecret: 's3cret',
      clearClientSecret: false,
      environment: '',
      helpCenterLocale: '',
      pollIntervalMinutes: 15,
      webhookBaseUrl: 'https://zensync.example.com',
    });
  });

  it('shows the server field error of a rejected Create on its field', async () => {
    const api = stubApi({
      Create: async () => {
        throw goError('invalid_input', 'The integration is not valid.', {
          name: 'An integration named "Acme support" already exists.',
        });
      },
    });
    const { user } = await openConfiguration('Acme support');
    await user.type(screen.getByLabelText(/Zendesk domain/), 'acme');
    await user.click(screen.getByRole('radio', { name: 'Updated Time' }));
    await user.type(screen.getByLabelText(/OAuth client identifier/), 'zensync_desktop');
    await saveCall(user, api.Create);
    // The field is on "Basic": the form goes back there and shows Go's words under the name.
    expect(await screen.findByText('An integration named "Acme support" already exists.')).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Basic' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByLabelText(/Integration name/)).toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByText('Integration saved')).not.toBeInTheDocument();
    expect(await screen.findByText('The integration was not saved')).toBeInTheDocument(); // notification
  });
});

describe('domain field', () => {
  it('says what it will connect to, and why a domain is refused, as the admin types', async () => {
    stubApi();
    const { user } = await openConfiguration('Acme');
    const domain = screen.getByLabelText(/Zendesk domain/);

    await user.type(domain, ' Acme.zendesk.com/agent/tickets/5 ');
    expect(screen.getByRole('status')).toHaveTextContent('We will connect to acme.zendesk.com');

    await user.clear(domain);
    await user.type(domain, 'support.acme.com');
    expect(screen.getByText(/host-mapped brand domain/)).toBeInTheDocument();
    expect(screen.queryByText(/We will connect to/)).not.toBeInTheDocument();
  });

  it("shows Go's answer once the admin pauses typing", async () => {
    const api = stubApi({
      CheckDomain: async () => ({ ok: false, domain: '', host: '', message: 'Go refuses this one.' }),
    });
    const { user } = await openConfiguration('Acme');
    await user.type(screen.getByLabelText(/Zendesk domain/), 'acme');
    expect(await screen.findByText('Go refuses this one.')).toBeInTheDocument();
    expect(api.CheckDomain).toHaveBeenLastCalledWith('acme');
  });
});

describe('edit form', () => {
  it('opens prefilled, keeps the saved secret unless replaced, and saves with Update', async () => {
    const saved = integration({ id: 'i-1', name: 'Acme support', hasClientSecret: true });
    const api = stubApi();
    const onClose = vi.fn();
    const { user } = renderWithApp(<IntegrationFormModal opened integration={saved} onClose={onClose} />);
    const dialog = screen.getByRole('dialog', { name: 'Edit Acme support' });
    expect(within(dialog).getByLabelText(/Integration name/)).toHaveValue('Acme support');
    expect(within(dialog).getByRole('radio', { name: 'Helpdesk' })).toBeChecked();

    await user.click(screen.getByRole('tab', { name: 'Authentication & configuration' }));
    expect(screen.getByLabelText(/Zendesk domain/)).toHaveValue('acme');
    expect(screen.getByRole('radio', { name: 'Updated Time' })).toBeChecked();
    expect(screen.getByText('A secret is saved in the keyring.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Replace secret' }));
    expect(screen.getByLabelText('OAuth client secret')).toHaveValue('');
    await user.click(screen.getByRole('button', { name: 'Keep the saved secret' }));
    await user.click(screen.getByRole('button', { name: 'Remove secret' }));
    expect(screen.getByText(/will be removed from the keyring when you save/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Keep it' }));

    const [id, input] = await saveCall(user, api.Update);
    expect(id).toBe('i-1');
    expect(input).toMatchObject({
      name: 'Acme support',
      oauthClientSecret: '',
      clearClientSecret: false,
      domain: 'acme',
    });
    await waitFor(() => expect(onClose).toHaveBeenCalled());
  });

  it("names the local webhook listener's address next to the public base URL", async () => {
    stubApi();
    stubGo('WebhooksAPI', {
      Listener: async () => ({ address: '127.0.0.1:47601', running: true, error: '', received: 0, accepted: 0, duplicates: 0, rejected: 0 }),
    });
    const { user } = renderWithApp(<IntegrationFormModal opened integration={integration({ id: 'i-2' })} onClose={vi.fn()} />);
    await user.click(screen.getByRole('tab', { name: 'Authentication & configuration' }));
    expect(await screen.findByText(/on this computer at 127\.0\.0\.1:47601/)).toBeInTheDocument();
  });

  it('removes the saved secret when asked', async () => {
    const saved = integration({ id: 'i-2', hasClientSecret: true });
    const api = stubApi();
    const { user } = renderWithApp(<IntegrationFormModal opened integration={saved} onClose={vi.fn()} />);
    await user.click(screen.getByRole('tab', { name: 'Authentication & configuration' }));
    await user.click(screen.getByRole('button', { name: 'Remove secret' }));
    const [, input] = await saveCall(user, api.Update);
    expect(input).toMatchObject({ oauthClientSecret: '', clearClientSecret: true });
  });
});
