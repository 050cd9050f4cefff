import { Group, MultiSelect, Select, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import type { TicketSort } from '../../api/data';
import { humanize } from '../../lib/format';
import { IntegrationPicker } from './IntegrationPicker';
import { SearchHelp } from './SearchHelp';
import { useTicketFilterOptions } from './queries';
import { SORTS, type TicketFilterState } from './ticketQuery';

/** SEARCH_DEBOUNCE_MS is how long typing pauses before a search runs. */
export const SEARCH_DEBOUNCE_MS = 300;

export interface TicketFiltersBarProps {
  filters: TicketFilterState;
  onChange: (change: Partial<TicketFilterState>) => void;
  /** searchError is why the search could not be read (shown under the search box). */
  searchError?: string;
}

const idOption = (o: { id: number; name: string }) => ({ value: String(o.id), label: o.name || `#${o.id}` });
const words = (values: string[] | null | undefined) =>
  (values ?? []).map((v) => ({ value: v, label: humanize(v) }));

/**
 * SearchBox is the search in Zendesk's syntax: words over subjects, descriptions, comments and
 * names, plus keywords (status:open, tags:vip, #4997…; see SearchHelp). Every keystroke goes to
 * the URL at once (so opening a ticket and coming back keeps what was typed); the page runs the
 * search once typing pauses (SEARCH_DEBOUNCE_MS).
 */
function SearchBox({ value, onSearch, error }: { value: string; onSearch: (text: string) => void; error?: string }) {
  const [text, setText] = useState(value);
  return (
    <TextInput
      label="Search tickets"
      placeholder="Words, #4997, status:open tags:vip"
      error={error}
      leftSection={<IconSearch size={16} />}
      rightSection={<SearchHelp />}
      rightSectionPointerEvents="all"
      value={text}
      onChange={(e) => {
        setText(e.currentTarget.value);
        onSearch(e.currentTarget.value);
      }}
      w={340}
      type="search"
    />
  );
}

/** TicketFiltersBar edits the ticket list's filters; each change is applied at once. */
export function TicketFiltersBar({ filters, onChange, searchError }: TicketFiltersBarProps) {
  const { data: options } = useTicketFilterOptions(filters.integrationId);
  const idValue = (n: number) => (n > 0 ? String(n) : null);
  return (
    <Group align="flex-end" gap="sm" wrap="wrap">
      <IntegrationPicker
        value={filters.integrationId}
        onChange={(integrationId) =>
          onChange({ integrationId, assigneeId: 0, organizationId: 0, tag: '' })
        }
      />
      <SearchBox value={filters.search} onSearch={(search) => onChange({ search })} error={searchError} />
      <MultiSelect
        label="Status"
        placeholder={filters.statuses.length ? undefined : 'Any'}
        data={words(options?.statuses)}
        value={filters.statuses}
        onChange={(statuses) => onChange({ statuses })}
        clearable
        w={200}
      />
      <MultiSelect
        label="Priority"
        placeholder={filters.priorities.length ? undefined : 'Any'}
        data={words(options?.priorities)}
        value={filters.priorities}
        onChange={(priorities) => onChange({ priorities })}
        clearable
        w={180}
      />
      <Select
        label="Assignee"
        placeholder="Any"
        data={(options?.assignees ?? []).map(idOption)}
        value={idValue(filters.assigneeId)}
        onChange={(v) => onChange({ assigneeId: Number(v) || 0 })}
        searchable
        clearable
        limit={100}
        w={180}
      />
      <Select
        label="Organization"
        placeholder="Any"
        data={(options?.organizations ?? []).map(idOption)}
        value={idValue(filters.organizationId)}
        onChange={(v) => onChange({ organizationId: Number(v) || 0 })}
        searchable
        clearable
        limit={100}
        w={180}
      />
      <Select
        label="Tag"
        placeholder="Any"
        data={options?.tags ?? []}
        value={filters.tag || null}
        onChange={(v) => onChange({ tag: v ?? '' })}
        searchable
        clearable
        limit={100}
        w={160}
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
