import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Navigate, Route, Routes } from 'react-router-dom';
import type { Attachment } from '../../api/attachments';
import { renderWithApp } from '../../test/render';
import { stubGo } from '../../test/wails';
import { formatSize } from '../../lib/format';
import { attachmentStateText } from './AttachmentList';
import { comment, INTEGRATION_ID, ticketDetail } from './testData';
import { TicketPage } from './TicketPage';

const SHA = 'cd'.repeat(32);

function attachment(id: number, over: Partial<Attachment>): Attachment {
  return {
    id,
    fileName: `file${id}.log`,
    contentUrl: `https://acme.zendesk.com/attachments/token/tok${id}/?name=file${id}.log`,
    contentType: 'text/plain',
    size: 2048,
    inline: false,
    state: 'pending',
    reason: '',
    sha256: '',
    ...over,
  };
}

const inline = attachment(1, {
  fileName: 'screenshot.png',
  contentUrl: 'https://acme.zendesk.com/attachments/token/tok1/?name=screenshot.png',
  contentType: 'image/png',
  inline: true,
  state: 'downloaded',
  sha256: SHA,
});
const files = [
  attachment(2, { state: 'downloaded', sha256: 'ef'.repeat(32), fileName: 'crash.log' }),
  attachment(3, { state: 'pending', fileName: 'later.log' }),
  attachment(4, { state: 'too_large', reason: 'Larger than the 50 MB limit', fileName: 'dump.bin', size: 60 * 1024 * 1024 }),
  attachment(5, { state: 'failed', reason: 'storage answered 404', fileName: 'gone.txt' }),
];

function renderTicket() {
  return renderWithApp(
    <Routes>
      <Route path="/" element={<Navigate to={`/tickets/${INTEGRATION_ID}/42`} />} />
      <Route path="/tickets/:integrationId/:id" element={<TicketPage />} />
    </Routes>,
  );
}

describe('attachments on the ticket page', () => {
  it('shows an inline image from its local copy and lists the files with their state', async () => {
    stubGo('DataAPI', {
      Ticket: () =>
        ticketDetail(42, [
          comment(1, {
            htmlBody: `<p>Look:</p><p><img src="${inline.contentUrl}" alt="screenshot.png"></p>`,
            attachments: [inline, ...files],
          }),
        ]),
    });
    const api = stubGo('AttachmentsAPI', { Open: () => undefined, SaveAs: () => '/home/me/crash.log' });
    renderTicket();

    const img = await screen.findByRole('img', { name: 'screenshot.png' });
    expect(img).toHaveAttribute('src', `${window.location.origin}/local-attachments/${SHA}`);

    const list = screen.getByRole('list', { name: 'Attachments' });
    expect(within(list).queryByRole('listitem', { name: 'screenshot.png' })).toBeNull(); // shown inline
    const crash = within(list).getByRole('listitem', { name: 'crash.log' });
    expect(crash).toHaveTextContent('2 KB');
    await userEvent.click(within(crash).getByRole('button', { name: 'Open' }));
    expect(api.Open).toHaveBeenCalledWith(INTEGRATION_ID, 2);
    await userEvent.click(within(crash).getByRole('button', { name: 'Save as…' }));
    expect(api.SaveAs).toHaveBeenCalledWith(INTEGRATION_ID, 2);
    expect(await screen.findByText('Saved to /home/me/crash.log')).toBeInTheDocument();

    const states: Array<[string, string]> = [
      ['later.log', 'Not downloaded yet'],
      ['dump.bin', 'Larger than the 50 MB limit'],
      ['gone.txt', 'Could not be downloaded: storage answered 404'],
    ];
    for (const [name, text] of states) {
      const row = within(list).getByRole('listitem', { name });
      expect(row).toHaveTextContent(text);
      expect(within(row).queryByRole('button', { name: 'Open' })).toBeNull();
    }
  });

  it('an inline image not downloaded yet stays blocked and is listed as such', async () => {
    const pendingInline = { ...inline, state: 'pending', sha256: '' };
    stubGo('DataAPI', {
      Ticket: () =>
        ticketDetail(42, [comment(1, { htmlBody: `<img src="${inline.contentUrl}" alt="shot">`, attachments: [pendingInline] })]),
    });
    renderTicket();
    const row = await screen.findByRole('listitem', { name: 'screenshot.png' });
    expect(row).toHaveTextContent('Not downloaded yet');
    await waitFor(() => expect(screen.getByRole('img', { name: /shot|Remote image blocked/ })).not.toHaveAttribute('src', expect.stringContaining('zendesk.com')));
  });

  it.each([
    [500, '500 B'],
    [2048, '2 KB'],
    [5 * 1024 * 1024, '5 MB'],
    [1.5 * 1024 * 1024, '1.5 MB'],
    [3 * 1024 * 1024 * 1024, '3 GB'],
  ])('formatSize(%d) = %s', (n, want) => expect(formatSize(n)).toBe(want));

  it('attachmentStateText says nothing for a downloaded file', () => {
    expect(attachmentStateText(attachment(9, { state: 'downloaded', sha256: SHA }))).toBeNull();
  });
});
