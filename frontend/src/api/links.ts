import * as LinksAPI from '../../wailsjs/go/app/LinksAPI';
import { checkExternalUrl } from '../lib/externalLink';
import { AppError, bridge } from './client';

const go = bridge('LinksAPI', LinksAPI);

/**
 * openExternal opens url in the user's own browser or mail program (LinksAPI.OpenExternal in Go,
 * which checks the scheme again), never inside the web view, which can call Go. It rejects with an
 * AppError ("forbidden") for anything but http, https and mailto, before asking Go.
 */
export async function openExternal(url: string): Promise<void> {
  const checked = checkExternalUrl(url);
  if (!checked.ok) throw new AppError('forbidden', checked.message);
  await go.OpenExternal(checked.url);
}
