import { call } from './client';
import type { TicketQuery } from './data';

// Typed wrappers over app.ExportAPI. Each call opens the system's Save (or folder) dialog and
// returns at once: an empty id means the admin closed the dialog. Progress arrives as
// `export:progress` events and the end as one `export:finished` event (see events.ts).

export type ExportFormat = 'csv' | 'jsonl';

/** ExportStarted: the job id and where it writes (a folder export: the chosen parent folder). */
export interface ExportStarted {
  id: string;
  path: string;
}

export type ExportState = 'running' | 'done' | 'cancelled' | 'failed';

/** ExportUpdate is the payload of export:progress and export:finished (backend/export.Update). */
export interface ExportUpdate {
  id: string;
  kind: string;
  path: string;
  done: number;
  total: number;
  state: ExportState;
  error?: string;
}

const E = 'ExportAPI';

export const exportApi = {
  tickets: (q: TicketQuery, format: ExportFormat) => call<ExportStarted>(E, 'ExportTickets', q, format),
  ticketHtml: (integrationId: string, id: number) => call<ExportStarted>(E, 'ExportTicketHTML', integrationId, id),
  articleHtml: (integrationId: string, id: number) => call<ExportStarted>(E, 'ExportArticleHTML', integrationId, id),
  sectionHtml: (integrationId: string, id: number) => call<ExportStarted>(E, 'ExportSectionHTML', integrationId, id),
  integration: (integrationId: string) => call<ExportStarted>(E, 'ExportIntegration', integrationId),
  cancel: (id: string) => call<void>(E, 'CancelExport', id),
};
