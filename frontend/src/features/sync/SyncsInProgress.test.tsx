import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { integration } from '../../test/fixtures';
import { renderWithApp } from '../../test/render';
import { emitEvent, stubGo } from '../../test/wails';
import { SyncsInProgress } from './SyncsInProgress';

const idleStatus = (integrationId: string) => ({
  integrationId,
  running: false,
  lastSyncAt: '',
  lastError: '',
  counts: { tickets: 0, users: 0, organizations: 0, groups: 0, articles: 0 },
  streams: [],
});

describe('SyncsInProgress', () => {
  it('shows a running sync with its progress, and nothing for idle ones', async () => {
    stubGo('IntegrationsAPI', {
      List: async () => [
        integration({ id: 'a', name: 'Acme', status: 'connected' }),
        integration({ id: 'b', name: 'Beta', status: 'connected' }),
      ],
    });
    stubGo('SyncAPI', { Status: async (id: string) => idleStatus(id) });
    renderWithApp(<SyncsInProgress />);
    await waitFor(() => expect(screen.getByLabelText('Syncs in progress')).toBeInTheDocument());
    expect(screen.queryByLabelText('Sync of Acme')).toBeNull();

    emitEvent('sync:progress', {
      integrationId: 'a', stream: 'tickets', records: 2000, pages: 2, waitingUntil: '', etaSeconds: 30, running: true,
    });
    const card = await screen.findByLabelText('Sync of Acme');
    expect(within(card).getByText('Syncing…')).toBeInTheDocument();
    expect(screen.queryByLabelText('Sync of Beta')).toBeNull();

    emitEvent('sync:finished', { integrationId: 'a', ok: true, message: 'Synced 2000 records in 2 pages.' });
    await waitFor(() => expect(screen.queryByLabelText('Sync of Acme')).toBeNull());
  });
});
