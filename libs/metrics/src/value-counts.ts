import { tCritical95 } from './t-distribution';

/**
 * The sufficient statistic the SQL layer returns for a distribution: how many observations
 * (`count`) had each `value`, e.g. how many pre-session NPRS scores were 0, 1, …, 10 in a cohort's
 * week 3, or how many episodes had a week-mean pain of 5.5.
 */
export interface ValueCount {
  value: number;
  count: number;
}

/** Mean with its spread and 95 % confidence interval; figures that need two or more are null below that. */
export interface MeanSummary {
  /** Number of observations. */
  n: number;
  /** Arithmetic mean; null when n = 0. */
  mean: number | null;
  /** Sample standard deviation (n − 1 denominator); null when n < 2. */
  sd: number | null;
  /** Lower end of the 95 % t interval of the mean; null when n < 2. */
  ciLow: number | null;
  /** Upper end of the 95 % t interval of the mean; null when n < 2. */
  ciHigh: number | null;
  /** The t(0.975, n − 1) multiplier used for the interval; null when n < 2. */
  tCritical: number | null;
}

/** {@link MeanSummary} plus the exact median, available when the whole distribution is known. */
export interface ValueCountSummary extends MeanSummary {
  /** Exact median: the middle value, or the mean of the two middle values when n is even; null when n = 0. */
  median: number | null;
}

/** Running totals the SQL layer can return instead of the distribution: COUNT, SUM and SUM of squares. */
export interface Moments {
  n: number;
  sum: number;
  sumSquares: number;
}

/**
 * Relative slack allowed when sumSquares − sum²/n comes out negative: cancellation in floating
 * point can leave a tiny negative where the exact value is 0 (all observations equal).
 */
const CANCELLATION_TOLERANCE = 1e-9;

/**
 * Merges value-count lists (e.g. one per clinic, or one per SQL shard) into one: counts are summed
 * per distinct value, values whose counts total 0 are dropped, and the result is sorted by value
 * ascending. Throws RangeError when a value is not finite or a count is not a non-negative integer.
 */
export function mergeValueCounts(...lists: readonly (readonly ValueCount[])[]): ValueCount[] {
  const countByValue = new Map<number, number>();
  for (const list of lists) {
    for (const { value, count } of list) {
      assertValueCount(value, count);
      countByValue.set(value, (countByValue.get(value) ?? 0) + count);
    }
  }
  return [...countByValue.entries()]
    .filter(([, count]) => count > 0)
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => a.value - b.value);
}

/**
 * Turns a plain list of observations into value counts (each observation counted once, then
 * merged as in {@link mergeValueCounts}), so a list can be described with {@link describeValueCounts}.
 */
export function toValueCounts(observations: readonly number[]): ValueCount[] {
  return mergeValueCounts(observations.map((value) => ({ value, count: 1 })));
}

/**
 * Describes a distribution given as value counts (duplicated or unsorted values are merged first):
 * - n = Σ count;
 * - mean = Σ value·count / n;
 * - sd = √( Σ count·(value − mean)² / (n − 1) ), the sample standard deviation (null when n < 2);
 * - median = exact median: the value at the middle rank, or the mean of the two middle values when
 *   n is even (null when n = 0);
 * - 95 % CI of the mean = mean ± t(0.975, n − 1)·sd/√n (null when n < 2), tCritical being that t.
 * Empty input gives n = 0 and every other figure null.
 */
export function describeValueCounts(counts: readonly ValueCount[]): ValueCountSummary {
  const distribution = mergeValueCounts(counts);
  const n = distribution.reduce((total, { count }) => total + count, 0);
  if (n === 0) {
    return { ...emptySummary(), median: null };
  }
  const mean = distribution.reduce((total, { value, count }) => total + value * count, 0) / n;
  const squaredDeviations = distribution.reduce(
    (total, { value, count }) => total + count * (value - mean) ** 2,
    0,
  );
  const sd = n < 2 ? null : Math.sqrt(squaredDeviations / (n - 1));
  return { ...withInterval(n, mean, sd), median: sortedMedian(distribution, n) };
}

/**
 * Describes a distribution from its moments (n = COUNT, sum = SUM(x), sumSquares = SUM(x²)):
 * - mean = sum / n (null when n = 0);
 * - variance = (sumSquares − sum²/n) / (n − 1), where a negative numerator within a relative
 *   1e-9 of sumSquares is floating-point cancellation and is taken as 0; sd = √variance
 *   (null when n < 2);
 * - 95 % CI of the mean = mean ± t(0.975, n − 1)·sd/√n (null when n < 2).
 * The median cannot be recovered from moments. Throws RangeError when n is not a non-negative
 * integer, a moment is not finite, or the moments are inconsistent (clearly negative variance).
 */
export function describeMoments(moments: Moments): MeanSummary {
  const { n, sum, sumSquares } = moments;
  if (!Number.isInteger(n) || n < 0) {
    throw new RangeError(`n must be a non-negative integer, got ${n}`);
  }
  if (!Number.isFinite(sum) || !Number.isFinite(sumSquares)) {
    throw new RangeError('sum and sumSquares must be finite');
  }
  if (n === 0) {
    return emptySummary();
  }
  const mean = sum / n;
  if (n < 2) {
    return withInterval(n, mean, null);
  }
  const centredSumSquares = clampCancellation(sumSquares - (sum * sum) / n, sumSquares);
  return withInterval(n, mean, Math.sqrt(centredSumSquares / (n - 1)));
}

function clampCancellation(centredSumSquares: number, sumSquares: number): number {
  if (centredSumSquares >= 0) {
    return centredSumSquares;
  }
  if (centredSumSquares >= -CANCELLATION_TOLERANCE * Math.abs(sumSquares)) {
    return 0;
  }
  throw new RangeError('inconsistent moments: sumSquares is smaller than sum²/n');
}

function emptySummary(): MeanSummary {
  return { n: 0, mean: null, sd: null, ciLow: null, ciHigh: null, tCritical: null };
}

function withInterval(n: number, mean: number, sd: number | null): MeanSummary {
  if (sd === null || n < 2) {
    return { n, mean, sd, ciLow: null, ciHigh: null, tCritical: null };
  }
  const tCritical = tCritical95(n - 1);
  const halfWidth = (tCritical * sd) / Math.sqrt(n);
  return { n, mean, sd, ciLow: mean - halfWidth, ciHigh: mean + halfWidth, tCritical };
}

/** Median of a merged, sorted, non-empty distribution of n observations. */
function sortedMedian(distribution: readonly ValueCount[], n: number): number {
  const lowerMiddleRank = Math.floor((n - 1) / 2);
  const upperMiddleRank = Math.floor(n / 2);
  return (valueAtRank(distribution, lowerMiddleRank) + valueAtRank(distribution, upperMiddleRank)) / 2;
}

/** The value of the observation at 0-based `rank` in the sorted distribution. */
function valueAtRank(distribution: readonly ValueCount[], rank: number): number {
  let seen = 0;
  for (const { value, count } of distribution) {
    seen += count;
    if (rank < seen) {
      return value;
    }
  }
  throw new RangeError(`rank ${rank} is beyond the distribution`);
}

function assertValueCount(value: number, count: number): void {
  if (!Number.isFinite(value)) {
    throw new RangeError(`value must be finite, got ${value}`);
  }
  if (!Number.isInteger(count) || count < 0) {
    throw new RangeError(`count must be a non-negative integer, got ${count} for value ${value}`);
  }
}
