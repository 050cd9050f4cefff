import { ActionIcon, Group, Stack, Table, Text, Tooltip } from '@mantine/core';
import { IconPencil, IconTrash } from '@tabler/icons-react';
import type { IntegrationDTO } from '../../api/integrations';
import { formatDateTime } from '../../lib/format';
import { TestConnectionButton } from '../connect/TestConnectionButton';
import { ExportAllButton } from '../export/ExportAllButton';
import { SyncNowButton } from '../sync/SyncNowButton';
import { VerifyWebhookButton } from '../webhooks/VerifyWebhookButton';
import { capabilityLabels, countsLabel, webhookStateLabel } from './labels';
import { stickyActions } from './stickyActions';
import { StatusBadge } from './StatusBadge';

interface Props {
  integration: IntegrationDTO;
  onEdit: (i: IntegrationDTO) => void;
  onDelete: (i: IntegrationDTO) => void;
}

/** IntegrationRow is one line of the Integrations list with its actions. */
export function IntegrationRow({ integration: i, onEdit, onDelete }: Props) {
  return (
    <Table.Tr aria-label={i.name}>
      <Table.Td miw={180}>
        <Stack gap={0}>
          <Text fw={600} size="sm">
            {i.name}
          </Text>
          {i.lastError && (
            <Text size="xs" c="red.7" lineClamp={1} title={i.lastError}>
              {i.lastError}
            </Text>
          )}
        </Stack>
      </Table.Td>
      <Table.Td>{capabilityLabels[i.capability] ?? i.capability}</Table.Td>
      <Table.Td maw={220}>
        <Text size="sm" ff="monospace" truncate="end" title={i.host || `${i.domain}.zendesk.com`}>
          {i.host || `${i.domain}.zendesk.com`}
        </Text>
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        <StatusBadge integration={i} />
      </Table.Td>
      <Table.Td>
        <Stack gap={0}>
          <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
            {formatDateTime(i.lastSyncAt)}
          </Text>
          {countsLabel(i.capability, i.counts) && (
            <Text size="xs" c="dimmed">
              {countsLabel(i.capability, i.counts)}
            </Text>
          )}
        </Stack>
      </Table.Td>
      <Table.Td>{webhookStateLabel(i.webhookState, i.capability)}</Table.Td>
      <Table.Td style={stickyActions}>
        <Group gap={4} justify="flex-end" wrap="nowrap">
          <TestConnectionButton integration={i} />
          <SyncNowButton integration={i} />
          {i.capability !== 'content_management' && <VerifyWebhookButton integration={i} />}
          <ExportAllButton integration={i} />
          <Tooltip label="Edit">
            <ActionIcon variant="subtle" color="gray" aria-label="Edit" onClick={() => onEdit(i)}>
              <IconPencil size={18} />
            </ActionIcon>
          </Tooltip>
          <Tooltip label="Delete">
            <ActionIcon variant="subtle" color="red" aria-label="Delete" onClick={() => onDelete(i)}>
              <IconTrash size={18} />
            </ActionIcon>
          </Tooltip>
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}
