import { reduceLive } from './useSyncProgress';

const idle = { running: null, streams: {}, outcome: null };
const stream = (name: string, records: number, pages: number, waitingUntil = '', etaSeconds = 0) => ({
  stream: name,
  records,
  pages,
  waitingUntil,
  etaSeconds,
});

describe('reduceLive', () => {
  it('takes every stream of the run from each progress event', () => {
    let s = reduceLive(idle, { type: 'started' });
    s = reduceLive(s, {
      type: 'progress',
      p: { integrationId: 'a', stream: 'tickets', records: 10, pages: 1, streams: [stream('comments', 0, 0), stream('tickets', 10, 1)] },
    });
    s = reduceLive(s, {
      type: 'progress',
      p: {
        integrationId: 'a',
        stream: 'tickets',
        records: 25,
        pages: 3,
        streams: [stream('comments', 5, 1, '2030-01-01T00:00:30Z'), stream('tickets', 20, 2, '', 9)],
      },
    });
    expect(s.running).toBe(true);
    expect(s.streams.tickets).toEqual(stream('tickets', 20, 2, '', 9));
    expect(s.streams.comments.waitingUntil).toBe('2030-01-01T00:00:30Z');
  });

  it("keeps the run's estimate in words beside the streams, and drops it when the run ends", () => {
    let s = reduceLive(idle, { type: 'started' });
    const estimate = "about 35 min left at Zendesk's limit of 10 export requests a minute";
    s = reduceLive(s, {
      type: 'progress',
      p: { integrationId: 'a', etaSeconds: 2100, estimate, streams: [stream('tickets', 20, 2, '', 60)] },
    });
    expect(s).toMatchObject({ etaSeconds: 2100, estimate });
    expect(s.streams.tickets.etaSeconds).toBe(60);
    s = reduceLive(s, { type: 'progress', p: { integrationId: 'a', running: false, streams: [stream('tickets', 30, 3)] } });
    expect(s).toMatchObject({ running: false, etaSeconds: 0, estimate: '' });
  });

  it('keeps the latest progress of a stream when an event names only one', () => {
    let s = reduceLive(idle, { type: 'started' });
    s = reduceLive(s, { type: 'progress', p: { integrationId: 'a', stream: 'tickets', records: 10, pages: 1 } });
    s = reduceLive(s, { type: 'progress', p: { integrationId: 'a', stream: 'users', records: 5, pages: 1 } });
    expect(Object.keys(s.streams).sort()).toEqual(['tickets', 'users']);
  });

  it('ends with the outcome and starts the next run from zero', () => {
    let s = reduceLive(idle, { type: 'progress', p: { integrationId: 'a', streams: [stream('tickets', 1, 1)] } });
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
