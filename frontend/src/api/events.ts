import { useEffect, useRef } from 'react';
import type { ExportUpdate } from './export';
import type { SyncProgress } from './sync';

// Events Go pushes to the window (app/events.go). They say "something changed"; the UI refetches.
// Payloads mirror the Go structs emitted as the first argument (app/*_dto.go). Fields a screen
// does not need may be left out by tests, so only the integration id is always required.

export interface EventMap {
  /** Sent with the integration's id (a string, or {id}), or with nothing after a sync. */
  'integrations:changed': string | { id?: string } | undefined;
  /** app.OAuthFinished */
  'oauth:finished': {
    integrationId: string;
    ok: boolean;
    message?: string;
    regenerated?: boolean;
    cancelled?: boolean;
  };
  /** app.SyncProgress (throttled) */
  'sync:progress': SyncProgress;
  /** app.SyncFinished */
  'sync:finished': { integrationId: string; ok: boolean; message?: string };
  /** app.TicketsChanged */
  'tickets:changed': { integrationId?: string } | undefined;
  /** app.WebhookReceived */
  'webhook:received': {
    integrationId: string;
    accepted: boolean;
    reason?: string;
    eventType?: string;
    count?: number;
  };
  /** export.Update while an export runs (throttled) */
  'export:progress': ExportUpdate;
  /** export.Update once, when an export is done, cancelled or failed */
  'export:finished': ExportUpdate;
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
