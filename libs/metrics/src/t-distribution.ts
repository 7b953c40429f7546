import tQuantile from '@stdlib/stats-base-dists-t-quantile';

/** Every interval in this library is a two-sided 95 % interval: it cuts 2.5 % from each tail. */
const UPPER_QUANTILE_95 = 0.975;

/**
 * Two-sided 95 % critical value of Student's t distribution with `degreesOfFreedom` degrees of
 * freedom: the 0.975 quantile t(0.975, df), from @stdlib's inverse CDF. For example
 * t(0.975, 1) = 12.7062…, t(0.975, 9) = 2.2622…, t(0.975, 29) = 2.0452….
 * `degreesOfFreedom` must be a positive finite number (fractional values are allowed).
 */
export function tCritical95(degreesOfFreedom: number): number {
  if (!(Number.isFinite(degreesOfFreedom) && degreesOfFreedom > 0)) {
    throw new RangeError(`degrees of freedom must be a positive number, got ${degreesOfFreedom}`);
  }
  return tQuantile(UPPER_QUANTILE_95, degreesOfFreedom);
}

/** Standard normal 0.975 quantile, z(0.975), used where an interval is normal-theory. */
export const Z_95 = 1.959963984540054;
