import { screen, waitFor } from '@testing-library/react';
import type { DirectoryQuery } from '../../api/data';
import { renderWithApp } from '../../test/render';
import { stubGo } from '../../test/wails';
import { OrganizationsPage } from './OrganizationsPage';
import { organizationRow, userRow, withDataPage } from './testData';
import { UsersPage } from './UsersPage';
import { WINDOW_ROWS } from './useRowWindows';

describe('Users and Organizations', () => {
  withDataPage();

  it('lists users in windows and searches them', async () => {
    const api = stubGo('DataAPI', {
      Users: (q: DirectoryQuery) => ({
        total: 250_000,
        rows: Array.from({ length: q.limit }, (_, i) => userRow(q.offset + i + 1, i === 1 ? { suspended: true } : {})),
      }),
    });
    const { user } = renderWithApp(<UsersPage />);
    expect(await screen.findByRole('row', { name: /User 1 user1@acme.test/ })).toBeInTheDocument();
    expect(screen.getByText('250,000 users')).toBeInTheDocument();
    expect(screen.getByRole('row', { name: /User 2 .*Suspended/ })).toBeInTheDocument();
    expect(api.Users).toHaveBeenCalledWith({ integrationId: '', search: '', offset: 0, limit: WINDOW_ROWS });

    await user.type(screen.getByLabelText('Search users'), 'ann');
    await waitFor(() =>
      expect(api.Users).toHaveBeenLastCalledWith({ integrationId: '', search: 'ann', offset: 0, limit: WINDOW_ROWS }),
    );
  });

  it('lists organizations with their domains and user counts', async () => {
    const org = organizationRow(7, { name: 'Acme Corp', domainNames: ['acme.test', 'acme.example'], userCount: 1200 });
    stubGo('DataAPI', { Organizations: () => ({ total: 1, rows: [org] }) });
    renderWithApp(<OrganizationsPage />);
    const row = await screen.findByRole('row', { name: /Acme Corp/ });
    expect(row).toHaveTextContent('acme.test, acme.example');
    expect(row).toHaveTextContent('1,200');
    expect(screen.getByText('1 organization')).toBeInTheDocument();
  });
});
