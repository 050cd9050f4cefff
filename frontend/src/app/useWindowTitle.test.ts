import { describe, expect, it } from 'vitest';
import { titleFor } from './useWindowTitle';

describe('titleFor', () => {
  it.each([
    ['/settings/integrations', 'Zensync — Integrations'],
    ['/tickets', 'Zensync — Tickets'],
    ['/tickets/abc/42', 'Zensync — Ticket'],
    ['/nowhere', 'Zensync'],
  ])('%s is titled %s', (path, title) => {
    expect(titleFor(path)).toBe(title);
  });
});
