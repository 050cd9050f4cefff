import { call } from './client';

// Typed wrappers over app.DataAPI: everything the data screens show comes from the local database
// through these calls, so they work with the network off. JSON names and shapes are fixed by the
// Go DTOs; ids are numbers, integration ids strings ("" = every integration where allowed).

export type TicketSort = 'updated_desc' | 'created_desc' | 'id_asc';

/** TicketQuery selects a window of the ticket table. Empty/zero fields mean "any". */
export interface TicketQuery {
  integrationId: string;
  search: string;
  statuses: string[];
  priorities: string[];
  assigneeId: number;
  organizationId: number;
  tag: string;
  offset: number;
  limit: number; // at most 500
  sort: TicketSort;
}

export interface TicketRow {
  integrationId: string;
  id: number;
  subject: string;
  status: string;
  priority: string;
  requesterName: string;
  assigneeName: string;
  organizationName: string;
  tags: string[] | null;
  createdAt: string;
  updatedAt: string;
  deleted: boolean;
  mergedInto: number;
}

/** Page is one window of a table plus the count of every row the query matches. */
export interface Page<Row> {
  total: number;
  rows: Row[] | null;
}

export interface Comment {
  id: number;
  authorId: number;
  authorName: string;
  public: boolean;
  htmlBody: string;
  plainBody: string;
  createdAt: string;
}

export interface TicketDetail extends TicketRow {
  description: string;
  type: string;
  groupName: string;
  via: string;
  comments: Comment[] | null;
}

export interface NamedId {
  id: number;
  name: string;
}

export interface TicketFilterOptions {
  statuses: string[] | null;
  priorities: string[] | null;
  assignees: NamedId[] | null;
  organizations: NamedId[] | null;
  tags: string[] | null;
}

/** DirectoryQuery selects a window of the users or organizations table. */
export interface DirectoryQuery {
  integrationId: string;
  search: string;
  offset: number;
  limit: number;
}

export interface UserRow {
  integrationId: string;
  id: number;
  name: string;
  email: string;
  role: string;
  organizationName: string;
  active: boolean;
  suspended: boolean;
  updatedAt: string;
}

export interface OrganizationRow {
  integrationId: string;
  id: number;
  name: string;
  domainNames: string[] | null;
  tags: string[] | null;
  userCount: number;
  updatedAt: string;
}

export interface ArticleSummary {
  id: number;
  title: string;
  locale: string;
  draft: boolean;
  updatedAt: string;
}

export interface HelpCenterSection {
  id: number;
  name: string;
  articles: ArticleSummary[] | null;
}

export interface HelpCenterCategory {
  id: number;
  name: string;
  description: string;
  sections: HelpCenterSection[] | null;
}

export interface HelpCenterTree {
  categories: HelpCenterCategory[] | null;
}

export interface Article {
  id: number;
  title: string;
  bodyHtml: string;
  locale: string;
  sectionName: string;
  categoryName: string;
  authorName: string;
  labelNames: string[] | null;
  updatedAt: string;
  htmlUrl: string;
}

/** MAX_LIMIT is the most rows DataAPI returns in one call. */
export const MAX_LIMIT = 500;

const S = 'DataAPI';

export const dataApi = {
  tickets: (q: TicketQuery) => call<Page<TicketRow>>(S, 'Tickets', q),
  ticket: (integrationId: string, id: number) => call<TicketDetail>(S, 'Ticket', integrationId, id),
  ticketFilters: (integrationId: string) =>
    call<TicketFilterOptions>(S, 'TicketFilters', integrationId),
  users: (q: DirectoryQuery) => call<Page<UserRow>>(S, 'Users', q),
  organizations: (q: DirectoryQuery) => call<Page<OrganizationRow>>(S, 'Organizations', q),
  helpCenter: (integrationId: string) => call<HelpCenterTree>(S, 'HelpCenter', integrationId),
  /** article reads one article in locale ("" = its first stored locale). */
  article: (integrationId: string, id: number, locale = '') => call<Article>(S, 'Article', integrationId, id, locale),
};
