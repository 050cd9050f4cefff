import { checkExternalUrl } from '../lib/externalLink';
import { AppError, call } from './client';

/**
 * openExternal opens url in the user's own browser or mail program (LinksAPI.OpenExternal in Go,
 * which checks the scheme again), never inside the web view, which can call Go. It rejects with an
 * AppError ("forbidden") for anything but http, https and mailto, before asking Go.
 */
export async function openExternal(url: string): Promise<void> {
  const checked = checkExternalUrl(url);
  if (!checked.ok) throw new AppError('forbidden', checked.message);
  await call<void>('LinksAPI', 'OpenExternal', checked.url);
}
