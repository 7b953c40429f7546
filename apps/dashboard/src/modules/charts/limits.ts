/** No chart draws more than about this many points: more cannot be read and slows the browser. */
export const MAX_CHART_POINTS = 500;

/**
 * At most `max` rows, evenly spaced, always keeping the first and the last. Rows are assumed
 * sorted along the x axis; fewer rows than `max` come back unchanged.
 */
export function thinRows<Row>(rows: readonly Row[], max: number = MAX_CHART_POINTS): Row[] {
  if (max < 2) throw new Error('A chart needs at least two points to thin to');
  if (rows.length <= max) return [...rows];
  const step = (rows.length - 1) / (max - 1);
  return Array.from({ length: max }, (_, index) => rows[Math.round(index * step)] as Row);
}
