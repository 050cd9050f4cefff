import { Badge, Group, Modal, Paper, SimpleGrid, Stack, Text, UnstyledButton } from '@mantine/core';
import { useState } from 'react';
import { SearchField } from '../../components/SearchField';
import { searchCatalog, type CatalogEntry } from './catalog';
import classes from './CatalogModal.module.css';

interface Props {
  opened: boolean;
  onClose: () => void;
  /** Called with the entry the admin opened (only available entries can be opened). */
  onOpen: (entry: CatalogEntry) => void;
}

/** CatalogModal is the searchable list behind "+ Add Integration". */
export function CatalogModal({ opened, onClose, onOpen }: Props) {
  const [query, setQuery] = useState('');
  const found = searchCatalog(query);
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      onExitTransitionEnd={() => setQuery('')}
      title="Add Integration"
      size="lg"
      styles={{ title: { fontWeight: 650, fontSize: 'var(--mantine-font-size-lg)' } }}
    >
      <Stack gap="md">
        <SearchField
          label="Search integrations"
          placeholder="Search, for example zendesk"
          value={query}
          onSearch={setQuery}
          data-autofocus
        />
        {found.length === 0 ? (
          <Text c="dimmed" size="sm" role="status">
            No integration matches “{query.trim()}”.
          </Text>
        ) : (
          <SimpleGrid cols={2} spacing="sm">
            {found.map((e) => (
              <CatalogCard key={e.id} entry={e} onOpen={() => onOpen(e)} />
            ))}
          </SimpleGrid>
        )}
      </Stack>
    </Modal>
  );
}

function CatalogCard({ entry, onOpen }: { entry: CatalogEntry; onOpen: () => void }) {
  return (
    <UnstyledButton
      className={classes.card}
      onClick={onOpen}
      disabled={!entry.available}
      aria-label={entry.available ? entry.name : `${entry.name} (coming soon)`}
    >
      <Paper withBorder p="md" h="100%" className={classes.paper}>
        <Group justify="space-between" mb={6} wrap="nowrap">
          <Text fw={600}>{entry.name}</Text>
          {entry.available ? (
            <Badge variant="light">Available</Badge>
          ) : (
            <Badge variant="light" color="gray">
              Coming soon
            </Badge>
          )}
        </Group>
        <Text size="sm" c="dimmed">
          {entry.summary}
        </Text>
      </Paper>
    </UnstyledButton>
  );
}
