import * as ExportAPI from '../../wailsjs/go/app/ExportAPI';
import type { app } from '../../wailsjs/go/models';
import { bridge } from './client';
import type { Plain } from './models';
import type { TicketQuery } from './data';

// Typed wrappers over app.ExportAPI. Each call opens the system's Save (or folder) dialog and
// returns at once: an empty id means the admin closed the dialog. Progress arrives as
// `export:progress` events and the end as one `export:finished` event (see events.ts).

export type ExportFormat = 'csv' | 'jsonl';

/** ExportStarted: the job id and where it writes (a folder export: the chosen parent folder). */
export type ExportStarted = Plain<app.ExportStarted>;

export type ExportState = 'running' | 'done' | 'cancelled' | 'failed';

/** ExportUpdate is the payload of export:progress and export:finished (backend/export.Update; an event, not a bound type). */
export interface ExportUpdate {
  id: string;
  kind: string;
  path: string;
  done: number;
  total: number;
  state: ExportState;
  error?: string;
}

const go = bridge('ExportAPI', ExportAPI);

export const exportApi = {
  tickets: (q: TicketQuery, format: ExportFormat) => go.ExportTickets(q, format),
  ticketHtml: (integrationId: string, id: number) => go.ExportTicketHTML(integrationId, id),
  articleHtml: (integrationId: string, id: number, locale: string) => go.ExportArticleHTML(integrationId, id, locale),
  sectionHtml: (integrationId: string, id: number) => go.ExportSectionHTML(integrationId, id),
  integration: (integrationId: string) => go.ExportIntegration(integrationId),
  cancel: (id: string) => go.CancelExport(id),
};
