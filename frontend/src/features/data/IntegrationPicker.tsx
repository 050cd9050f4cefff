import { Select } from '@mantine/core';
import type { Capability, IntegrationDTO } from '../../api/integrations';
import { useIntegrationList } from './queries';

const ALL = '__all__';

export interface IntegrationPickerProps {
  /** value is an integration id, or "" for every integration (when allowAll). */
  value: string;
  onChange: (integrationId: string) => void;
  allowAll?: boolean;
  /** capabilities limits the choice (Help Center: content_management). */
  capabilities?: Capability[];
}

/** pickable is the integrations a picker offers. */
export function pickable(list: IntegrationDTO[] | undefined, capabilities?: Capability[]): IntegrationDTO[] {
  return (list ?? []).filter((i) => !capabilities || capabilities.includes(i.capability));
}

/** IntegrationPicker chooses whose local data a screen shows. */
export function IntegrationPicker({ value, onChange, allowAll = true, capabilities }: IntegrationPickerProps) {
  const { data } = useIntegrationList();
  const options = pickable(data, capabilities).map((i) => ({ value: i.id, label: i.name }));
  if (allowAll) options.unshift({ value: ALL, label: 'All integrations' });
  return (
    <Select
      label="Integration"
      data={options}
      value={value === '' && allowAll ? ALL : value || null}
      onChange={(v) => onChange(!v || v === ALL ? '' : v)}
      allowDeselect={false}
      w={220}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
