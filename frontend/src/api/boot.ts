import { call } from './client';

/** BootStatus mirrors app.BootStatus. */
export interface BootStatus {
  ok: boolean;
  message: string;
  path: string;
  dataDir: string;
  version: string;
}

export const bootApi = {
  status: () => call<BootStatus>('Boot', 'Status'),
};
