import { screen, waitFor } from '@testing-library/react';
import type { DirectoryQuery, OrganizationRow, UserRow } from '../../api/data';
import { integration } from '../../test/fixtures';
import { renderWithApp } from '../../test/render';
import { stubGo } from '../../test/wails';
import { OrganizationsPage } from './OrganizationsPage';
import { INTEGRATION_ID, withViewport } from './testData';
import { UsersPage } from './UsersPage';
import { WINDOW_ROWS } from './useRowWindows';

function user(id: number, over: Partial<UserRow> = {}): UserRow {
  return {
    integrationId: INTEGRATION_ID,
    id,
    name: `User ${id}`,
    email: `user${id}@acme.test`,
    role: 'end-user',
    organizationName: 'Acme',
    active: true,
    suspended: false,
    updatedAt: '2026-11-01T10:00:00Z', // fixed on purpose: the screen only formats it
    ...over,
  };
}

describe('Users and Organizations', () => {
  let restore: () => void;
  beforeEach(() => {
    restore = withViewport();
    stubGo('IntegrationsAPI', { List: () => [integration()] });
  });
  afterEach(() => restore());

  it('lists users in windows and searches them', async () => {
    const api = stubGo('DataAPI', {
      Users: (q: DirectoryQuery) => ({
        total: 250_000,
        rows: Array.from({ length: q.limit }, (_, i) => user(q.offset + i + 1, i === 1 ? { suspended: true } : {})),
      }),
    });
    const { user: u } = renderWithApp(<UsersPage />);
    expect(await screen.findByRole('row', { name: /User 1 user1@acme.test/ })).toBeInTheDocument();
    expect(screen.getByText('250,000 users')).toBeInTheDocument();
    expect(screen.getByRole('row', { name: /User 2 .*Suspended/ })).toBeInTheDocument();
    expect(api.Users).toHaveBeenCalledWith({ integrationId: '', search: '', offset: 0, limit: WINDOW_ROWS });

    await u.type(screen.getByLabelText('Search users'), 'ann');
    await waitFor(() =>
      expect(api.Users).toHaveBeenLastCalledWith({ integrationId: '', search: 'ann', offset: 0, limit: WINDOW_ROWS }),
    );
  });

  it('lists organizations with their domains and user counts', async () => {
    const org: OrganizationRow = {
      integrationId: INTEGRATION_ID,
      id: 7,
      name: 'Acme Corp',
      domainNames: ['acme.test', 'acme.example'],
      tags: ['enterprise'],
      userCount: 1200,
      updatedAt: '2026-11-01T10:00:00Z',
    };
    stubGo('DataAPI', { Organizations: () => ({ total: 1, rows: [org] }) });
    renderWithApp(<OrganizationsPage />);
    const row = await screen.findByRole('row', { name: /Acme Corp/ });
    expect(row).toHaveTextContent('acme.test, acme.example');
    expect(row).toHaveTextContent('1,200');
    expect(screen.getByText('1 organization')).toBeInTheDocument();
  });
});
