import { call } from './client';

/** About mirrors app.About: the running build's version, platform and data folder. */
export interface About {
  version: string;
  os: string;
  arch: string;
  dataDir: string;
}

export const aboutApi = {
  get: () => call<About>('Boot', 'About'),
};
