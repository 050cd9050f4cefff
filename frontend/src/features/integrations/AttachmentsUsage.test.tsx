import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { integration } from '../../test/fixtures';
import { renderWithApp } from '../../test/render';
import { emitEvent, stubGo } from '../../test/wails';
import { IntegrationsPage } from './IntegrationsPage';

const MB = 1024 * 1024;

describe('attachments space on the Integrations page', () => {
  it('shows the space used against the limit, with counts, and refreshes after a sync', async () => {
    stubGo('IntegrationsAPI', { List: async () => [integration({ id: 'a', name: 'Acme', webhookState: 'no_base_url' })] });
    let used = 84 * MB;
    stubGo('AttachmentsAPI', {
      Status: async () => ({
        usedBytes: used,
        maxTotalBytes: 2048 * MB,
        maxFileBytes: 50 * MB,
        pending: 12,
        downloaded: 1100,
        tooLarge: 3,
        failed: 0,
        full: false,
      }),
    });
    renderWithApp(<IntegrationsPage />);
    const line = await screen.findByLabelText('Attachments storage');
    expect(line).toHaveTextContent(
      'Attachments: 84 MB of 2 GB used (1,100 files, 12 waiting, 3 over the 50 MB limit).',
    );
    used = 100 * MB;
    emitEvent('sync:finished', { integrationId: 'a', ok: true });
    expect(await screen.findByText(/100 MB of 2 GB used/)).toBeInTheDocument();
  });
});
