import { vi } from 'vitest';
import * as ActivityAPI from '../../wailsjs/go/app/ActivityAPI';
import * as AttachmentsAPI from '../../wailsjs/go/app/AttachmentsAPI';
import * as Boot from '../../wailsjs/go/app/Boot';
import * as ConnectAPI from '../../wailsjs/go/app/ConnectAPI';
import * as DataAPI from '../../wailsjs/go/app/DataAPI';
import * as ExportAPI from '../../wailsjs/go/app/ExportAPI';
import * as IntegrationsAPI from '../../wailsjs/go/app/IntegrationsAPI';
import * as LinksAPI from '../../wailsjs/go/app/LinksAPI';
import * as SyncAPI from '../../wailsjs/go/app/SyncAPI';
import * as WebhooksAPI from '../../wailsjs/go/app/WebhooksAPI';
import type { EventName, EventMap } from '../api/events';

/** The generated bindings by struct name: stubs may only bind methods Go has. */
const generated = { ActivityAPI, AttachmentsAPI, Boot, ConnectAPI, DataAPI, ExportAPI, IntegrationsAPI, LinksAPI, SyncAPI, WebhooksAPI };
type Struct = keyof typeof generated;

type Method = (...args: never[]) => unknown;

/**
 * installWailsStubs gives every test a fresh window.go (empty: a call to an unstubbed method
 * fails like a missing binding) and a window.runtime whose events work in memory.
 */
export function installWailsStubs(): void {
  const listeners = new Map<string, Set<(...data: unknown[]) => void>>();
  window.go = { app: {} };
  window.runtime = {
    EventsOn: (name, cb) => {
      const set = listeners.get(name) ?? new Set();
      set.add(cb);
      listeners.set(name, set);
      return () => set.delete(cb);
    },
    EventsOff: (name) => listeners.delete(name),
  };
  emitters.emit = (name, ...data) => listeners.get(name)?.forEach((cb) => cb(...data));
}

const emitters: { emit: (name: string, ...data: unknown[]) => void } = { emit: () => {} };

/** emitEvent delivers a Go event to the window, as runtime.EventsEmit would. */
export function emitEvent<K extends EventName>(name: K, payload?: EventMap[K]): void {
  emitters.emit(name, payload);
}

/**
 * stubGo binds methods of a Go struct: stubGo('IntegrationsAPI', { List: async () => [] }).
 * Each method becomes a vi.fn so tests can assert calls; the mocks are returned.
 */
export function stubGo<S extends Struct, M extends { [K in keyof M]: K extends keyof (typeof generated)[S] ? Method : never }>(
  struct: S,
  methods: M,
): { [K in keyof M]: ReturnType<typeof vi.fn> } {
  const bound: Record<string, ReturnType<typeof vi.fn>> = {};
  for (const [name, impl] of Object.entries(methods)) {
    bound[name] = vi.fn(async (...args: unknown[]) => (impl as (...a: unknown[]) => unknown)(...args));
  }
  window.go!.app![struct] = { ...(window.go!.app![struct] ?? {}), ...bound } as never;
  return bound as { [K in keyof M]: ReturnType<typeof vi.fn> };
}

/** goError is what a Go method rejects with: the JSON text of app's coded error. */
export function goError(code: string, message: string, fields?: Record<string, string>): string {
  return JSON.stringify(fields ? { code, message, fields } : { code, message });
}
