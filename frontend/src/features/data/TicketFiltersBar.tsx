import { Group, MultiSelect, Select } from '@mantine/core';
import { useState } from 'react';
import type { NamedId, TicketFilterOptions, TicketSort } from '../../api/data';
import { SearchField } from '../../components/SearchField';
import { humanize } from '../../lib/format';
import { FieldFilter } from './FieldFilter';
import { IntegrationPicker } from './IntegrationPicker';
import { SearchHelp } from './SearchHelp';
import { useTicketFilterOptions } from './queries';
import { perIntegrationCleared, SORTS, type TicketFilterState } from './ticketQuery';

/** SEARCH_DEBOUNCE_MS is how long typing pauses before a search runs. */
export const SEARCH_DEBOUNCE_MS = 300;

export interface TicketFiltersBarProps {
  filters: TicketFilterState;
  onChange: (change: Partial<TicketFilterState>) => void;
  /** searchError is why the search could not be read (shown under the search box). */
  searchError?: string;
}

/**
 * SearchBox is the search in Zendesk's syntax: words over subjects, descriptions, comments and
 * names, plus keywords (status:open, tags:vip, #4997…; see SearchHelp). Every keystroke goes to
 * the URL at once (so opening a ticket and coming back keeps what was typed); the page runs the
 * search once typing pauses (SEARCH_DEBOUNCE_MS).
 */
function SearchBox({ value, onSearch, error }: { value: string; onSearch: (text: string) => void; error?: string }) {
  const [text, setText] = useState(value);
  return (
    <SearchField
      label="Search tickets"
      placeholder="Words, #4997, status:open tags:vip"
      error={error}
      rightSection={<SearchHelp />}
      rightSectionPointerEvents="all"
      value={text}
      onSearch={(typed) => {
        setText(typed);
        onSearch(typed);
      }}
      w={340}
      type="search"
    />
  );
}

/** TicketFiltersBar edits the ticket list's filters; each change is applied at once. */
export function TicketFiltersBar({ filters, onChange, searchError }: TicketFiltersBarProps) {
  const { data: options } = useTicketFilterOptions(filters.integrationId);
  return (
    <Group align="flex-end" gap="sm" wrap="wrap">
      <IntegrationPicker
        value={filters.integrationId}
        onChange={(integrationId) => onChange({ integrationId, ...perIntegrationCleared })}
      />
      <SearchBox value={filters.search} onSearch={(search) => onChange({ search })} error={searchError} />
      {WORDS.map((spec) => (
        <WordsFilter key={spec.field} spec={spec} options={options} filters={filters} onChange={onChange} />
      ))}
      {PICK_ONE.map((spec) => (
        <PickOneFilter key={spec.field} spec={spec} options={options} filters={filters} onChange={onChange} />
      ))}
      <FieldFilter
        fields={options?.fields ?? []}
        fieldId={filters.fieldId}
        fieldValue={filters.fieldValue}
        onChange={onChange}
      />
      <Select
        label="Sort by"
        data={SORTS.map((s) => ({ value: s.value, label: s.label }))}
        value={filters.sort}
        onChange={(v) => onChange({ sort: (v as TicketSort | null) ?? 'updated_desc' })}
        allowDeselect={false}
        w={170}
      />
    </Group>
  );
}

interface WordsSpec {
  label: string;
  /** field is both the filter and the list of TicketFilterOptions the words come from. */
  field: 'statuses' | 'priorities';
  w: number;
}

/** WORDS are the filters that pick any number of Zendesk's words (none means any), in the bar's order. */
const WORDS: ReadonlyArray<WordsSpec> = [
  { label: 'Status', field: 'statuses', w: 200 },
  { label: 'Priority', field: 'priorities', w: 180 },
];

/** WordsFilter is one WORDS filter, its words humanized. */
function WordsFilter({ spec, options, filters, onChange }: {
  spec: WordsSpec;
  options: TicketFilterOptions | undefined;
  filters: TicketFilterState;
  onChange: (change: Partial<TicketFilterState>) => void;
}) {
  const { label, field, w } = spec;
  const value = filters[field];
  return (
    <MultiSelect
      label={label}
      placeholder={value.length ? undefined : 'Any'}
      data={(options?.[field] ?? []).map((v) => ({ value: v, label: humanize(v) }))}
      value={value}
      onChange={(words) => onChange({ [field]: words })}
      clearable
      w={w}
    />
  );
}

type PickOneField = 'assigneeId' | 'organizationId' | 'tag' | 'groupId' | 'brandId' | 'formId';

interface PickOneSpec {
  label: string;
  field: PickOneField;
  /** from: the list of TicketFilterOptions the choices come from. */
  from: 'assignees' | 'organizations' | 'tags' | 'groups' | 'brands' | 'forms';
  searchable?: boolean;
  limit?: number;
  w: number;
}

/** PICK_ONE are the filters that pick one value (none means any), in the bar's order. */
const PICK_ONE: ReadonlyArray<PickOneSpec> = [
  { label: 'Assignee', field: 'assigneeId', from: 'assignees', searchable: true, limit: 100, w: 180 },
  { label: 'Organization', field: 'organizationId', from: 'organizations', searchable: true, limit: 100, w: 180 },
  { label: 'Tag', field: 'tag', from: 'tags', searchable: true, limit: 100, w: 160 },
  { label: 'Group', field: 'groupId', from: 'groups', searchable: true, w: 160 },
  { label: 'Brand', field: 'brandId', from: 'brands', w: 160 },
  { label: 'Form', field: 'formId', from: 'forms', w: 170 },
];

/** PickOneFilter is one PICK_ONE filter: a tag by name, or a named record (an assignee, a group…) by id. */
function PickOneFilter({ spec, options, filters, onChange }: {
  spec: PickOneSpec;
  options: TicketFilterOptions | undefined;
  filters: TicketFilterState;
  onChange: (change: Partial<TicketFilterState>) => void;
}) {
  const { label, field, from, ...props } = spec;
  const choices: Array<string | NamedId> = options?.[from] ?? [];
  const current = filters[field];
  return (
    <Select
      label={label}
      placeholder="Any"
      data={choices.map((c) => (typeof c === 'string' ? c : { value: String(c.id), label: c.name || `#${c.id}` }))}
      value={current ? String(current) : null}
      onChange={(v) => onChange({ [field]: field === 'tag' ? (v ?? '') : Number(v) || 0 })}
      clearable
      {...props}
    />
  );
}
