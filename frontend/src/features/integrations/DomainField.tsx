import { Text, TextInput } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useDomainCheck } from './queries';

interface Props {
  value: string;
  onChange: (v: string) => void;
  error?: string;
}

/**
 * DomainField takes the Zendesk domain as typed or pasted and says, as the admin types, what
 * Zensync will connect to ("We will connect to acme.zendesk.com") or why it cannot be used.
 */
export function DomainField({ value, onChange, error }: Props) {
  const check = useDomainCheck(value);
  const typed = value.trim() !== '';
  const live = typed && !check.ok ? check.message : undefined;
  return (
    <div>
      <TextInput
        label="Zendesk domain"
        placeholder="acme"
        description="The core name only: acme for acme.zendesk.com. A pasted address is fine."
        required
        value={value}
        onChange={(e) => onChange(e.currentTarget.value)}
        error={error ?? live}
        rightSection={typed && check.ok ? <IconCircleCheck size={18} color="var(--mantine-color-teal-6)" /> : null}
      />
      {typed && check.ok && (
        <Text size="sm" c="teal.8" mt={6} role="status">
          We will connect to {check.host}
        </Text>
      )}
    </div>
  );
}
