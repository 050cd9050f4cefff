import * as ActivityAPI from '../../wailsjs/go/app/ActivityAPI';
import type { app } from '../../wailsjs/go/models';
import { bridge } from './client';
import type { Narrow, Plain } from './models';

// Typed wrappers over app.ActivityAPI (app/activity.go).

export type ActivityKind = 'sync' | 'webhook' | 'connect';
export type ActivityLevel = 'info' | 'warn' | 'error';

/** ActivityFilter: kind '' is every kind. */
export type ActivityFilter = Narrow<Plain<app.ActivityFilter>, { kind: ActivityKind | '' }>;

/** ActivityEntry: at is RFC 3339, UTC. */
export type ActivityEntry = Narrow<Plain<app.ActivityEntry>, { kind: ActivityKind; level: ActivityLevel }>;

const go = bridge('ActivityAPI', ActivityAPI);

export const activityApi = {
  /** list returns entries matching the filter, newest first. */
  list: (filter: ActivityFilter) => go.List(filter) as Promise<ActivityEntry[]>,
};
