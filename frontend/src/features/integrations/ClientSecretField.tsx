import { Button, Group, Input, PasswordInput, Text } from '@mantine/core';
import { IconLock, IconLockOpen } from '@tabler/icons-react';
import { useState } from 'react';

interface Props {
  hasSaved: boolean;
  value: string;
  onChange: (v: string) => void;
  /** True when the saved secret is to be removed on Save. */
  clearing: boolean;
  onClearingChange: (clear: boolean) => void;
  error?: string;
}

const label = 'OAuth client secret';
const description = 'Only for a confidential OAuth client. Kept in the system keyring, never in the database.';

/**
 * ClientSecretField asks for the optional OAuth client secret. When one is saved it says so and
 * offers to replace or remove it; an empty field keeps the saved secret.
 */
export function ClientSecretField({ hasSaved, value, onChange, clearing, onClearingChange, error }: Props) {
  const [replacing, setReplacing] = useState(false);
  if (hasSaved && clearing) {
    return (
      <Input.Wrapper label={label} description={description} error={error}>
        <Group gap="sm" mt={6}>
          <IconLockOpen size={16} />
          <Text size="sm">The saved secret will be removed from the keyring when you save.</Text>
          <Button variant="subtle" size="compact-sm" onClick={() => onClearingChange(false)}>
            Keep it
          </Button>
        </Group>
      </Input.Wrapper>
    );
  }
  if (hasSaved && !replacing) {
    return (
      <Input.Wrapper label={label} description={description} error={error}>
        <Group gap="sm" mt={6}>
          <IconLock size={16} />
          <Text size="sm">A secret is saved in the keyring.</Text>
          <Button variant="light" size="compact-sm" onClick={() => setReplacing(true)}>
            Replace secret
          </Button>
          <Button variant="subtle" color="red" size="compact-sm" onClick={() => onClearingChange(true)}>
            Remove secret
          </Button>
        </Group>
      </Input.Wrapper>
    );
  }
  return (
    <div>
      <PasswordInput
        label={label}
        description={hasSaved ? 'Leave empty to keep the secret saved in the keyring.' : description}
        autoComplete="off"
        value={value}
        onChange={(e) => onChange(e.currentTarget.value)}
        error={error}
      />
      {hasSaved && (
        <Button
          variant="subtle"
          size="compact-sm"
          mt={4}
          onClick={() => {
            onChange('');
            setReplacing(false);
          }}
        >
          Keep the saved secret
        </Button>
      )}
    </div>
  );
}
