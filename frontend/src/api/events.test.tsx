import { renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { emitEvent } from '../test/wails';
import { onEvent, useEvent } from './events';

describe('useEvent', () => {
  it('delivers the payload while mounted and stops after unmount', () => {
    const handler = vi.fn();
    const { unmount } = renderHook(() => useEvent('sync:finished', handler));
    emitEvent('sync:finished', { integrationId: 'i1', ok: true });
    expect(handler).toHaveBeenCalledWith({ integrationId: 'i1', ok: true });
    unmount();
    emitEvent('sync:finished', { integrationId: 'i1', ok: false });
    expect(handler).toHaveBeenCalledTimes(1);
  });

  it('calls the latest handler without subscribing again', () => {
    const first = vi.fn();
    const second = vi.fn();
    const { rerender } = renderHook(({ h }) => useEvent('tickets:changed', h), { initialProps: { h: first } });
    rerender({ h: second });
    emitEvent('tickets:changed', { integrationId: 'i1' });
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledTimes(1);
  });

  it('does nothing without the Wails runtime', () => {
    window.runtime = undefined;
    const off = onEvent('integrations:changed', vi.fn());
    expect(() => off()).not.toThrow();
  });
});
