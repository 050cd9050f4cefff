import { Badge, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { TicketDetail } from '../../api/data';

const SATISFACTION: Record<string, { label: string; color: string }> = {
  good: { label: 'Good', color: 'green' },
  bad: { label: 'Bad', color: 'red' },
  offered: { label: 'Offered, not rated', color: 'gray' },
  unoffered: { label: 'Not offered', color: 'gray' },
};

/** FieldItem is one labelled value of a fields grid ("—" when empty); the value is text, never HTML. */
export function FieldItem({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" fw={600}>
        {label}
      </Text>
      <Text size="sm" component="div" style={{ overflowWrap: 'anywhere' }}>
        {children || '—'}
      </Text>
    </div>
  );
}

/** Satisfaction shows a ticket's rating and its comment ("—" when not rated). */
export function Satisfaction({ score, comment }: { score: string; comment: string }) {
  if (!score) return <>—</>;
  const s = SATISFACTION[score] ?? { label: score, color: 'gray' };
  return (
    <Stack gap={2}>
      <Group gap={4}>
        <Badge color={s.color} variant="light">
          {s.label}
        </Badge>
      </Group>
      {comment && <Text size="sm">“{comment}”</Text>}
    </Stack>
  );
}

/**
 * TicketFieldsSection shows the ticket's brand, form and satisfaction rating and each custom
 * field with a value, by its title, with option names (not stored values), Yes/No and dates
 * spelled out by the backend. Values are text, never HTML.
 */
export function TicketFieldsSection({ ticket }: { ticket: TicketDetail }) {
  const fields = ticket.fields ?? [];
  return (
    <Stack gap="xs" component="section" aria-labelledby="ticket-fields-title">
      <Title order={4} id="ticket-fields-title">
        Fields
      </Title>
      <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm">
        <FieldItem label="Brand">{ticket.brandName}</FieldItem>
        <FieldItem label="Form">{ticket.formName}</FieldItem>
        <FieldItem label="Satisfaction">
          <Satisfaction score={ticket.satisfactionScore} comment={ticket.satisfactionComment} />
        </FieldItem>
        {fields.map((f) => (
          <FieldItem key={f.id} label={f.title}>
            {f.value}
          </FieldItem>
        ))}
      </SimpleGrid>
      {fields.length === 0 && (
        <Text size="sm" c="dimmed">
          No custom field has a value on this ticket.
        </Text>
      )}
    </Stack>
  );
}
