import { useEffect, useRef } from 'react';

// Events Go pushes to the window (app/events.go). They say "something changed"; the UI refetches.
// Payloads are what the Go side emits as its first argument; fields a screen does not need may be
// absent, so every payload field is optional except the integration id where one is always sent.

export interface EventMap {
  'integrations:changed': { id?: string } | undefined;
  'oauth:finished': { integrationId: string; ok: boolean; message?: string };
  'sync:progress': {
    integrationId: string;
    runId?: string;
    stream?: string;
    records?: number;
    pages?: number;
    waitingSeconds?: number;
    etaSeconds?: number;
    message?: string;
  };
  'sync:finished': { integrationId: string; runId?: string; ok: boolean; message?: string };
  'tickets:changed': { integrationId?: string } | undefined;
  'webhook:received': {
    integrationId: string;
    accepted: boolean;
    reason?: string;
    eventType?: string;
  };
}

export type EventName = keyof EventMap;

type Unsubscribe = () => void;

interface WailsRuntime {
  EventsOn?: (name: string, cb: (...data: unknown[]) => void) => Unsubscribe | void;
  EventsOff?: (name: string, ...more: string[]) => void;
}

declare global {
  interface Window {
    runtime?: WailsRuntime;
  }
}

/**
 * onEvent subscribes to a Go event and returns the function that unsubscribes. Without the Wails
 * runtime (a plain browser, a unit test without the stub) it does nothing.
 */
export function onEvent<K extends EventName>(
  name: K,
  handler: (payload: EventMap[K]) => void,
): Unsubscribe {
  const rt = window.runtime;
  if (!rt?.EventsOn) return () => {};
  const off = rt.EventsOn(name, (...data: unknown[]) => handler(data[0] as EventMap[K]));
  if (typeof off === 'function') return off;
  // Older runtimes return nothing; EventsOff drops every listener of the name.
  return () => rt.EventsOff?.(name);
}

/** useEvent runs handler on every `name` event while the component is mounted. */
export function useEvent<K extends EventName>(
  name: K,
  handler: (payload: EventMap[K]) => void,
): void {
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(() => onEvent(name, (p) => latest.current(p)), [name]);
}
