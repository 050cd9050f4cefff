import { useEffect, useState } from 'react';

/**
 * useNow is the current time in milliseconds, ticking every `everyMs` while `active` (a live
 * countdown re-renders with it); when not active it stays put and costs nothing.
 */
export function useNow(active: boolean, everyMs = 1000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!active) return;
    setNow(Date.now());
    const t = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(t);
  }, [active, everyMs]);
  return now;
}

/** secondsUntil is how many seconds remain until an RFC 3339 deadline at now (0 when past or "" ). */
export function secondsUntil(deadline: string, now: number): number {
  const t = Date.parse(deadline);
  return Number.isNaN(t) ? 0 : Math.max(0, (t - now) / 1000);
}
