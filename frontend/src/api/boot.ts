import * as Boot from '../../wailsjs/go/app/Boot';
import type { app } from '../../wailsjs/go/models';
import { bridge } from './client';
import type { Plain } from './models';

export type BootStatus = Plain<app.BootStatus>;

const go = bridge('Boot', Boot);

export const bootApi = {
  status: () => go.Status(),
};
