import { ActionIcon, Code, Popover, Table, Text } from '@mantine/core';
import { IconHelpCircle } from '@tabler/icons-react';
import { toAppError } from '../../api/client';

/** SEARCH_KEYWORDS is what the Tickets search box understands (Zendesk's search syntax; backend/search). */
export const SEARCH_KEYWORDS: ReadonlyArray<[syntax: string, meaning: string]> = [
  ['4997  #4997', 'ticket number'],
  ['status:open  status<solved', 'new < open < pending < hold < solved < closed'],
  ['priority:high  priority>normal', 'low < normal < high < urgent; priority:none'],
  ['ticket_type:incident', 'question, incident, problem, task'],
  ['requester:  assignee:  submitter:', 'a name or an email; assignee:none'],
  ['organization:  group:', 'a name; organization:none'],
  ['brand:"Main brand"  form:refunds', 'a brand or ticket form by name or id; brand:none'],
  ['tags:vip  via:email', 'a tag, a channel'],
  ['subject:  description:', 'words in that field'],
  ['created>2026-01-01  updated<3days', 'a date, or minutes/hours/days/weeks/months/years ago'],
  ['solved>2026-01-01  solved<1week', 'solved or closed, at its last update'],
  ['"exact phrase"  -word  -tags:vip', 'a phrase; leave out'],
  ['order_by:created  sort:asc', 'created, updated, priority, status, ticket_type'],
];

/** SearchHelp is the "?" beside the search box: a short list of the keywords. */
export function SearchHelp() {
  return (
    <Popover width={460} position="bottom-start" withArrow shadow="md">
      <Popover.Target>
        <ActionIcon variant="subtle" aria-label="Search help" size="sm">
          <IconHelpCircle size={16} />
        </ActionIcon>
      </Popover.Target>
      <Popover.Dropdown>
        <Text size="sm" mb="xs">
          Words search subjects, descriptions, comments and people&apos;s names. Zendesk&apos;s keywords
          narrow the list; the same keyword twice means either.
        </Text>
        <Table withRowBorders={false} verticalSpacing={2} aria-label="Search keywords">
          <Table.Tbody>
            {SEARCH_KEYWORDS.map(([syntax, meaning]) => (
              <Table.Tr key={syntax}>
                <Table.Td>
                  <Code>{syntax}</Code>
                </Table.Td>
                <Table.Td>
                  <Text size="xs">{meaning}</Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Text size="xs" c="dimmed" mt="xs">
          satisfaction:, due_date: and custom field keywords are not available offline yet.
        </Text>
      </Popover.Dropdown>
    </Popover>
  );
}

/** searchErrorOf is the message to show under the search box when the search could not be read. */
export function searchErrorOf(error: unknown): string | undefined {
  if (!error) return undefined;
  const e = toAppError(error);
  return e.code === 'invalid_input' ? e.fields.search : undefined;
}
