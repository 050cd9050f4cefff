import { act, configure, screen, waitFor } from '@testing-library/react';
import type { SyncStatus } from '../../api/sync';
import { integration } from '../../test/fixtures';
import { renderWithApp } from '../../test/render';
import { emitEvent, goError, stubGo } from '../../test/wails';
import { SyncNowButton } from './SyncNowButton';

// Two cores are shared by many processes: give asynchronous UI more than the default second.
configure({ asyncUtilTimeout: 5000 });

const acme = integration({ name: 'Acme support', status: 'connected' });

function status(over: Partial<SyncStatus> = {}): SyncStatus {
  return {
    integrationId: acme.id,
    running: false,
    lastSyncAt: '',
    lastError: '',
    counts: { tickets: 0, users: 0, organizations: 0, groups: 0, articles: 0 },
    streams: [],
    ...over,
  };
}

describe('SyncNowButton', () => {
  it('starts a sync of its integration and shows progress from events', async () => {
    const api = stubGo('SyncAPI', { SyncNow: () => undefined, Cancel: () => undefined, Status: () => status() });
    const { user } = renderWithApp(<SyncNowButton integration={acme} />);

    await user.click(screen.getByRole('button', { name: 'Sync now' }));
    expect(api.SyncNow).toHaveBeenCalledWith(acme.id);
    expect(await screen.findByText('Syncing…')).toBeInTheDocument();

    act(() => {
      emitEvent('sync:progress', { integrationId: acme.id, stream: 'tickets', records: 1234, pages: 12, etaSeconds: 150 });
      emitEvent('sync:progress', { integrationId: acme.id, stream: 'users', records: 40, pages: 1, waitingSeconds: 30 });
      emitEvent('sync:progress', { integrationId: 'another', stream: 'tickets', records: 999999, pages: 9 });
    });
    expect(await screen.findByText('1,274 records so far · about 3 min left')).toBeInTheDocument();
    expect(screen.getByText('1,234')).toBeInTheDocument();
    expect(screen.getByText(/Users resumes in about 30 s/)).toBeInTheDocument();
    expect(screen.queryByText('999,999')).toBeNull();

    act(() => {
      emitEvent('sync:progress', { integrationId: acme.id, stream: 'tickets', records: 2234, pages: 13, etaSeconds: 2100,
        estimate: "about 35 min left at Zendesk's limit of 10 export requests a minute" });
    });
    expect(await screen.findByText("2,274 records so far · about 35 min left at Zendesk's limit of 10 export requests a minute")).toBeInTheDocument();
  });

  it('cancels a running sync', async () => {
    const api = stubGo('SyncAPI', { SyncNow: () => undefined, Cancel: () => undefined, Status: () => status() });
    const { user } = renderWithApp(<SyncNowButton integration={acme} />);
    await user.click(screen.getByRole('button', { name: 'Sync now' }));
    // jsdom lays nothing out, so Mantine may hide the positioned dropdown; the button is there.
    await user.click(await screen.findByRole('button', { name: 'Cancel', hidden: true }));
    expect(api.Cancel).toHaveBeenCalledWith(acme.id);
  });

  it('announces the end with Go’s message and stops showing progress', async () => {
    stubGo('SyncAPI', { SyncNow: () => undefined, Cancel: () => undefined, Status: () => status() });
    const { user } = renderWithApp(<SyncNowButton integration={acme} />);
    await user.click(screen.getByRole('button', { name: 'Sync now' }));
    await screen.findByText('Syncing…');

    act(() => emitEvent('sync:finished', { integrationId: acme.id, ok: false, message: 'Zendesk says the token expired.' }));
    expect(await screen.findByText('Sync failed: Acme support')).toBeInTheDocument();
    // The message is in the notification and in the panel.
    expect(screen.getAllByText('Zendesk says the token expired.')).toHaveLength(2);
    await waitFor(() => expect(screen.getByText('Not syncing')).toBeInTheDocument());
    expect(screen.queryByText('Syncing…')).toBeNull();
  });

  it('shows a sync already running instead of starting another', async () => {
    const api = stubGo('SyncAPI', {
      SyncNow: () => undefined,
      Cancel: () => undefined,
      Status: () => status({ running: true, streams: [{ name: 'tickets', records: 500, pages: 5, lastError: '', checkpoint: '', waitingUntil: '' }] }),
    });
    const { user } = renderWithApp(<SyncNowButton integration={acme} />);
    await waitFor(() => expect(api.Status).toHaveBeenCalled());
    await new Promise((r) => setTimeout(r, 20));
    await user.click(screen.getByRole('button', { name: 'Sync now' }));
    expect(await screen.findByText('500 records so far')).toBeInTheDocument();
    expect(api.SyncNow).not.toHaveBeenCalled();
  });

  it('says why a sync did not start', async () => {
    stubGo('SyncAPI', {
      SyncNow: () => Promise.reject(goError('unauthorized', 'The token expired. Re-generate it in Edit.')),
      Cancel: () => undefined,
      Status: () => status(),
    });
    const { user } = renderWithApp(<SyncNowButton integration={acme} />);
    await user.click(screen.getByRole('button', { name: 'Sync now' }));
    expect(await screen.findByText('The token expired. Re-generate it in Edit.')).toBeInTheDocument();
    expect(await screen.findByText('Not syncing')).toBeInTheDocument();
  });
});
