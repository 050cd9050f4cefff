import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ActivityEntry } from '../../api/activity';
import type { ListenerStatus } from '../../api/webhooks';
import { renderWithApp } from '../../test/render';
import { emitEvent, stubGo } from '../../test/wails';
import { ActivityPage } from './ActivityPage';

const entry = (over: Partial<ActivityEntry>): ActivityEntry => ({
  id: 1,
  at: '2026-11-25T09:00:00Z', // fixed on purpose: the screen only formats it
  integrationId: 'i1',
  integrationName: 'Acme support',
  kind: 'webhook',
  level: 'info',
  message: '3 webhook events received and stored',
  reason: '',
  ...over,
});

const listener = (over: Partial<ListenerStatus> = {}): ListenerStatus => ({
  address: '127.0.0.1:47601',
  running: true,
  error: '',
  received: 5,
  accepted: 3,
  duplicates: 0,
  rejected: 2,
  ...over,
});

describe('ActivityPage', () => {
  it('lists sync runs and webhook deliveries with the reason of each rejection', async () => {
    stubGo('ActivityAPI', {
      List: () => [
        entry({ id: 3, level: 'warn', message: '2 webhook deliveries rejected', reason: 'bad_signature' }),
        entry({ id: 2 }),
        entry({ id: 1, kind: 'sync', message: 'Sync finished: 120 tickets', integrationName: 'Beta' }),
      ],
    });
    stubGo('WebhooksAPI', { Listener: () => listener() });
    renderWithApp(<ActivityPage />);
    const table = await screen.findByRole('table', { name: 'Activity' });
    expect(within(table).getByText('2 webhook deliveries rejected')).toBeInTheDocument();
    // The reason in words (the code stays as the cell's title), the level as a word.
    expect(within(table).getByText(/The signature did not match/)).toHaveAttribute('title', 'bad_signature');
    expect(within(table).queryByText('bad_signature')).toBeNull();
    expect(within(table).getByText('Warning')).toBeInTheDocument();
    expect(within(table).getByText('Sync finished: 120 tickets')).toBeInTheDocument();
    expect(within(table).getByText('Sync')).toBeInTheDocument();
    expect(await screen.findByText('Listening on 127.0.0.1:47601')).toBeInTheDocument();
    expect(screen.getByText('Rejected 2')).toBeInTheDocument();
  });

  it('refreshes on webhook:received and sync:finished', async () => {
    let calls = 0;
    const api = stubGo('ActivityAPI', {
      List: () => {
        calls++;
        return calls === 1 ? [] : [entry({ id: calls, message: `entry ${calls}` })];
      },
    });
    stubGo('WebhooksAPI', { Listener: () => listener() });
    renderWithApp(<ActivityPage />);
    expect(await screen.findByText(/Nothing yet/)).toBeInTheDocument();
    act(() => emitEvent('webhook:received', { integrationId: 'i1', accepted: false, reason: 'bad_signature' }));
    expect(await screen.findByText('entry 2')).toBeInTheDocument();
    act(() => emitEvent('sync:finished', { integrationId: 'i1', ok: true }));
    expect(await screen.findByText('entry 3')).toBeInTheDocument();
    expect(api.List).toHaveBeenCalledTimes(3);
  });

  it('filters by kind and says when the listener is not running', async () => {
    const api = stubGo('ActivityAPI', { List: () => [] });
    stubGo('WebhooksAPI', {
      Listener: () => listener({ running: false, error: 'webhook listener on 127.0.0.1:47601: address already in use' }),
    });
    const { user } = renderWithApp(<ActivityPage />);
    expect(await screen.findByText('Not running')).toBeInTheDocument();
    expect(screen.getByText(/address already in use/)).toBeInTheDocument();
    await user.click(screen.getByText('Webhooks'));
    await screen.findByText(/Nothing yet/);
    expect(api.List).toHaveBeenLastCalledWith({ integrationId: '', kind: 'webhook', limit: 200 });
  });

  it('refetches once for a burst of webhook events, not once per event', async () => {
    let calls = 0;
    const api = stubGo('ActivityAPI', {
      List: () => {
        calls++;
        return [entry({ id: calls, message: `entry ${calls}` })];
      },
    });
    const listenerApi = stubGo('WebhooksAPI', { Listener: () => listener() });
    renderWithApp(<ActivityPage />);
    expect(await screen.findByText('entry 1')).toBeInTheDocument();
    act(() => {
      for (let i = 0; i < 50; i++) {
        emitEvent('webhook:received', { integrationId: 'i1', accepted: false, reason: 'bad_signature' });
      }
    });
    expect(await screen.findByText('entry 2')).toBeInTheDocument();
    await new Promise((r) => setTimeout(r, 700)); // longer than the debounce: nothing else comes
    expect(api.List).toHaveBeenCalledTimes(2);
    expect(listenerApi.Listener).toHaveBeenCalledTimes(2);
  });
});
