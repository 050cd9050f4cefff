import { screen, waitFor } from '@testing-library/react';
import { vi } from 'vitest';
import { integration } from '../../test/fixtures';
import { renderWithApp } from '../../test/render';
import { stubGo } from '../../test/wails';
import { filterOptions } from './testData';
import { TicketFiltersBar } from './TicketFiltersBar';
import { emptyFilters, type TicketFilterState } from './ticketQuery';

function renderBar(filters: TicketFilterState = emptyFilters) {
  const onChange = vi.fn();
  const result = renderWithApp(<TicketFiltersBar filters={filters} onChange={onChange} />);
  const pick = async (box: string, option: string) => {
    await result.user.click(screen.getByRole('combobox', { name: box }));
    // jsdom lays nothing out, so Mantine keeps the positioned dropdown hidden; its options are there.
    await result.user.click(await screen.findByRole('option', { name: option, hidden: true }));
  };
  return { ...result, onChange, pick };
}

describe('TicketFiltersBar', () => {
  beforeEach(() => {
    stubGo('IntegrationsAPI', {
      List: () => [integration(), integration({ id: 'other-integration', name: 'Other support' })],
    });
    stubGo('DataAPI', { TicketFilters: () => filterOptions });
  });

  it('sends each pick-one filter as its id, or the tag by name', async () => {
    const { onChange, pick } = renderBar();
    await screen.findByRole('combobox', { name: 'Assignee' });
    await pick('Assignee', 'Bob Agent');
    expect(onChange).toHaveBeenLastCalledWith({ assigneeId: 5 });
    await pick('Organization', 'Acme');
    expect(onChange).toHaveBeenLastCalledWith({ organizationId: 7 });
    await pick('Tag', 'vip');
    expect(onChange).toHaveBeenLastCalledWith({ tag: 'vip' });
    await pick('Priority', 'Urgent');
    expect(onChange).toHaveBeenLastCalledWith({ priorities: ['urgent'] });
  });

  it('shows the chosen values and clears one back to "any"', async () => {
    const { onChange, user } = renderBar({ ...emptyFilters, assigneeId: 5, tag: 'billing' });
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Assignee' })).toHaveValue('Bob Agent'));
    expect(screen.getByRole('combobox', { name: 'Tag' })).toHaveValue('billing');
    expect(screen.getByRole('combobox', { name: 'Brand' })).toHaveValue('');
    expect(screen.getByRole('combobox', { name: 'Brand' })).toHaveAttribute('placeholder', 'Any');

    // Mantine's clear button carries no name; it sits in the Assignee box's section.
    const assignee = screen.getByRole('combobox', { name: 'Assignee' });
    const clear = assignee.closest('.mantine-Select-root')?.querySelector('button');
    expect(clear).toBeTruthy();
    await user.click(clear!);
    expect(onChange).toHaveBeenLastCalledWith({ assigneeId: 0 });
  });

  it('clears the filters that belong to one integration when another is chosen, and keeps the rest', async () => {
    const before: TicketFilterState = {
      integrationId: integration().id, search: 'printer', statuses: ['open'], priorities: ['high'], sort: 'id_asc',
      assigneeId: 5, organizationId: 7, tag: 'vip', brandId: 70, formId: 80, groupId: 90, fieldId: 360, fieldValue: 'gold',
    };
    const { onChange, pick } = renderBar(before);
    await pick('Integration', 'Other support');
    expect(onChange).toHaveBeenCalledTimes(1);
    const [change] = onChange.mock.calls[0] as [Partial<TicketFilterState>];
    expect({ ...before, ...change }).toEqual({
      ...emptyFilters,
      integrationId: 'other-integration',
      search: 'printer',
      statuses: ['open'],
      priorities: ['high'],
      sort: 'id_asc',
    });
  });
});
