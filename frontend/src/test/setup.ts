// Vitest setup: jest-dom matchers, the browser APIs Mantine needs that jsdom lacks, and stubs of
// window.go (the Wails bindings) and window.runtime (Wails events). Tests give the bindings their
// behaviour with stubGo() from ./wails.
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';
import { installWailsStubs } from './wails';

// findBy*/waitFor give up after 1 s by default; a busy 2-core machine can take longer to render a
// Mantine form (seen: a 48 s test file under load). A longer wait only slows a failing test.
configure({ asyncUtilTimeout: 5000 });

Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: vi.fn().mockImplementation((query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: vi.fn(),
    removeListener: vi.fn(),
    addEventListener: vi.fn(),
    removeEventListener: vi.fn(),
    dispatchEvent: vi.fn(),
  })),
});

class ResizeObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
}
window.ResizeObserver = ResizeObserverStub as unknown as typeof ResizeObserver;
window.HTMLElement.prototype.scrollIntoView = function scrollIntoView() {};
Object.defineProperty(window, 'scrollTo', { writable: true, value: () => {} });
const { getComputedStyle } = window;
window.getComputedStyle = (elt: Element) => getComputedStyle(elt);

beforeEach(() => installWailsStubs());
afterEach(() => cleanup());
