import * as Boot from '../../wailsjs/go/app/Boot';
import type { app } from '../../wailsjs/go/models';
import { bridge } from './client';
import type { Plain } from './models';

/** About is the running build's version, platform and data folder. */
export type About = Plain<app.About>;

const go = bridge('Boot', Boot);

export const aboutApi = {
  get: () => go.About(),
};
