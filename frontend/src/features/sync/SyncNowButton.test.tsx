import { act, screen, waitFor } from '@testing-library/react';
import type { SyncStatus } from '../../api/sync';
import { integration } from '../../test/fixtures';
import { renderWithApp } from '../../test/render';
import { emitEvent, goError, stubGo } from '../../test/wails';
import { SyncNowButton } from './SyncNowButton';

const acme = integration({ name: 'Acme support', status: 'connected' });

function status(over: Partial<SyncStatus> = {}): SyncStatus {
  return {
    integrationId: acme.id,
    running: false,
    lastSyncAt: '',
    lastAttemptAt: '',
    lastError: '',
    counts: { tickets: 0, users: 0, organizations: 0, groups: 0, articles: 0 },
    streams: [],
    ...over,
  };
}

/** stubSync binds SyncAPI: SyncNow (accepts unless given) and Cancel, Status answering status(over). */
function stubSync(over: Partial<SyncStatus> = {}, syncNow: () => unknown = () => undefined) {
  return stubGo('SyncAPI', { SyncNow: syncNow, Cancel: () => undefined, Status: () => status(over) });
}

describe('SyncNowButton', () => {
  it('starts a sync of its integration and shows progress from events', async () => {
    const api = stubSync();
    const { user } = renderWithApp(<SyncNowButton integration={acme} />);

    await user.click(screen.getByRole('button', { name: 'Sync now' }));
    expect(api.SyncNow).toHaveBeenCalledWith(acme.id);
    expect(await screen.findByText('Syncing…')).toBeInTheDocument();

    const in30s = new Date(Date.now() + 30_000).toISOString();
    act(() => {
      emitEvent('sync:progress', {
        integrationId: acme.id,
        stream: 'tickets',
        streams: [
          { stream: 'tickets', records: 1234, pages: 12, waitingUntil: '', etaSeconds: 150 },
          { stream: 'users', records: 40, pages: 1, waitingUntil: in30s, etaSeconds: 0 },
        ],
      });
      emitEvent('sync:progress', { integrationId: 'another', stream: 'tickets', records: 999999, pages: 9 });
    });
    expect(await screen.findByText('1,274 records so far · about 3 min left')).toBeInTheDocument();
    expect(screen.getByText('1,234')).toBeInTheDocument();
    expect(screen.getByText(/Users resumes in (30|29) s/)).toBeInTheDocument();
    expect(screen.queryByText('999,999')).toBeNull();

    act(() => {
      emitEvent('sync:progress', { integrationId: acme.id, stream: 'tickets', records: 2234, pages: 13, etaSeconds: 2100,
        estimate: "about 35 min left at Zendesk's limit of 10 export requests a minute" });
    });
    expect(await screen.findByText("2,274 records so far · about 35 min left at Zendesk's limit of 10 export requests a minute")).toBeInTheDocument();
  });

  it('counts a rate-limit wait down to its deadline', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true, toFake: ['setInterval', 'clearInterval', 'Date'] });
    try {
      stubSync();
      const { user } = renderWithApp(<SyncNowButton integration={acme} />);
      await user.click(screen.getByRole('button', { name: 'Sync now' }));
      const until = new Date(Date.now() + 20_000).toISOString();
      act(() =>
        emitEvent('sync:progress', {
          integrationId: acme.id,
          streams: [{ stream: 'tickets', records: 0, pages: 0, waitingUntil: until, etaSeconds: 0 }],
        }),
      );
      expect(await screen.findByText(/Tickets resumes in (20|19) s/)).toBeInTheDocument();
      // No new event: the words follow the clock, not the last message.
      act(() => vi.advanceTimersByTime(12_000));
      expect(await screen.findByText(/Tickets resumes in (8|7) s/)).toBeInTheDocument();
      act(() => vi.advanceTimersByTime(10_000));
      await waitFor(() => expect(screen.queryByText(/resumes in/)).toBeNull());
    } finally {
      vi.useRealTimers();
    }
  });

  it('a new sync starts from zero, not from the previous run’s counts', async () => {
    stubSync({
      lastSyncAt: '2026-11-20T08:00:00Z',
      lastAttemptAt: '2026-11-20T08:00:00Z',
      streams: [{ name: 'tickets', records: 5000, pages: 5, runRecords: 0, runPages: 0, lastError: '', checkpoint: 'c', waitingUntil: '' }],
    });
    const { user } = renderWithApp(<SyncNowButton integration={acme} />);
    await user.click(screen.getByRole('button', { name: 'Sync now' }));
    expect(await screen.findByText('0 records so far')).toBeInTheDocument();
    expect(screen.queryByText('5,000')).toBeNull();
  });

  it('keeps the last successful sync apart from a failed last attempt', async () => {
    stubSync({
      lastSyncAt: '2026-11-20T08:00:00Z',
      lastAttemptAt: '2026-11-21T09:30:00Z',
      lastError: 'Zendesk cannot be reached (offline?).',
    });
    const running = integration({ name: 'Acme support', status: 'connected' });
    const { user } = renderWithApp(<SyncNowButton integration={running} />);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Sync now' })).toBeInTheDocument());
    // Open the popover without starting a sync: hover shows nothing, so start one and finish it unseen.
    await user.click(screen.getByRole('button', { name: 'Sync now' }));
    act(() => emitEvent('sync:progress', { integrationId: running.id, running: false, streams: [] }));
    const panel = await screen.findByLabelText('Sync progress');
    expect(panel).toHaveTextContent(/Last successful sync: .*2026/);
    expect(panel).toHaveTextContent(/Last attempt \(.*2026.*\) — failed: Zendesk cannot be reached \(offline\?\)\./);
  });

  it('says to connect first on a never-connected integration, without starting a sync', async () => {
    const api = stubSync();
    const { user } = renderWithApp(<SyncNowButton integration={integration({ status: 'not_connected' })} />);
    await user.click(screen.getByRole('button', { name: 'Sync now' }));
    expect(await screen.findByText(/Connect first: this integration has not signed in to Zendesk yet/)).toBeInTheDocument();
    expect(api.SyncNow).not.toHaveBeenCalled();
  });

  it('cancels a running sync', async () => {
    const api = stubSync();
    const { user } = renderWithApp(<SyncNowButton integration={acme} />);
    await user.click(screen.getByRole('button', { name: 'Sync now' }));
    // jsdom lays nothing out, so Mantine may hide the positioned dropdown; the button is there.
    await user.click(await screen.findByRole('button', { name: 'Cancel', hidden: true }));
    expect(api.Cancel).toHaveBeenCalledWith(acme.id);
  });

  it('announces the end with Go’s message and stops showing progress', async () => {
    stubSync();
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

  it('a second run’s end replaces the first one’s notification', async () => {
    stubSync();
    const { user } = renderWithApp(<SyncNowButton integration={acme} />);
    await user.click(screen.getByRole('button', { name: 'Sync now' }));
    act(() => emitEvent('sync:finished', { integrationId: acme.id, ok: false, message: 'Zendesk said no.' }));
    expect(await screen.findByText('Sync failed: Acme support')).toBeInTheDocument();
    act(() => emitEvent('sync:finished', { integrationId: acme.id, ok: true, message: 'Synced 1 record in 3 pages.' }));
    expect(await screen.findByText('Sync finished: Acme support')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByText('Sync failed: Acme support')).toBeNull());
  });

  it('shows a sync already running instead of starting another', async () => {
    const api = stubSync({
      running: true,
      streams: [{ name: 'tickets', records: 9000, pages: 9, runRecords: 500, runPages: 5, lastError: '', checkpoint: '', waitingUntil: '' }],
    });
    const { user } = renderWithApp(<SyncNowButton integration={acme} />);
    await waitFor(() => expect(api.Status).toHaveBeenCalled());
    await new Promise((r) => setTimeout(r, 20));
    await user.click(screen.getByRole('button', { name: 'Sync now' }));
    expect(await screen.findByText('500 records so far')).toBeInTheDocument();
    expect(api.SyncNow).not.toHaveBeenCalled();
  });

  it('says why a sync did not start', async () => {
    stubSync({}, () => Promise.reject(goError('unauthorized', 'The token expired. Re-generate it in Edit.')));
    const { user } = renderWithApp(<SyncNowButton integration={acme} />);
    await user.click(screen.getByRole('button', { name: 'Sync now' }));
    expect(await screen.findByText('The token expired. Re-generate it in Edit.')).toBeInTheDocument();
    expect(await screen.findByText('Not syncing')).toBeInTheDocument();
  });
});
