import { ticketQueryOf } from '../../test/fixtures';
import {
  buildTicketQuery,
  emptyFilters,
  filtersFromParams,
  isFiltered,
  paramsFromFilters,
  type TicketFilterState,
} from './ticketQuery';

describe('ticket filters', () => {
  it('builds the query for every filter', () => {
    const f: TicketFilterState = {
      integrationId: 'int-1',
      search: '  printer jam ',
      statuses: ['open', 'pending'],
      priorities: ['urgent'],
      assigneeId: 42,
      organizationId: 7,
      tag: 'vip',
      brandId: 3,
      formId: 4,
      groupId: 5,
      fieldId: 360,
      fieldValue: ' gold ',
      sort: 'created_desc',
    };
    // The query is the filters with the search and the field value trimmed, plus the window.
    expect(buildTicketQuery(f, 400, 200)).toEqual({ ...f, search: 'printer jam', fieldValue: 'gold', offset: 400, limit: 200 });
  });

  it('builds an "everything" query from no filters', () => {
    expect(buildTicketQuery(emptyFilters, 0, 200)).toEqual(ticketQueryOf({ offset: 0, limit: 200 }));
  });

  const cases: Array<[string, string, Partial<TicketFilterState>]> = [
    ['status list', 'status=open,solved', { statuses: ['open', 'solved'] }],
    ['priority', 'priority=high', { priorities: ['high'] }],
    ['assignee', 'assignee=12', { assigneeId: 12 }],
    ['a bad assignee', 'assignee=abc', { assigneeId: 0 }],
    ['a negative organization', 'org=-3', { organizationId: 0 }],
    ['tag and search', 'tag=vip&q=refund', { tag: 'vip', search: 'refund' }],
    ['an unknown sort', 'sort=drop_table', { sort: 'updated_desc' }],
    ['integration', 'integration=abc', { integrationId: 'abc' }],
    ['brand, form and group', 'brand=7&form=8&group=9', { brandId: 7, formId: 8, groupId: 9 }],
    ['a custom field value', 'field=360&value=gold', { fieldId: 360, fieldValue: 'gold' }],
  ];
  it.each(cases)('reads %s from the URL', (_name, qs, want) => {
    expect(filtersFromParams(new URLSearchParams(qs))).toEqual({ ...emptyFilters, ...want });
  });

  it('round-trips filters through the URL and leaves "any" out', () => {
    const f: TicketFilterState = { ...emptyFilters, statuses: ['new'], organizationId: 3, sort: 'id_asc' };
    const p = paramsFromFilters(f);
    expect(p.toString()).toBe('status=new&org=3&sort=id_asc');
    expect(filtersFromParams(p)).toEqual(f);
    expect(paramsFromFilters(emptyFilters).toString()).toBe('');
  });

  it('knows when the list is filtered', () => {
    expect(isFiltered(emptyFilters)).toBe(false);
    expect(isFiltered({ ...emptyFilters, integrationId: 'x', sort: 'id_asc' })).toBe(false);
    expect(isFiltered({ ...emptyFilters, search: ' x ' })).toBe(true);
    expect(isFiltered({ ...emptyFilters, tag: 'vip' })).toBe(true);
    expect(isFiltered({ ...emptyFilters, brandId: 2 })).toBe(true);
    expect(isFiltered({ ...emptyFilters, fieldId: 3 })).toBe(false); // a field picked, no value yet
    expect(isFiltered({ ...emptyFilters, fieldId: 3, fieldValue: 'x' })).toBe(true);
  });

  it('sends a custom field only with a value, and a value only with a field', () => {
    expect(buildTicketQuery({ ...emptyFilters, fieldId: 3 }, 0, 10)).toMatchObject({ fieldId: 0, fieldValue: '' });
    expect(buildTicketQuery({ ...emptyFilters, fieldValue: 'x' }, 0, 10)).toMatchObject({ fieldId: 0, fieldValue: '' });
    const f = { ...emptyFilters, fieldId: 3, fieldValue: 'x y' };
    expect(filtersFromParams(paramsFromFilters(f))).toEqual(f);
  });
});
