import * as DataAPI from '../../wailsjs/go/app/DataAPI';
import type { app } from '../../wailsjs/go/models';
import { bridge } from './client';
import type { Narrow, Plain } from './models';

// Typed wrappers over app.DataAPI: everything the data screens show comes from the local database
// through these calls, so they work with the network off. Types are the generated app.* models;
// ids are numbers, integration ids strings ("" = every integration where allowed).

export type TicketSort = 'updated_desc' | 'created_desc' | 'id_asc';

/** TicketQuery selects a window of the ticket table. Empty/zero fields mean "any"; limit is at most 500. */
export type TicketQuery = Narrow<Plain<app.TicketQuery>, { sort: TicketSort }>;
export type TicketRow = Plain<app.TicketRow>;

/** Page is one window of a table plus the count of every row the query matches. */
export type Page<Row> = Omit<Plain<app.TicketPage>, 'rows'> & { rows: Row[] | null };

export type Comment = Plain<app.Comment>;
export type TicketDetail = Plain<app.TicketDetail>;
export type NamedId = Plain<app.NamedID>;
export type TicketFilterOptions = Plain<app.TicketFilters>;

/** DirectoryQuery selects a window of the users or organizations table. */
export type DirectoryQuery = Plain<app.DirectoryQuery>;
export type UserRow = Plain<app.UserRow>;
export type OrganizationRow = Plain<app.OrganizationRow>;
export type ArticleSummary = Plain<app.ArticleSummary>;
export type HelpCenterCategory = Plain<app.HelpCenterCategory>;
export type HelpCenterTree = Plain<app.HelpCenterTree>;
export type Article = Plain<app.Article>;

/** MAX_LIMIT is the most rows DataAPI returns in one call. */
export const MAX_LIMIT = 500;

const go = bridge('DataAPI', DataAPI);

export const dataApi = {
  tickets: (q: TicketQuery): Promise<Page<TicketRow>> => go.Tickets(q),
  ticket: (integrationId: string, id: number) => go.Ticket(integrationId, id),
  ticketFilters: (integrationId: string) => go.TicketFilters(integrationId),
  users: (q: DirectoryQuery): Promise<Page<UserRow>> => go.Users(q),
  organizations: (q: DirectoryQuery): Promise<Page<OrganizationRow>> => go.Organizations(q),
  userFields: (integrationId: string, id: number) => go.UserFields(integrationId, id),
  organizationFields: (integrationId: string, id: number) => go.OrganizationFields(integrationId, id),
  helpCenter: (integrationId: string) => go.HelpCenter(integrationId),
  /** article reads one article in locale ("" = its first stored locale). */
  article: (integrationId: string, id: number, locale = '') => go.Article(integrationId, id, locale),
};
