import { Badge, Tooltip } from '@mantine/core';
import type { IntegrationDTO } from '../../api/integrations';
import { statusLabels } from './labels';

/** StatusBadge shows the connection status in words, with the reason on hover. */
export function StatusBadge({ integration }: { integration: IntegrationDTO }) {
  const s = statusLabels[integration.status] ?? statusLabels.not_connected;
  const badge = (
    <Badge color={s.color} variant="light" tt="none" size="md" styles={{ label: { overflow: 'visible' } }}>
      {s.label}
    </Badge>
  );
  const why = integration.statusMessage || integration.lastError;
  return why ? (
    <Tooltip label={why} multiline w={280}>
      {badge}
    </Tooltip>
  ) : (
    badge
  );
}
