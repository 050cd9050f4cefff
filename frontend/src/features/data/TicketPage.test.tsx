import { act, screen, waitFor, within } from '@testing-library/react';
import { Navigate, Route, Routes } from 'react-router-dom';
import { renderWithApp } from '../../test/render';
import { emitEvent, goError, stubGo } from '../../test/wails';
import { comment, INTEGRATION_ID, ticketDetail } from './testData';
import { TicketPage } from './TicketPage';

function renderTicket(id = 42) {
  return renderWithApp(
    <Routes>
      <Route path="/" element={<Navigate to={`/tickets/${INTEGRATION_ID}/${id}`} />} />
      <Route path="/tickets/:integrationId/:id" element={<TicketPage />} />
    </Routes>,
  );
}

const thread = [
  comment(1, { authorName: 'Ann Requester', htmlBody: '<p>My printer is on fire</p>' }),
  comment(2, {
    authorName: 'Bob Agent',
    public: false,
    htmlBody: '<p>Customer is VIP<img src="x" onerror="window.__pwned=1"></p><script>window.__pwned=2</script>',
  }),
  comment(3, { authorName: 'Bob Agent', htmlBody: '', plainBody: 'Plain text reply\nsecond line' }),
];

describe('TicketPage', () => {
  it('shows the header and the whole conversation, internal notes labelled', async () => {
    const api = stubGo('DataAPI', { Ticket: () => ticketDetail(42, thread, { subject: 'Printer on fire' }) });
    renderTicket();

    expect(await screen.findByRole('heading', { name: 'Printer on fire' })).toBeInTheDocument();
    expect(api.Ticket).toHaveBeenCalledWith(INTEGRATION_ID, 42);
    expect(screen.getByText('Assignee').parentElement).toHaveTextContent('AssigneeBob Agent');
    expect(screen.getByText('Requester').parentElement).toHaveTextContent('RequesterAnn Requester');

    const conversation = screen.getByRole('region', { name: 'Conversation' });
    const items = within(conversation).getAllByRole('article');
    expect(items).toHaveLength(3);

    const note = screen.getByRole('article', { name: /Internal note by Bob Agent/ });
    expect(within(note).getByText('Internal note')).toBeInTheDocument();
    expect(within(note).getByText('Customer is VIP')).toBeInTheDocument();
    expect(within(items[0]).queryByText('Internal note')).toBeNull();
    expect(within(items[0]).getByText('Public reply')).toBeInTheDocument();
    expect(within(items[0]).getByText('My printer is on fire')).toBeInTheDocument();
    expect(within(items[2]).getByText(/Plain text reply/)).toBeInTheDocument();
  });

  it('renders comment HTML without its script or handlers', async () => {
    stubGo('DataAPI', { Ticket: () => ticketDetail(42, thread) });
    renderTicket();
    const note = await screen.findByRole('article', { name: /Internal note/ });
    expect(note.querySelector('script')).toBeNull();
    expect(note.querySelector('img')?.getAttribute('onerror')).toBeNull();
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('refetches when tickets of its integration change, not of another', async () => {
    let subject = 'Before';
    const api = stubGo('DataAPI', { Ticket: () => ticketDetail(42, thread, { subject }) });
    renderTicket();
    await screen.findByRole('heading', { name: 'Before' });

    act(() => emitEvent('tickets:changed', { integrationId: 'some-other-integration' }));
    await new Promise((r) => setTimeout(r, 50));
    expect(api.Ticket).toHaveBeenCalledTimes(1);

    subject = 'After';
    act(() => emitEvent('tickets:changed', { integrationId: INTEGRATION_ID }));
    expect(await screen.findByRole('heading', { name: 'After' })).toBeInTheDocument();
    await waitFor(() => expect(api.Ticket).toHaveBeenCalledTimes(2));
  });

  it('says why a ticket cannot be shown', async () => {
    stubGo('DataAPI', { Ticket: () => Promise.reject(goError('not_found', 'Ticket 42 is not in the local database.')) });
    renderTicket();
    expect(await screen.findByText('Ticket 42 is not in the local database.')).toBeInTheDocument();
  });

  describe('remote images', () => {
    const BLOCKED_NOTICE = 'Remote images are blocked to protect your privacy';
    const withPixels = [
      comment(1, { authorName: 'Ann Requester', htmlBody: '<p>Hi<img src="https://track.test/p.gif?t=1" width="1" height="1"></p>' }),
      comment(2, { authorName: 'Bob Agent', htmlBody: '<p>Logo <img src="http://cdn.test/logo.png" alt="logo"></p>' }),
    ];
    const remoteSrcs = () =>
      Array.from(screen.getByRole('region', { name: 'Conversation' }).querySelectorAll('img'))
        .map((i) => i.getAttribute('src') ?? '')
        .filter((src) => src.startsWith('http'));

    afterEach(() => window.localStorage.clear());

    it('are blocked until the admin clicks Load remote images for this ticket', async () => {
      stubGo('DataAPI', { Ticket: () => ticketDetail(42, withPixels) });
      const { user } = renderTicket();
      const notice = await screen.findByRole('region', { name: BLOCKED_NOTICE });
      expect(notice).toHaveTextContent('2 images are stored on other servers');
      expect(remoteSrcs()).toEqual([]);
      expect(screen.getAllByTitle('Remote image blocked')).toHaveLength(2);

      await user.click(within(notice).getByRole('button', { name: 'Load remote images' }));
      await waitFor(() => expect(remoteSrcs()).toEqual(['https://track.test/p.gif?t=1', 'https://cdn.test/logo.png']));
      expect(screen.queryByRole('region', { name: BLOCKED_NOTICE })).toBeNull();
    });

    it('load at once with "Always load remote images" on', async () => {
      window.localStorage.setItem('zensync.alwaysLoadRemoteImages', 'true');
      stubGo('DataAPI', { Ticket: () => ticketDetail(42, withPixels) });
      renderTicket();
      await screen.findByRole('region', { name: 'Conversation' });
      await waitFor(() => expect(remoteSrcs()).toHaveLength(2));
      expect(screen.queryByRole('region', { name: BLOCKED_NOTICE })).toBeNull();
    });

    it('show no notice when nothing was blocked', async () => {
      stubGo('DataAPI', { Ticket: () => ticketDetail(42, thread) });
      renderTicket();
      await screen.findByRole('region', { name: 'Conversation' });
      expect(screen.queryByRole('region', { name: BLOCKED_NOTICE })).toBeNull();
    });
  });
});
