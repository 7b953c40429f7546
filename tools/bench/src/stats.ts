/**
 * The harness's statistics: percentiles by linear interpolation between the closest ranks (R's
 * and NumPy's default, "type 7"), so the median of an even count is the mean of the middle two.
 */

/** The p-th percentile (0..100) of the values; NaN for none. */
export function percentile(values: readonly number[], p: number): number {
  if (!(p >= 0 && p <= 100)) throw new RangeError(`a percentile is from 0 to 100, got ${p}`);
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const below = Math.floor(rank);
  const above = Math.ceil(rank);
  const low = sorted[below] as number;
  const high = sorted[above] as number;
  return low + (high - low) * (rank - below);
}

/** What the table shows of a figure measured over repeated runs. */
export interface Spread {
  runs: number;
  min: number;
  median: number;
  p95: number;
}

export function spread(values: readonly number[]): Spread {
  return {
    runs: values.length,
    min: values.length === 0 ? Number.NaN : Math.min(...values),
    median: percentile(values, 50),
    p95: percentile(values, 95),
  };
}

/** Pairwise ratios a[i] / b[i] (runs are paired by position); a pair with a zero or missing side is left out. */
export function ratios(numerators: readonly number[], denominators: readonly number[]): number[] {
  const result: number[] = [];
  for (let index = 0; index < Math.min(numerators.length, denominators.length); index += 1) {
    const numerator = numerators[index] as number;
    const denominator = denominators[index] as number;
    if (Number.isFinite(numerator) && Number.isFinite(denominator) && denominator !== 0) result.push(numerator / denominator);
  }
  return result;
}
