import { screen } from '@testing-library/react';
import { notifications } from '@mantine/notifications';
import { beforeEach, describe, expect, it } from 'vitest';
import { exportApi } from '../../api/export';
import { integration } from '../../test/fixtures';
import { renderWithApp } from '../../test/render';
import { stubGo } from '../../test/wails';
import { ExportAllButton } from './ExportAllButton';
import { ExportHtmlButton } from './ExportHtmlButton';

describe('export buttons', () => {
  beforeEach(() => notifications.clean());

  it('Export all data exports the integration of its row', async () => {
    const api = stubGo('ExportAPI', { ExportIntegration: () => ({ id: 'export-3', path: '/home/a' }) });
    const i = integration();
    const { user } = renderWithApp(<ExportAllButton integration={i} />);
    await user.click(screen.getByRole('button', { name: 'Export all data' }));
    expect(api.ExportIntegration).toHaveBeenCalledWith(i.id);
    expect(await screen.findByText(`Exporting all data of ${i.name}`)).toBeInTheDocument();
  });

  it('Export HTML starts the export it is given', async () => {
    const api = stubGo('ExportAPI', { ExportTicketHTML: () => ({ id: 'export-4', path: '/tmp/ticket-9.html' }) });
    const { user } = renderWithApp(<ExportHtmlButton what="ticket #9" start={() => exportApi.ticketHtml('i1', 9)} />);
    await user.click(screen.getByRole('button', { name: 'Export HTML' }));
    expect(api.ExportTicketHTML).toHaveBeenCalledWith('i1', 9);
    expect(await screen.findByText('Exporting ticket #9')).toBeInTheDocument();
  });
});
