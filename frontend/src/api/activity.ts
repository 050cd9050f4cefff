import { call } from './client';

// Typed wrappers over app.ActivityAPI (app/activity.go).

export type ActivityKind = 'sync' | 'webhook' | 'connect';
export type ActivityLevel = 'info' | 'warn' | 'error';

export interface ActivityFilter {
  integrationId: string;
  /** '' for every kind. */
  kind: ActivityKind | '';
  limit: number;
}

export interface ActivityEntry {
  id: number;
  at: string; // RFC 3339, UTC
  integrationId: string;
  integrationName: string;
  kind: ActivityKind;
  level: ActivityLevel;
  message: string;
  reason: string;
}

export const activityApi = {
  /** list returns entries matching the filter, newest first. */
  list: (filter: ActivityFilter) => call<ActivityEntry[]>('ActivityAPI', 'List', filter),
};
