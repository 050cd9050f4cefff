import * as AttachmentsAPI from '../../wailsjs/go/app/AttachmentsAPI';
import type { app } from '../../wailsjs/go/models';
import { bridge } from './client';
import type { Plain } from './models';

// Typed wrappers over app.AttachmentsAPI: attachments are opened and saved from their local
// copies (downloaded in the background after sync), so this works offline.

export type Attachment = Plain<app.Attachment>;
export type AttachmentStatus = Plain<app.AttachmentStatus>;

/** LOCAL_ATTACHMENTS is where the app serves downloaded attachment images to the web view. */
export const LOCAL_ATTACHMENTS = '/local-attachments/';

const go = bridge('AttachmentsAPI', AttachmentsAPI);

export const attachmentsApi = {
  /** open shows the local copy in the system's viewer. */
  open: (integrationId: string, id: number) => go.Open(integrationId, id),
  /** saveAs asks where to save the local copy; resolves to the path, or "" when cancelled. */
  saveAs: (integrationId: string, id: number) => go.SaveAs(integrationId, id),
  status: () => go.Status(),
};

/** articleAttachmentsApi: a Help Center article's files, from their local copies like a ticket's. */
export const articleAttachmentsApi = {
  /** list is the article's files and their download state (inline images last). */
  list: (integrationId: string, articleId: number) => go.ArticleAttachments(integrationId, articleId),
  open: (integrationId: string, id: number) => go.OpenArticleAttachment(integrationId, id),
  saveAs: (integrationId: string, id: number) => go.SaveArticleAttachmentAs(integrationId, id),
};
