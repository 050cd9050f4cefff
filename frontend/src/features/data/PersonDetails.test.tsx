import { screen, within } from '@testing-library/react';
import { renderWithApp } from '../../test/render';
import { goError, stubGo } from '../../test/wails';
import { OrganizationsPage } from './OrganizationsPage';
import { INTEGRATION_ID, organizationRow, userRow, withDataPage } from './testData';
import { UsersPage } from './UsersPage';

const jane = userRow(42, { name: 'Jane Doe', email: 'jane@acme.test' });
const acme = organizationRow(7, { name: 'Acme Corp' });

describe('User and organization details', () => {
  withDataPage();

  it("opens a user and shows the user's custom fields by title, as text", async () => {
    const api = stubGo('DataAPI', {
      Users: () => ({ total: 1, rows: [jane] }),
      UserFields: () => [
        { id: 1, title: 'Plan', type: 'dropdown', value: 'Gold plan' },
        { id: 2, title: 'VIP', type: 'checkbox', value: 'Yes' },
        { id: 0, title: 'legacy_key', type: '', value: '<b>not html</b>' },
      ],
    });
    const { user } = renderWithApp(<UsersPage />);
    await user.click(await screen.findByRole('row', { name: /Jane Doe/ }));
    const panel = await screen.findByRole('dialog', { name: 'Jane Doe' });
    const fields = await within(panel).findByRole('region', { name: 'Fields' });
    expect(within(fields).getByText('Plan').nextSibling).toHaveTextContent('Gold plan');
    expect(within(fields).getByText('VIP').nextSibling).toHaveTextContent('Yes');
    expect(within(fields).getByText('<b>not html</b>')).toBeInTheDocument();
    expect(within(panel).getByText('jane@acme.test')).toBeInTheDocument();
    expect(api.UserFields).toHaveBeenCalledWith(INTEGRATION_ID, 42);
  });

  it('says when a user has no field values', async () => {
    stubGo('DataAPI', { Users: () => ({ total: 1, rows: [jane] }), UserFields: () => [] });
    const { user } = renderWithApp(<UsersPage />);
    await user.click(await screen.findByRole('row', { name: /Jane Doe/ }));
    expect(await screen.findByText('No custom field has a value on this user.')).toBeInTheDocument();
  });

  it("opens an organization and shows the organization's custom fields", async () => {
    const api = stubGo('DataAPI', {
      Organizations: () => ({ total: 1, rows: [acme] }),
      OrganizationFields: () => [{ id: 4, title: 'Tier', type: 'dropdown', value: 'Enterprise plan' }],
    });
    const { user } = renderWithApp(<OrganizationsPage />);
    await user.click(await screen.findByRole('row', { name: /Acme Corp/ }));
    const panel = await screen.findByRole('dialog', { name: 'Acme Corp' });
    expect((await within(panel).findByText('Tier')).nextSibling).toHaveTextContent('Enterprise plan');
    expect(within(panel).getByText('acme.test')).toBeInTheDocument();
    expect(api.OrganizationFields).toHaveBeenCalledWith(INTEGRATION_ID, 7);
  });

  it('shows a load error when the fields cannot be read', async () => {
    stubGo('DataAPI', {
      Organizations: () => ({ total: 1, rows: [acme] }),
      OrganizationFields: () => {
        throw goError('internal', 'disk I/O error');
      },
    });
    const { user } = renderWithApp(<OrganizationsPage />);
    await user.click(await screen.findByRole('row', { name: /Acme Corp/ }));
    expect(await screen.findByText('disk I/O error')).toBeInTheDocument();
    expect(screen.getByText('Could not load the fields')).toBeInTheDocument();
  });
});
