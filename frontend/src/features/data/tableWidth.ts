/** GAP_PX and PAD_PX are the grid's column gap and inline padding in VirtualTable. */
export const GAP_PX = 12;
export const PAD_PX = 12;

/**
 * minTableWidth is the narrowest a grid of these tracks can be ("72px", "minmax(180px, 4fr)"…):
 * the sum of each track's smallest px size, the gaps between them and the padding at both ends.
 * Below it the table scrolls sideways instead of letting cells spill into each other.
 */
export function minTableWidth(widths: string[]): number {
  const tracks = widths.reduce((sum, w) => sum + (Number(/(\d+(?:\.\d+)?)px/.exec(w)?.[1]) || 0), 0);
  return tracks + GAP_PX * Math.max(0, widths.length - 1) + PAD_PX * 2;
}
