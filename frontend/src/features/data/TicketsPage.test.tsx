import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Navigate, Route, Routes } from 'react-router-dom';
import type { TicketQuery } from '../../api/data';
import { ticketQueryOf } from '../../test/fixtures';
import { renderWithApp } from '../../test/render';
import { emitEvent, stubGo } from '../../test/wails';
import { NOTHING_SYNCED } from './EmptyStates';
import { INTEGRATION_ID, ticketDetail, ticketsOf, withTicketsPage } from './testData';
import { TicketPage } from './TicketPage';
import { TicketsPage } from './TicketsPage';
import { WINDOW_ROWS } from './useRowWindows';

function renderTickets() {
  return renderWithApp(
    <Routes>
      <Route path="/" element={<TicketsPage />} />
      <Route path="/tickets/:integrationId/:id" element={<p>Opened ticket page</p>} />
    </Routes>,
  );
}

function bodyRows(): HTMLElement[] {
  const table = screen.getByRole('table', { name: 'Tickets' });
  return within(table)
    .getAllByRole('row')
    .filter((r) => Number(r.getAttribute('aria-rowindex')) > 1);
}

describe('TicketsPage', () => {
  withTicketsPage();

  it('renders only a window of rows out of 1,000,000 and fetches only the first window', async () => {
    const api = stubGo('DataAPI', { Tickets: ticketsOf(1_000_000) });
    renderTickets();

    expect(await screen.findByRole('row', { name: /Ticket subject 1\b/ })).toBeInTheDocument();
    expect(screen.getByText('1,000,000 tickets')).toBeInTheDocument();
    const rows = bodyRows();
    expect(rows.length).toBeGreaterThan(10);
    expect(rows.length).toBeLessThan(60);
    const offsets = api.Tickets.mock.calls.map(([q]) => (q as TicketQuery).offset);
    expect(Math.max(...offsets)).toBeLessThan(2 * WINDOW_ROWS);
    expect((api.Tickets.mock.calls[0][0] as TicketQuery).limit).toBe(WINDOW_ROWS);
  });

  it('fetches the window at the bottom when scrolled to the last of 1,000,000 rows', async () => {
    const api = stubGo('DataAPI', { Tickets: ticketsOf(1_000_000) });
    renderTickets();
    await screen.findByRole('row', { name: /Ticket subject 1\b/ });

    const scroller = screen.getAllByRole('rowgroup')[1];
    const spacer = scroller.firstElementChild as HTMLElement;
    const realHeight = parseFloat(spacer.style.height);
    expect(realHeight).toBeLessThan(10_000_000); // capped, not 34 million px
    act(() => {
      scroller.scrollTop = realHeight - 600;
      fireEvent.scroll(scroller);
    });

    expect(
      await screen.findByRole('row', { name: /Ticket subject 1000000\b/ }, { timeout: 5000 }),
    ).toBeInTheDocument();
    const offsets = api.Tickets.mock.calls.map(([q]) => (q as TicketQuery).offset);
    expect(offsets).toContain(1_000_000 - WINDOW_ROWS);
    expect(bodyRows().length).toBeLessThan(60);
  });

  it('searches after typing pauses, with the words typed', async () => {
    const api = stubGo('DataAPI', { Tickets: ticketsOf(3) });
    const { user } = renderTickets();
    await screen.findByRole('row', { name: /Ticket subject 1\b/ });

    await user.type(screen.getByLabelText('Search tickets'), 'printer fire');
    await waitFor(() =>
      expect(api.Tickets).toHaveBeenLastCalledWith(expect.objectContaining({ search: 'printer fire', offset: 0 })),
    );
    const searches = api.Tickets.mock.calls.map(([q]) => (q as TicketQuery).search);
    expect(searches).not.toContain('p'); // debounced: not one call per key
  });

  it('sends the filters from the URL in the query', async () => {
    const api = stubGo('DataAPI', { Tickets: ticketsOf(3) });
    renderWithApp(
      <Routes>
        <Route path="/" element={<Navigate to="/tickets?status=open,pending&priority=urgent&assignee=5&org=7&tag=vip&q=fire&sort=id_asc" />} />
        <Route path="/tickets" element={<TicketsPage />} />
      </Routes>,
    );
    await screen.findByRole('row', { name: /Ticket subject 1\b/ });
    expect(api.Tickets).toHaveBeenCalledWith(
      ticketQueryOf({
        search: 'fire',
        statuses: ['open', 'pending'],
        priorities: ['urgent'],
        assigneeId: 5,
        organizationId: 7,
        tag: 'vip',
        offset: 0,
        limit: WINDOW_ROWS,
        sort: 'id_asc',
      }),
    );
    expect(screen.getByLabelText('Search tickets')).toHaveValue('fire');
  });

  it('adds a status chosen in the filter bar to the query', async () => {
    const api = stubGo('DataAPI', { Tickets: ticketsOf(3) });
    const { user } = renderTickets();
    await screen.findByRole('row', { name: /Ticket subject 1\b/ });

    await user.click(screen.getByRole('combobox', { name: 'Status' }));
    // jsdom lays nothing out, so Mantine keeps the positioned dropdown hidden; its options are there.
    await user.click(await screen.findByRole('option', { name: 'Pending', hidden: true }));
    await waitFor(() =>
      expect(api.Tickets).toHaveBeenLastCalledWith(expect.objectContaining({ statuses: ['pending'], offset: 0 })),
    );
  });

  it('filters by brand, form, group and a custom field value', async () => {
    const api = stubGo('DataAPI', { Tickets: ticketsOf(3) });
    const { user } = renderTickets();
    await screen.findByRole('row', { name: /Ticket subject 1\b/ });

    const pick = async (box: string, option: string) => {
      await user.click(screen.getByRole('combobox', { name: box }));
      await user.click(await screen.findByRole('option', { name: option, hidden: true }));
    };
    await pick('Brand', 'Acme Labs');
    await pick('Form', 'Billing request');
    await pick('Group', 'Tier 2');
    await pick('Custom field', 'Plan');
    await pick('Plan is', 'Gold plan');
    await waitFor(() =>
      expect(api.Tickets).toHaveBeenLastCalledWith(
        expect.objectContaining({ brandId: 71, formId: 80, groupId: 90, fieldId: 360, fieldValue: 'gold', offset: 0 }),
      ),
    );

    // a free-text field takes typed text
    await pick('Custom field', 'Order reference');
    await user.type(screen.getByRole('textbox', { name: 'Order reference is' }), 'ORD-7');
    await waitFor(() =>
      expect(api.Tickets).toHaveBeenLastCalledWith(expect.objectContaining({ fieldId: 361, fieldValue: 'ORD-7' })),
    );
  });

  it('opens the ticket page when a row is clicked', async () => {
    stubGo('DataAPI', { Tickets: ticketsOf(3) });
    const { user } = renderTickets();
    await user.click(await screen.findByRole('row', { name: /Ticket subject 2\b/ }));
    expect(await screen.findByText('Opened ticket page')).toBeInTheDocument();
  });

  it('keeps what was typed in the search when going back from a ticket, even before the search ran', async () => {
    stubGo('DataAPI', { Tickets: ticketsOf(3), Ticket: () => ticketDetail(2, []) });
    const { user } = renderWithApp(
      <Routes>
        <Route path="/" element={<TicketsPage />} />
        <Route path="/tickets/:integrationId/:id" element={<TicketPage />} />
      </Routes>,
    );
    const row = await screen.findByRole('row', { name: /Ticket subject 2\b/ });
    await user.type(screen.getByLabelText('Search tickets'), 'printer');
    await user.click(row); // within the debounce: the search has not run yet
    await user.click(await screen.findByRole('link', { name: 'Back to tickets' }));
    expect(await screen.findByLabelText('Search tickets')).toHaveValue('printer');
  });

  it('marks deleted and merged tickets', async () => {
    stubGo('DataAPI', {
      Tickets: (q: TicketQuery) => {
        const page = ticketsOf(2)(q);
        page.rows[0].deleted = true;
        page.rows[1].mergedInto = 99;
        return page;
      },
    });
    renderTickets();
    const deleted = await screen.findByRole('row', { name: /Ticket subject 1\b/ });
    expect(within(deleted).getByText('Deleted')).toBeInTheDocument();
    const merged = screen.getByRole('row', { name: /Ticket subject 2\b/ });
    expect(within(merged).getByText('Merged into #99')).toBeInTheDocument();
  });

  it('says nothing is synced yet when the database has no tickets', async () => {
    stubGo('DataAPI', { Tickets: ticketsOf(0) });
    renderTickets();
    expect(await screen.findByText(NOTHING_SYNCED)).toBeInTheDocument();
  });

  it('refreshes while a sync runs, at most once every few seconds', async () => {
    const api = stubGo('DataAPI', { Tickets: ticketsOf(3) });
    renderTickets();
    await screen.findByRole('row', { name: /Ticket subject 1\b/ });
    const before = api.Tickets.mock.calls.length;
    act(() => emitEvent('sync:progress', { integrationId: INTEGRATION_ID, stream: 'tickets', records: 10 }));
    await waitFor(() => expect(api.Tickets.mock.calls.length).toBeGreaterThan(before));
    const afterFirst = api.Tickets.mock.calls.length;
    act(() => emitEvent('sync:progress', { integrationId: INTEGRATION_ID, stream: 'tickets', records: 20 }));
    await new Promise((r) => setTimeout(r, 100));
    expect(api.Tickets.mock.calls.length).toBe(afterFirst);
  });

  it('refetches the list when tickets change', async () => {
    const api = stubGo('DataAPI', { Tickets: ticketsOf(3) });
    renderTickets();
    await screen.findByRole('row', { name: /Ticket subject 1\b/ });
    const before = api.Tickets.mock.calls.length;
    act(() => emitEvent('tickets:changed', { integrationId: INTEGRATION_ID }));
    await waitFor(() => expect(api.Tickets.mock.calls.length).toBeGreaterThan(before));
  });
});
