const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** formatDateTime shows an ISO time in the user's locale, or `fallback` for an empty/zero one. */
export function formatDateTime(iso: string | undefined | null, fallback = 'Never'): string {
  if (!iso || iso.startsWith('0001-01-01')) return fallback;
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? fallback : dateTime.format(d);
}

const dateTimeSeconds = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' });

/** formatDateTimeSeconds is formatDateTime to the second, for logs: "Nov 25, 2026, 10:39:01 AM". */
export function formatDateTimeSeconds(iso: string | undefined | null, fallback = '—'): string {
  if (!iso || iso.startsWith('0001-01-01')) return fallback;
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? fallback : dateTimeSeconds.format(d);
}

/** humanize turns a snake_case state into words: "not_registered" → "Not registered". */
export function humanize(state: string): string {
  const s = state.replace(/[_-]+/g, ' ').trim();
  return s ? s[0].toUpperCase() + s.slice(1) : s;
}

/** formatSize writes a byte count as people read it (KB, MB). */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  if (bytes < 1024 * 1024 * 1024) return `${trimZero((bytes / (1024 * 1024)).toFixed(1))} MB`;
  return `${trimZero((bytes / (1024 * 1024 * 1024)).toFixed(1))} GB`;
}

const trimZero = (s: string) => s.replace(/\.0$/, '');
