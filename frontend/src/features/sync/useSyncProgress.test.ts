import { reduceLive } from './useSyncProgress';

const idle = { running: null, streams: {}, outcome: null };

describe('reduceLive', () => {
  it('keeps the latest progress of each stream', () => {
    let s = reduceLive(idle, { type: 'started' });
    s = reduceLive(s, { type: 'progress', p: { integrationId: 'a', stream: 'tickets', records: 10, pages: 1 } });
    s = reduceLive(s, { type: 'progress', p: { integrationId: 'a', stream: 'users', records: 5, pages: 1, waitingSeconds: 30 } });
    s = reduceLive(s, { type: 'progress', p: { integrationId: 'a', stream: 'tickets', records: 20, pages: 2, etaSeconds: 9 } });
    expect(s.running).toBe(true);
    expect(s.streams.tickets).toEqual({ stream: 'tickets', records: 20, pages: 2, waitingSeconds: 0, etaSeconds: 9, estimate: '' });
    expect(s.streams.users.waitingSeconds).toBe(30);
  });

  it('ends with the outcome and starts afresh', () => {
    let s = reduceLive(idle, { type: 'progress', p: { integrationId: 'a', stream: 'tickets', records: 1 } });
    s = reduceLive(s, { type: 'finished', outcome: { ok: false, message: 'Token expired' } });
    expect(s).toMatchObject({ running: false, outcome: { ok: false, message: 'Token expired' } });
    expect(s.streams.tickets.records).toBe(1);
    s = reduceLive(s, { type: 'started' });
    expect(s).toEqual({ running: true, streams: {}, outcome: null });
  });

  it('a progress event that says the sync stopped ends it', () => {
    const s = reduceLive(idle, { type: 'progress', p: { integrationId: 'a', stream: 'tickets', records: 3, running: false } });
    expect(s.running).toBe(false);
  });
});
