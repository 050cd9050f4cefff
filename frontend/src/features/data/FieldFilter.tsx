import { Select, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { TicketFilterOptions } from '../../api/data';

export interface FieldFilterProps {
  fields: TicketFilterOptions['fields'];
  fieldId: number;
  fieldValue: string;
  onChange: (change: { fieldId: number; fieldValue: string }) => void;
}

/**
 * FieldFilter picks a custom ticket field and the value tickets must hold in it: one of the
 * field's options (dropdown, multiselect, checkbox) or, for other fields, the exact text stored
 * (dates as YYYY-MM-DD). Custom fields are offered once one integration is picked.
 */
export function FieldFilter({ fields, fieldId, fieldValue, onChange }: FieldFilterProps) {
  const list = fields ?? [];
  const field = list.find((f) => f.id === fieldId);
  const [text, setText] = useState(fieldValue);
  useEffect(() => setText(fieldValue), [fieldValue, fieldId]);
  return (
    <>
      <Select
        label="Custom field"
        placeholder={list.length ? 'Any' : 'None synced'}
        data={list.map((f) => ({ value: String(f.id), label: f.title || `Field ${f.id}` }))}
        value={field ? String(field.id) : null}
        onChange={(v) => onChange({ fieldId: Number(v) || 0, fieldValue: '' })}
        disabled={list.length === 0}
        searchable
        clearable
        w={180}
      />
      {field && (field.options ?? []).length > 0 && (
        <Select
          label={`${field.title} is`}
          placeholder="Choose a value"
          data={(field.options ?? []).map((o) => ({ value: o.value, label: o.name || o.value }))}
          value={fieldValue || null}
          onChange={(v) => onChange({ fieldId, fieldValue: v ?? '' })}
          searchable
          clearable
          w={180}
        />
      )}
      {field && (field.options ?? []).length === 0 && (
        <TextInput
          label={`${field.title} is`}
          placeholder={field.type === 'date' ? 'YYYY-MM-DD' : 'Exact value'}
          value={text}
          onChange={(e) => {
            setText(e.currentTarget.value);
            onChange({ fieldId, fieldValue: e.currentTarget.value });
          }}
          w={180}
        />
      )}
    </>
  );
}
