/** A debounced function: call() schedules fn; cancel() drops what is scheduled. */
export interface Debounced {
  call: () => void;
  cancel: () => void;
}

/**
 * debounce runs fn once `wait` ms after the last call of a burst, and at the latest `maxWait` ms
 * after its first call, so a steady stream of events (a webhook flood) still refreshes now and
 * then, never once per event.
 */
export function debounce(fn: () => void, wait: number, maxWait: number): Debounced {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let first = 0;
  const fire = () => {
    timer = undefined;
    first = 0;
    fn();
  };
  return {
    call() {
      const now = Date.now();
      if (first === 0) first = now;
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(fire, Math.max(0, Math.min(wait, first + maxWait - now)));
    },
    cancel() {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      first = 0;
    },
  };
}
