import { Paper, Table } from '@mantine/core';
import type { IntegrationDTO } from '../../api/integrations';
import { IntegrationRow } from './IntegrationRow';
import { stickyActions } from './stickyActions';

interface Props {
  integrations: IntegrationDTO[];
  onEdit: (i: IntegrationDTO) => void;
  onDelete: (i: IntegrationDTO) => void;
}

export function IntegrationsTable({ integrations, onEdit, onDelete }: Props) {
  return (
    <Paper withBorder radius="md">
      <Table.ScrollContainer minWidth={860}>
        <Table verticalSpacing="sm" horizontalSpacing="sm" highlightOnHover aria-label="Integrations">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Name</Table.Th>
              <Table.Th>Capability</Table.Th>
              <Table.Th>Zendesk domain</Table.Th>
              <Table.Th>Status</Table.Th>
              <Table.Th>Last successful sync</Table.Th>
              <Table.Th>Webhook</Table.Th>
              <Table.Th ta="right" style={stickyActions}>
                Actions
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {integrations.map((i) => (
              <IntegrationRow key={i.id} integration={i} onEdit={onEdit} onDelete={onDelete} />
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
