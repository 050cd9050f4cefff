import { Group, Radio, Stack, TextInput } from '@mantine/core';
import type { Capability } from '../../api/integrations';
import { capabilityHints, capabilityLabels } from './labels';
import type { IntegrationForm } from './useIntegrationForm';

const capabilities = Object.keys(capabilityLabels) as Capability[];

/** BasicTab: the integration's name and capability. */
export function BasicTab({ form }: { form: IntegrationForm }) {
  const { values, errors, setField } = form;
  return (
    <Stack gap="md">
      <TextInput
        label="Integration name"
        placeholder="Acme support"
        required
        data-autofocus
        value={values.name}
        onChange={(e) => setField('name', e.currentTarget.value)}
        error={errors.name}
      />
      <Radio.Group
        label="Capability"
        description={capabilityHints[values.capability]}
        required
        value={values.capability}
        onChange={(v) => setField('capability', v as Capability)}
        error={errors.capability}
      >
        <Group mt="xs" gap="lg">
          {capabilities.map((c) => (
            <Radio key={c} value={c} label={capabilityLabels[c]} />
          ))}
        </Group>
      </Radio.Group>
    </Stack>
  );
}
