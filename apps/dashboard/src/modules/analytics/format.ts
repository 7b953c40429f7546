import { SMALL_CELL_MAX } from '@outcomes/models';

/** How a suppressed cell reads everywhere: the reader learns why the number is missing. */
export const SUPPRESSED_TEXT = `suppressed (n ≤ ${SMALL_CELL_MAX})`;

/** 0.5727 → "57 %"; null → "—". */
export function formatPercent(fraction: number | null | undefined, digits = 0): string {
  if (fraction === null || fraction === undefined || !Number.isFinite(fraction)) return '—';
  return `${(fraction * 100).toFixed(digits)} %`;
}

/** A signed change: −2.34 → "−2.3"; the minus is a real minus sign. */
export function formatChange(value: number | null | undefined, digits = 1): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  const rounded = Number(value.toFixed(digits));
  if (rounded === 0) return (0).toFixed(digits);
  return `${rounded > 0 ? '+' : '−'}${Math.abs(rounded).toFixed(digits)}`;
}

/** "−2.3 (95 % CI −2.6 to −2.0)", or the estimate alone when there is no interval. */
export function formatWithInterval(
  value: number | null | undefined,
  low: number | null | undefined,
  high: number | null | undefined,
  digits = 1,
): string {
  if (value === null || value === undefined) return '—';
  if (low === null || low === undefined || high === null || high === undefined) return formatChange(value, digits);
  return `${formatChange(value, digits)} (95 % CI ${formatChange(low, digits)} to ${formatChange(high, digits)})`;
}

export function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
