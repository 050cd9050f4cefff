import type { TicketQuery, TicketSort } from '../../api/data';

// The ticket list's filters live in the URL (#/tickets?status=open&q=printer), so going back from a
// ticket restores them. This file turns those parameters into filters and filters into queries.

/** TicketFilterState is what the filter bar edits; "" / 0 / [] mean "any". */
export interface TicketFilterState {
  integrationId: string;
  search: string;
  statuses: string[];
  priorities: string[];
  assigneeId: number;
  organizationId: number;
  tag: string;
  sort: TicketSort;
}

export const SORTS: ReadonlyArray<{ value: TicketSort; label: string }> = [
  { value: 'updated_desc', label: 'Recently updated' },
  { value: 'created_desc', label: 'Recently created' },
  { value: 'id_asc', label: 'Ticket number' },
];

export const emptyFilters: TicketFilterState = {
  integrationId: '',
  search: '',
  statuses: [],
  priorities: [],
  assigneeId: 0,
  organizationId: 0,
  tag: '',
  sort: 'updated_desc',
};

function list(v: string | null): string[] {
  return (v ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

function positiveInt(v: string | null): number {
  const n = Number(v);
  return Number.isInteger(n) && n > 0 ? n : 0;
}

function sortOf(v: string | null): TicketSort {
  return SORTS.some((s) => s.value === v) ? (v as TicketSort) : 'updated_desc';
}

/** filtersFromParams reads the filter state from the URL; unknown or bad values mean "any". */
export function filtersFromParams(p: URLSearchParams): TicketFilterState {
  return {
    integrationId: p.get('integration') ?? '',
    search: p.get('q') ?? '',
    statuses: list(p.get('status')),
    priorities: list(p.get('priority')),
    assigneeId: positiveInt(p.get('assignee')),
    organizationId: positiveInt(p.get('org')),
    tag: p.get('tag') ?? '',
    sort: sortOf(p.get('sort')),
  };
}

/** paramsFromFilters is the inverse of filtersFromParams; "any" values are left out. */
export function paramsFromFilters(f: TicketFilterState): URLSearchParams {
  const p = new URLSearchParams();
  const set = (k: string, v: string | number | string[]) => {
    const s = Array.isArray(v) ? v.join(',') : String(v);
    if (s && s !== '0') p.set(k, s);
  };
  set('integration', f.integrationId);
  set('q', f.search);
  set('status', f.statuses);
  set('priority', f.priorities);
  set('assignee', f.assigneeId);
  set('org', f.organizationId);
  set('tag', f.tag);
  if (f.sort !== 'updated_desc') p.set('sort', f.sort);
  return p;
}

/** isFiltered says whether anything narrows the list (so an empty result is "no match"). */
export function isFiltered(f: TicketFilterState): boolean {
  return (
    f.search.trim() !== '' ||
    f.statuses.length > 0 ||
    f.priorities.length > 0 ||
    f.assigneeId > 0 ||
    f.organizationId > 0 ||
    f.tag !== ''
  );
}

/** buildTicketQuery is the DataAPI.Tickets argument for one window of the filtered list. */
export function buildTicketQuery(f: TicketFilterState, offset: number, limit: number): TicketQuery {
  return {
    integrationId: f.integrationId,
    search: f.search.trim(),
    statuses: [...f.statuses],
    priorities: [...f.priorities],
    assigneeId: f.assigneeId,
    organizationId: f.organizationId,
    tag: f.tag,
    offset,
    limit,
    sort: f.sort,
  };
}
