import { act, screen, waitFor } from '@testing-library/react';
import { notifications } from '@mantine/notifications';
import { beforeEach, describe, expect, it } from 'vitest';
import type { TicketQuery } from '../../api/data';
import { ticketQueryOf } from '../../test/fixtures';
import { renderWithApp } from '../../test/render';
import { emitEvent, goError, stubGo } from '../../test/wails';
import { ExportMenu } from './ExportMenu';
import { progressText, useExportEvents } from './useExport';

const query: TicketQuery = ticketQueryOf({ integrationId: 'i1', search: 'printer', statuses: ['open'], tag: 'vip', limit: 1 });

function WithEvents() {
  useExportEvents();
  return <ExportMenu query={query} />;
}

describe('ExportMenu', () => {
  beforeEach(() => notifications.clean());

  it.each([
    ['CSV (.csv)', 'csv'],
    ['JSON Lines (.jsonl)', 'jsonl'],
  ])('exports the list as shown with %s', async (item, format) => {
    const api = stubGo('ExportAPI', { ExportTickets: () => ({ id: 'export-1', path: '/tmp/t.' + format }) });
    const { user } = renderWithApp(<WithEvents />);
    await user.click(screen.getByRole('button', { name: 'Export' }));
    await user.click(await screen.findByRole('menuitem', { name: item }));
    expect(api.ExportTickets).toHaveBeenCalledWith(query, format);
    expect(await screen.findByText('Exporting tickets')).toBeInTheDocument();
  });

  it('shows progress, cancels, and says nothing was written', async () => {
    const api = stubGo('ExportAPI', { ExportTickets: () => ({ id: 'export-7', path: '/tmp/t.csv' }), CancelExport: () => undefined });
    const { user } = renderWithApp(<WithEvents />);
    await user.click(screen.getByRole('button', { name: 'Export' }));
    await user.click(await screen.findByRole('menuitem', { name: 'CSV (.csv)' }));
    await screen.findByText('Exporting tickets');
    act(() =>
      emitEvent('export:progress', { id: 'export-7', kind: 'tickets_csv', path: '/tmp/t.csv', done: 2048, total: 10000, state: 'running' }),
    );
    expect(await screen.findByText(progressText({ done: 2048, total: 10000 }))).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Cancel export' }));
    expect(api.CancelExport).toHaveBeenCalledWith('export-7');
    act(() =>
      emitEvent('export:finished', { id: 'export-7', kind: 'tickets_csv', path: '/tmp/t.csv', done: 3072, total: 10000, state: 'cancelled' }),
    );
    expect(await screen.findByText('Export cancelled')).toBeInTheDocument();
    expect(screen.getByText('Nothing was written.')).toBeInTheDocument();
  });

  it('says where the file went when it is done', async () => {
    stubGo('ExportAPI', { ExportTickets: () => ({ id: 'export-2', path: '/home/a/t.csv' }) });
    const { user } = renderWithApp(<WithEvents />);
    await user.click(screen.getByRole('button', { name: 'Export' }));
    await user.click(await screen.findByRole('menuitem', { name: 'CSV (.csv)' }));
    await screen.findByText('Exporting tickets');
    act(() => emitEvent('export:finished', { id: 'export-2', kind: 'tickets_csv', path: '/home/a/t.csv', done: 3, total: 3, state: 'done' }));
    expect(await screen.findByText(/Saved 3 of 3 records to \/home\/a\/t\.csv/)).toBeInTheDocument();
  });

  it('does nothing when the Save dialog is closed', async () => {
    const api = stubGo('ExportAPI', { ExportTickets: () => ({ id: '', path: '' }) });
    const { user } = renderWithApp(<WithEvents />);
    await user.click(screen.getByRole('button', { name: 'Export' }));
    await user.click(await screen.findByRole('menuitem', { name: 'JSON Lines (.jsonl)' }));
    await waitFor(() => expect(api.ExportTickets).toHaveBeenCalled());
    expect(screen.queryByText('Exporting tickets')).not.toBeInTheDocument();
  });

  it('shows why an export could not start', async () => {
    stubGo('ExportAPI', {
      ExportTickets: () => {
        throw goError('internal', 'The window is not ready yet.');
      },
    });
    const { user } = renderWithApp(<WithEvents />);
    await user.click(screen.getByRole('button', { name: 'Export' }));
    await user.click(await screen.findByRole('menuitem', { name: 'CSV (.csv)' }));
    expect(await screen.findByText('The window is not ready yet.')).toBeInTheDocument();
  });
});
