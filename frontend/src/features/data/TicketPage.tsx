import { Anchor, Badge, Group, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router-dom';
import type { TicketDetail } from '../../api/data';
import { exportApi } from '../../api/export';
import { ExportHtmlButton } from '../export/ExportHtmlButton';
import { formatDateTime, humanize } from '../../lib/format';
import { Conversation } from './Conversation';
import { LoadError } from './EmptyStates';
import { PriorityBadge, StatusBadge, Tags } from './labels';
import { RemoteImagesScope } from './RemoteImages';
import { TicketFieldsSection } from './TicketFieldsSection';
import { useTicket } from './queries';

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="sm" component="div">
        {children || '—'}
      </Text>
    </div>
  );
}

function TicketHeader({ ticket }: { ticket: TicketDetail }) {
  return (
    <Stack gap="sm">
      <Group gap="sm" align="center">
        <Title order={2}>{ticket.subject || '(no subject)'}</Title>
        <Text c="dimmed">#{ticket.id}</Text>
        <ExportHtmlButton
          what={`ticket #${ticket.id}`}
          start={() => exportApi.ticketHtml(ticket.integrationId, ticket.id)}
        />
      </Group>
      <Group gap="xs">
        <StatusBadge status={ticket.status} />
        <PriorityBadge priority={ticket.priority} />
        {ticket.deleted && <Badge color="gray">Deleted</Badge>}
        {ticket.mergedInto > 0 && (
          <Badge color="violet" variant="light">
            Merged into #{ticket.mergedInto}
          </Badge>
        )}
      </Group>
      <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm">
        <Field label="Requester">{ticket.requesterName}</Field>
        <Field label="Assignee">{ticket.assigneeName}</Field>
        <Field label="Organization">{ticket.organizationName}</Field>
        <Field label="Group">{ticket.groupName}</Field>
        <Field label="Type">{ticket.type ? humanize(ticket.type) : ''}</Field>
        <Field label="Channel">{ticket.via ? humanize(ticket.via) : ''}</Field>
        <Field label="Created">{formatDateTime(ticket.createdAt, '')}</Field>
        <Field label="Updated">{formatDateTime(ticket.updatedAt, '')}</Field>
      </SimpleGrid>
      <Tags tags={ticket.tags} />
    </Stack>
  );
}

/** TicketPage shows one ticket and its whole conversation; it refetches when the ticket changes. */
export function TicketPage() {
  const params = useParams();
  const integrationId = params.integrationId ?? '';
  const id = Number(params.id);
  const navigate = useNavigate();
  const fromList = (useLocation().state as { fromList?: boolean } | null)?.fromList === true;
  const { data, error, isLoading } = useTicket(integrationId, Number.isInteger(id) ? id : 0);

  return (
    <Stack gap="lg" maw={1000}>
      <Anchor
        component={Link}
        to="/tickets"
        size="sm"
        onClick={(e) => {
          // Back keeps the list's filters and search (they live in the previous URL).
          if (fromList) {
            e.preventDefault();
            navigate(-1);
          }
        }}
      >
        <Group gap={4}>
          <IconArrowLeft size={14} /> Back to tickets
        </Group>
      </Anchor>
      {isLoading && <Loader aria-label="Loading ticket" />}
      {error && <LoadError error={error} what="this ticket" />}
      {data && (
        <>
          <TicketHeader ticket={data} />
          <TicketFieldsSection ticket={data} />
          <RemoteImagesScope scope={`ticket:${data.integrationId}:${data.id}`}>
            <Conversation
              comments={data.comments ?? []}
              description={data.description}
              integrationId={data.integrationId}
            />
          </RemoteImagesScope>
        </>
      )}
    </Stack>
  );
}
