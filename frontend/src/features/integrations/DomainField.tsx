import { Text, TextInput } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useAccountCheck, useDomainCheck } from './queries';

interface Props {
  value: string;
  onChange: (v: string) => void;
  error?: string;
}

/**
 * DomainField takes the Zendesk domain as typed or pasted and says, as the admin types, what
 * Zensync will connect to ("We will connect to acme.zendesk.com") or why it cannot be used. When
 * the field loses focus it asks Zendesk whether the account exists and says so next to the field
 * ("No Zendesk account at demoo.zendesk.com — check the spelling").
 */
export function DomainField({ value, onChange, error }: Props) {
  const check = useDomainCheck(value);
  const [blurred, setBlurred] = useState('');
  const account = useAccountCheck(check.ok ? blurred : '');
  const typed = value.trim() !== '';
  const live = typed && !check.ok ? check.message : undefined;
  const asked = check.ok && blurred === value && account.data ? account.data : undefined;
  const missing = asked?.result === 'not_found' ? asked.message : undefined;
  return (
    <div>
      <TextInput
        label="Zendesk domain"
        placeholder="acme"
        description="The core name only: acme for acme.zendesk.com. A pasted address is fine."
        required
        value={value}
        onChange={(e) => onChange(e.currentTarget.value)}
        onBlur={() => setBlurred(value)}
        error={error ?? live ?? missing}
        rightSection={typed && check.ok && !missing ? <IconCircleCheck size={18} color="var(--mantine-color-teal-6)" /> : null}
      />
      {typed && check.ok && !missing && !error && (
        <Text size="sm" c="teal.8" mt={6} role="status">
          We will connect to {check.host}
          {asked?.result === 'found' && ' — the account exists.'}
        </Text>
      )}
      {asked?.result === 'unknown' && (
        <Text size="xs" c="dimmed" mt={4}>
          {asked.message}
        </Text>
      )}
    </div>
  );
}
