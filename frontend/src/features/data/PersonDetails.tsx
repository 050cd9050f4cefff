import { Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { LoadError } from './EmptyStates';
import { type PersonKind, usePersonFields } from './queries';
import { FieldItem } from './TicketFieldsSection';

export interface PersonDetailsProps {
  kind: PersonKind;
  integrationId: string;
  id: number;
  /** facts are the list's own columns, shown above the fields. */
  facts: Array<[label: string, value: ReactNode]>;
}

/**
 * PersonDetails is the side panel of a user or an organization: its list facts and each custom
 * field with a value, by the field's title (option names, Yes/No and dates spelled out by the
 * backend), from the local database.
 */
export function PersonDetails({ kind, integrationId, id, facts }: PersonDetailsProps) {
  const fields = usePersonFields(kind, integrationId, id);
  const titleId = `${kind}-fields-title`;
  return (
    <Stack gap="md">
      <SimpleGrid cols={2} spacing="sm">
        {facts.map(([label, value]) => (
          <FieldItem key={label} label={label}>
            {value}
          </FieldItem>
        ))}
      </SimpleGrid>
      <Stack gap="xs" component="section" aria-labelledby={titleId}>
        <Title order={4} id={titleId}>
          Fields
        </Title>
        {fields.isPending && <Loader size="sm" aria-label="Loading fields" />}
        {fields.error && <LoadError error={fields.error} what="the fields" />}
        {fields.data && fields.data.length === 0 && (
          <Text size="sm" c="dimmed">
            No custom field has a value on this {kind}.
          </Text>
        )}
        {fields.data && fields.data.length > 0 && (
          <SimpleGrid cols={2} spacing="sm">
            {fields.data.map((f) => (
              <FieldItem key={`${f.id}:${f.title}`} label={f.title}>
                {f.value}
              </FieldItem>
            ))}
          </SimpleGrid>
        )}
      </Stack>
    </Stack>
  );
}
