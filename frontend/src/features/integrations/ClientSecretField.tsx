import { Button, Group, Input, PasswordInput, Text } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useState } from 'react';

interface Props {
  hasSaved: boolean;
  value: string;
  onChange: (v: string) => void;
  error?: string;
}

const description = 'Only for a confidential OAuth client. Kept in the system keyring, never in the database.';

/**
 * ClientSecretField asks for the optional OAuth client secret. When one is already saved it says
 * so and offers to replace it; an empty field keeps the saved secret.
 */
export function ClientSecretField({ hasSaved, value, onChange, error }: Props) {
  const [replacing, setReplacing] = useState(false);
  if (hasSaved && !replacing) {
    return (
      <Input.Wrapper label="OAuth client secret" description={description}>
        <Group gap="sm" mt={6}>
          <IconLock size={16} />
          <Text size="sm">A secret is saved in the keyring.</Text>
          <Button variant="light" size="compact-sm" onClick={() => setReplacing(true)}>
            Replace secret
          </Button>
        </Group>
      </Input.Wrapper>
    );
  }
  return (
    <div>
      <PasswordInput
        label="OAuth client secret"
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
