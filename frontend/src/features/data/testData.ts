import { afterEach, beforeEach } from 'vitest';
import type { Comment, OrganizationRow, TicketDetail, TicketQuery, TicketRow, UserRow } from '../../api/data';
import { integration } from '../../test/fixtures';
import { stubGo } from '../../test/wails';

// Builders of DataAPI answers as Go sends them, for the data screens' tests.

export const INTEGRATION_ID = 'b7a8c1de-0000-4000-8000-000000000001';

export function ticketRow(id: number, over: Partial<TicketRow> = {}): TicketRow {
  return {
    integrationId: INTEGRATION_ID,
    id,
    subject: `Ticket subject ${id}`,
    status: 'open',
    priority: 'normal',
    requesterName: 'Ann Requester',
    assigneeName: 'Bob Agent',
    organizationName: 'Acme',
    tags: ['vip'],
    // Fixed dates are safe: the screens only format them, nothing compares them with today.
    createdAt: '2026-11-01T10:00:00Z',
    updatedAt: '2026-11-02T10:00:00Z',
    deleted: false,
    mergedInto: 0,
    ...over,
  };
}

/** ticketsOf answers DataAPI.Tickets for a list of total tickets numbered from 1. */
export function ticketsOf(total: number) {
  return (q: TicketQuery) => {
    const n = Math.max(0, Math.min(q.limit, total - q.offset));
    return { total, rows: Array.from({ length: n }, (_, i) => ticketRow(q.offset + i + 1)) };
  };
}

export function comment(id: number, over: Partial<Comment> = {}): Comment {
  return {
    id,
    authorId: 10,
    authorName: 'Ann Requester',
    public: true,
    htmlBody: `<p>Comment body ${id}</p>`,
    plainBody: `Comment body ${id}`,
    createdAt: '2026-11-01T10:00:00Z',
    ...over,
    attachments: over.attachments ?? [],
  };
}

export function ticketDetail(id: number, comments: Comment[], over: Partial<TicketDetail> = {}): TicketDetail {
  return {
    ...ticketRow(id),
    description: 'The printer is on fire',
    type: 'incident',
    groupName: 'Support',
    via: 'email',
    comments,
    brandName: '',
    formName: '',
    satisfactionScore: '',
    satisfactionComment: '',
    fields: [],
    ...over,
  };
}

export function userRow(id: number, over: Partial<UserRow> = {}): UserRow {
  return {
    integrationId: INTEGRATION_ID,
    id,
    name: `User ${id}`,
    email: `user${id}@acme.test`,
    role: 'end-user',
    organizationName: 'Acme',
    active: true,
    suspended: false,
    updatedAt: '2026-11-01T10:00:00Z', // fixed on purpose: the screen only formats it
    ...over,
  };
}

export function organizationRow(id: number, over: Partial<OrganizationRow> = {}): OrganizationRow {
  return {
    integrationId: INTEGRATION_ID,
    id,
    name: `Organization ${id}`,
    domainNames: ['acme.test'],
    tags: ['enterprise'],
    userCount: 12,
    updatedAt: '2026-11-01T10:00:00Z',
    ...over,
  };
}

export const filterOptions = {
  statuses: ['new', 'open', 'pending', 'solved'],
  priorities: ['low', 'normal', 'high', 'urgent'],
  assignees: [{ id: 5, name: 'Bob Agent' }],
  organizations: [{ id: 7, name: 'Acme' }],
  tags: ['vip', 'billing'],
  brands: [{ id: 70, name: 'Acme Support' }, { id: 71, name: 'Acme Labs' }],
  forms: [{ id: 80, name: 'Billing request' }],
  groups: [{ id: 90, name: 'Tier 2' }],
  fields: [
    { id: 360, title: 'Plan', type: 'tagger', options: [{ value: 'gold', name: 'Gold plan' }, { value: 'free', name: 'Free plan' }] },
    { id: 361, title: 'Order reference', type: 'text', options: [] },
  ],
};

/**
 * withViewport gives every element a 600 px tall box (jsdom lays nothing out), so the virtualized
 * table sees a real viewport; it returns the function that undoes it.
 */
function withViewport(height = 600, width = 1200): () => void {
  const proto = HTMLElement.prototype;
  const saved = ['clientHeight', 'clientWidth', 'offsetHeight', 'offsetWidth'].map(
    (k) => [k, Object.getOwnPropertyDescriptor(proto, k)] as const,
  );
  for (const k of ['clientHeight', 'offsetHeight']) {
    Object.defineProperty(proto, k, { configurable: true, get: () => height });
  }
  for (const k of ['clientWidth', 'offsetWidth']) {
    Object.defineProperty(proto, k, { configurable: true, get: () => width });
  }
  return () => {
    for (const [k, d] of saved) {
      if (d) Object.defineProperty(proto, k, d);
      else delete (proto as unknown as Record<string, unknown>)[k];
    }
  };
}

/**
 * withDataPage sets up, around each test of the suite it is called in, what every data screen
 * reads besides its rows: a 600 px viewport and one integration. The tests stub DataAPI themselves.
 */
export function withDataPage(): void {
  let restore = () => {};
  beforeEach(() => {
    restore = withViewport();
    stubGo('IntegrationsAPI', { List: () => [integration()] });
  });
  afterEach(() => restore());
}

/** withTicketsPage is withDataPage plus the filter options; the tests stub DataAPI.Tickets themselves. */
export function withTicketsPage(): void {
  withDataPage();
  beforeEach(() => {
    stubGo('DataAPI', { TicketFilters: () => filterOptions });
  });
}
