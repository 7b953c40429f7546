import { SMALL_CELL_MAX } from '@outcomes/models';

/** One cell of a researcher-facing table: its key (a cause, a therapist, an age band…) and its episode count. */
export interface TableCell {
  key: string;
  n: number;
}

/** The outcome of {@link suppressCells}. */
export interface CellSuppression {
  /** Keys whose figures must not be shown. */
  suppressedKeys: Set<string>;
  /** Cells suppressed because 0 < n ≤ SMALL_CELL_MAX. */
  primary: number;
  /** Cells suppressed only so that a primary cell cannot be computed back from the shown total. */
  complementary: number;
  /** Whether the group total itself is a small cell (0 < total ≤ SMALL_CELL_MAX) and must not be shown. */
  totalSuppressed: boolean;
}

/**
 * Small-cell suppression of one group of cells (CMS cell-size policy, SMALL_CELL_MAX = 10):
 * - primary: every cell with 0 < n ≤ 10 is suppressed. A cell with n = 0 is shown: it says that
 *   nobody is in it, which identifies no one (a product decision);
 * - complementary, only when `total` is given (meaning the group total is shown): as long as the
 *   suppressed cells could be recovered from it, that is while exactly one cell is suppressed or
 *   the suppressed cells add up to ≤ 10 (their sum, total − shown cells, would itself be a small
 *   cell), the smallest shown cell with n > 0 is suppressed too (ties broken by key). Zero cells
 *   are never used as complements: hiding a 0 protects nothing;
 * - totalSuppressed: the total itself is a small cell (0 < total ≤ 10).
 * The cells are taken to partition the total; a total larger than their sum is treated the same
 * way (conservatively, as if the remainder were known). Throws RangeError when an n is not a
 * non-negative integer, a key repeats, or the total is smaller than the sum of the cells.
 */
export function suppressCells(cells: readonly TableCell[], total?: number): CellSuppression {
  assertCells(cells, total);
  const isSmall = (n: number): boolean => n > 0 && n <= SMALL_CELL_MAX;
  const suppressedKeys = new Set(cells.filter((cell) => isSmall(cell.n)).map((cell) => cell.key));
  const primary = suppressedKeys.size;
  if (total !== undefined) {
    addComplements(cells, suppressedKeys);
  }
  return {
    suppressedKeys,
    primary,
    complementary: suppressedKeys.size - primary,
    totalSuppressed: total !== undefined && isSmall(total),
  };
}

/** Suppresses the smallest shown non-zero cells until the suppressed ones cannot be recovered from the total. */
function addComplements(cells: readonly TableCell[], suppressedKeys: Set<string>): void {
  const candidates = cells
    .filter((cell) => cell.n > 0 && !suppressedKeys.has(cell.key))
    .sort((a, b) => a.n - b.n || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  let suppressedSum = cells.filter((cell) => suppressedKeys.has(cell.key)).reduce((sum, cell) => sum + cell.n, 0);
  for (const candidate of candidates) {
    // One suppressed cell always has a sum ≤ SMALL_CELL_MAX, so this covers the single-cell case.
    const recoverable = suppressedKeys.size > 0 && suppressedSum <= SMALL_CELL_MAX;
    if (!recoverable) {
      return;
    }
    suppressedKeys.add(candidate.key);
    suppressedSum += candidate.n;
  }
}

function assertCells(cells: readonly TableCell[], total: number | undefined): void {
  const keys = new Set<string>();
  for (const { key, n } of cells) {
    if (!Number.isInteger(n) || n < 0) {
      throw new RangeError(`cell '${key}' must count a non-negative integer, got ${n}`);
    }
    if (keys.has(key)) {
      throw new RangeError(`cell key '${key}' appears twice`);
    }
    keys.add(key);
  }
  if (total !== undefined) {
    const cellSum = cells.reduce((sum, cell) => sum + cell.n, 0);
    if (!Number.isInteger(total) || total < cellSum) {
      throw new RangeError(`total must be an integer ≥ the sum of the cells (${cellSum}), got ${total}`);
    }
  }
}
