import { openExternal } from '../api/links';
import { notifyError } from './notify';

/** openLink opens url outside the app and says on screen when it was refused. */
export function openLink(url: string): void {
  openExternal(url).catch((err: unknown) => notifyError(err, 'Link not opened'));
}
