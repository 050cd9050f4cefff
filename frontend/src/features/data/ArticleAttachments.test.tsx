import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Navigate, Route, Routes } from 'react-router-dom';
import type { Attachment } from '../../api/attachments';
import type { Article } from '../../api/data';
import { renderWithApp } from '../../test/render';
import { emitEvent, stubGo } from '../../test/wails';
import { ArticlePage } from './ArticlePage';
import { attachmentToken, sanitizeHtml } from './sanitize';

const SHA = 'ab'.repeat(32);
const IMG_URL = 'https://acme.zendesk.test/hc/article_attachments/8001/screenshot.png';

const pendingText: Omit<Attachment, 'id' | 'fileName' | 'contentUrl'> = { contentType: 'text/plain', size: 2048, inline: false, state: 'pending', reason: '', sha256: '' };

/** file is article attachment id, served where Zendesk serves them. */
const file = (id: number, over: Partial<Attachment>): Attachment => ({
  id,
  fileName: `file${id}.txt`,
  contentUrl: `https://acme.zendesk.test/hc/article_attachments/${id}/file${id}.txt`,
  ...pendingText,
  ...over,
});

const image = file(8001, { fileName: 'screenshot.png', contentUrl: IMG_URL, contentType: 'image/png', inline: true });
const checklist = file(8003, { fileName: 'checklist.txt', state: 'downloaded', sha256: 'cd'.repeat(32) });
const waiting = file(8004, { fileName: 'later.txt' });

const article: Article = {
  id: 101,
  title: 'Reset your password',
  bodyHtml: `<p>Click here:</p><p><img src="${IMG_URL}" alt="screenshot.png"></p>`,
  locale: 'en-us',
  sectionName: 'Accounts',
  categoryName: 'Getting started',
  authorName: 'Dana Writer',
  labelNames: [],
  updatedAt: '2026-11-01T10:00:00Z', // only formatted
  htmlUrl: 'https://acme.zendesk.test/hc/en-us/articles/101',
};

/** renderArticle opens article 101 of integration hc-1, as the Help Center's links do. */
const renderArticle = () =>
  renderWithApp(
    <Routes>
      <Route path="/help-center/:integrationId/:articleId" element={<ArticlePage />} />
      <Route path="*" element={<Navigate to="/help-center/hc-1/101" />} />
    </Routes>,
  );

describe('Help Center article attachments', () => {
  it('shows the inline image from its local copy once downloaded, and lists the files with Open and Save as…', async () => {
    let files = [image, checklist, waiting];
    stubGo('DataAPI', { Article: () => article });
    const api = stubGo('AttachmentsAPI', {
      ArticleAttachments: () => files,
      OpenArticleAttachment: () => undefined,
      SaveArticleAttachmentAs: () => '/home/me/checklist.txt',
    });
    renderArticle();

    const list = await screen.findByRole('list', { name: 'Attachments' });
    expect(api.ArticleAttachments).toHaveBeenCalledWith('hc-1', 101);
    // not downloaded yet: said so, and the image is not loaded from Zendesk
    expect(within(list).getByRole('listitem', { name: 'screenshot.png' })).toHaveTextContent('Not downloaded yet');
    expect(within(list).getByRole('listitem', { name: 'later.txt' })).toHaveTextContent('Not downloaded yet');
    const body = screen.getByRole('region', { name: 'Article' });
    expect(body.innerHTML).not.toContain('acme.zendesk.test/hc/article_attachments');

    const row = within(list).getByRole('listitem', { name: 'checklist.txt' });
    await userEvent.click(within(row).getByRole('button', { name: 'Open' }));
    expect(api.OpenArticleAttachment).toHaveBeenCalledWith('hc-1', 8003);
    await userEvent.click(within(row).getByRole('button', { name: 'Save as…' }));
    expect(api.SaveArticleAttachmentAs).toHaveBeenCalledWith('hc-1', 8003);
    expect(await screen.findByText('Saved to /home/me/checklist.txt')).toBeInTheDocument();

    // the downloader finishes the image: the page refetches and shows it from the local copy
    files = [{ ...image, state: 'downloaded', sha256: SHA }, checklist, waiting];
    act(() => emitEvent('tickets:changed', {}));
    await waitFor(() =>
      expect(screen.getByRole('img', { name: 'screenshot.png' })).toHaveAttribute('src', `${window.location.origin}/local-attachments/${SHA}`),
    );
    await waitFor(() => expect(within(list).queryByRole('listitem', { name: 'screenshot.png' })).toBeNull());
  });

  it('lists nothing when the article has no files', async () => {
    stubGo('DataAPI', { Article: () => ({ ...article, bodyHtml: '<p>Plain</p>' }) });
    const api = stubGo('AttachmentsAPI', { ArticleAttachments: () => [] });
    renderArticle();
    expect(await screen.findByText('Plain')).toBeInTheDocument();
    await waitFor(() => expect(api.ArticleAttachments).toHaveBeenCalled());
    expect(screen.queryByRole('region', { name: 'Article attachments' })).toBeNull();
  });

  it.each([
    ['https://acme.zendesk.com/hc/article_attachments/360042163831/Screen_Shot.png', 'article:360042163831'],
    ['https://acme.zendesk.com/hc/article_attachments/42311685306903', 'article:42311685306903'],
    ['https://help.acme.com/hc/en-us/article_attachments/103/b.png', 'article:103'],
    ['http://127.0.0.1:8080/acme/hc/pt-br/article_attachments/7/x.png', 'article:7'],
    ['https://acme.zendesk.com/attachments/token/abc/?name=a.png', 'abc'],
    ['https://acme.zendesk.com/hc/en-us/articles/101', null],
    ['https://acme.zendesk.com/hc/article_attachments/notanumber/x.png', null],
  ])('attachmentToken(%s) = %s', (url, want) => expect(attachmentToken(url)).toBe(want));

  it('the sanitizer rewrites an article image to its local copy and blocks the others', () => {
    const html = `<img src="/hc/article_attachments/55/a.png" alt="a"><img src="https://acme.zendesk.com/hc/article_attachments/56/b.png" alt="b">`;
    const out = sanitizeHtml(html, { baseUrl: 'https://acme.zendesk.com/hc/en-us/articles/1', localAttachments: { 'article:55': `/local-attachments/${SHA}` } });
    expect(out).toContain(`src="${window.location.origin}/local-attachments/${SHA}"`);
    expect(out).not.toContain('article_attachments/56');
  });
});
