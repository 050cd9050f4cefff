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
  brandId: number;
  formId: number;
  groupId: number;
  /** fieldId with fieldValue: tickets whose custom field holds that value (an option's value, "true"/"false", text). */
  fieldId: number;
  fieldValue: string;
  sort: TicketSort;
}

export const SORTS: ReadonlyArray<{ value: TicketSort; label: string }> = [
  { value: 'updated_desc', label: 'Recently updated' },
  { value: 'created_desc', label: 'Recently created' },
  { value: 'id_asc', label: 'Ticket number' },
];

/**
 * perIntegrationCleared clears the filters whose values belong to one integration (its people,
 * tags, brands, forms, groups, fields): choosing another integration resets them.
 */
export const perIntegrationCleared = {
  assigneeId: 0,
  organizationId: 0,
  tag: '',
  brandId: 0,
  formId: 0,
  groupId: 0,
  fieldId: 0,
  fieldValue: '',
} satisfies Partial<TicketFilterState>;

export const emptyFilters: TicketFilterState = {
  integrationId: '',
  search: '',
  statuses: [],
  priorities: [],
  ...perIntegrationCleared,
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
    brandId: positiveInt(p.get('brand')),
    formId: positiveInt(p.get('form')),
    groupId: positiveInt(p.get('group')),
    fieldId: positiveInt(p.get('field')),
    fieldValue: p.get('value') ?? '',
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
  set('brand', f.brandId);
  set('form', f.formId);
  set('group', f.groupId);
  set('field', f.fieldId);
  if (f.fieldId > 0) set('value', f.fieldValue);
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
    f.tag !== '' ||
    f.brandId > 0 ||
    f.formId > 0 ||
    f.groupId > 0 ||
    (f.fieldId > 0 && f.fieldValue.trim() !== '')
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
    brandId: f.brandId,
    formId: f.formId,
    groupId: f.groupId,
    fieldId: f.fieldValue.trim() ? f.fieldId : 0,
    fieldValue: f.fieldId > 0 ? f.fieldValue.trim() : '',
    offset,
    limit,
    sort: f.sort,
  };
}
