import { screen, waitFor } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import type { TicketQuery } from '../../api/data';
import { renderWithApp } from '../../test/render';
import { goError, stubGo } from '../../test/wails';
import { ticketsOf, withTicketsPage } from './testData';
import { TicketsPage } from './TicketsPage';

const unknown = "Unknown keyword 'foo:' — try status:, priority:, tags:";

describe('Tickets search syntax', () => {
  withTicketsPage();

  it('shows why a search could not be read under the search box, and the list again once fixed', async () => {
    const ok = ticketsOf(3);
    const api = stubGo('DataAPI', {
      Tickets: (q: TicketQuery) => {
        if (q.search.includes('foo:')) throw goError('invalid_input', unknown, { search: unknown });
        return ok(q);
      },
    });
    const { user } = renderWithApp(
      <Routes>
        <Route path="/" element={<TicketsPage />} />
      </Routes>,
    );
    await screen.findByRole('row', { name: /Ticket subject 1\b/ });

    const box = screen.getByLabelText('Search tickets');
    await user.type(box, 'foo:bar');
    expect(await screen.findByText(unknown)).toBeInTheDocument();
    expect(box).toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByRole('table', { name: 'Tickets' })).not.toBeInTheDocument();
    expect(screen.queryByText(/Could not load tickets/)).not.toBeInTheDocument();

    await user.clear(box);
    await user.type(box, 'status:open');
    await waitFor(() => expect(api.Tickets).toHaveBeenLastCalledWith(expect.objectContaining({ search: 'status:open' })));
    expect(await screen.findByRole('row', { name: /Ticket subject 1\b/ })).toBeInTheDocument();
    expect(screen.queryByText(unknown)).not.toBeInTheDocument();
  });

  it('shows other failures as a load error, not under the search box', async () => {
    stubGo('DataAPI', {
      Tickets: () => {
        throw goError('internal', 'disk I/O error');
      },
    });
    renderWithApp(
      <Routes>
        <Route path="/" element={<TicketsPage />} />
      </Routes>,
    );
    expect(await screen.findByText('disk I/O error')).toBeInTheDocument();
    expect(screen.getByLabelText('Search tickets')).not.toHaveAttribute('aria-invalid', 'true');
  });

  it('lists the keywords in the help popover', async () => {
    stubGo('DataAPI', { Tickets: ticketsOf(3) });
    const { user } = renderWithApp(
      <Routes>
        <Route path="/" element={<TicketsPage />} />
      </Routes>,
    );
    await user.click(await screen.findByRole('button', { name: 'Search help' }));
    const table = await screen.findByRole('table', { name: 'Search keywords' });
    for (const k of ['status:open', 'tags:vip', '#4997', 'order_by:created', '-tags:vip', 'brand:', 'form:', 'solved>']) {
      expect(table.textContent).toContain(k);
    }
    expect(screen.queryByText(/brand:, form: and solved: are not available/)).not.toBeInTheDocument();
  });
});
