import { useCallback, useSyncExternalStore } from 'react';

// "Always load remote images" is a preference of this computer's web view, kept in localStorage
// (the web view's own storage, under the user's data folder); Go holds no settings store. Off by
// default: remote images in Zendesk content are blocked until the admin asks.

export const ALWAYS_LOAD_REMOTE_IMAGES_KEY = 'zensync.alwaysLoadRemoteImages';

const listeners = new Set<() => void>();

function read(): boolean {
  try {
    return window.localStorage.getItem(ALWAYS_LOAD_REMOTE_IMAGES_KEY) === 'true';
  } catch {
    return false; // storage unavailable: keep the safe default
  }
}

function subscribe(onChange: () => void): () => void {
  listeners.add(onChange);
  window.addEventListener('storage', onChange);
  return () => {
    listeners.delete(onChange);
    window.removeEventListener('storage', onChange);
  };
}

/** setAlwaysLoadRemoteImages saves the preference and updates every screen that shows content. */
export function setAlwaysLoadRemoteImages(on: boolean): void {
  try {
    if (on) window.localStorage.setItem(ALWAYS_LOAD_REMOTE_IMAGES_KEY, 'true');
    else window.localStorage.removeItem(ALWAYS_LOAD_REMOTE_IMAGES_KEY);
  } finally {
    listeners.forEach((l) => l());
  }
}

/** useAlwaysLoadRemoteImages returns the preference and its setter. */
export function useAlwaysLoadRemoteImages(): [boolean, (on: boolean) => void] {
  const on = useSyncExternalStore(subscribe, read, () => false);
  const set = useCallback((v: boolean) => setAlwaysLoadRemoteImages(v), []);
  return [on, set];
}
