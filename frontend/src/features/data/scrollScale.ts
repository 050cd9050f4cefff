// Browsers cap an element's height (WebKit and Chromium near 33.5 million px, Firefox near 17.9
// million). A million 34 px rows is past that, so the table's scroll area is at most
// MAX_SCROLL_PX tall and its scroll position is scaled to the list's true ("virtual") height.

/** MAX_SCROLL_PX is the tallest scroll area the table creates; safe in every engine. */
export const MAX_SCROLL_PX = 8_000_000;

export interface ScrollScale {
  /** realSize is the height of the element that scrolls. */
  realSize: number;
  /** factor is virtual offset ÷ real offset (1 when no scaling is needed). */
  factor: number;
}

/**
 * scrollScale maps a list of virtualSize px, seen through a viewport px tall, onto a scroll area no
 * taller than maxReal, so that the real scroll range [0, realSize - viewport] covers the virtual
 * range [0, virtualSize - viewport] exactly: the last row is reachable.
 */
export function scrollScale(
  virtualSize: number,
  viewport: number,
  maxReal: number = MAX_SCROLL_PX,
): ScrollScale {
  if (virtualSize <= maxReal || maxReal <= viewport) {
    return { realSize: virtualSize, factor: 1 };
  }
  return { realSize: maxReal, factor: (virtualSize - viewport) / (maxReal - viewport) };
}

/**
 * rowTop is where a row that starts at virtualStart is drawn inside the real scroll area, when the
 * list is scrolled to virtualOffset: at the same distance from the viewport's top as it would be in
 * an unscaled list.
 */
export function rowTop(virtualStart: number, virtualOffset: number, factor: number): number {
  return virtualStart - virtualOffset + virtualOffset / factor;
}
