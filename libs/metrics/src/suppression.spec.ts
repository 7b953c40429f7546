import { SMALL_CELL_MAX } from '@outcomes/models';
import { TableCell, suppressCells } from './suppression';

/** Builder: cells from a { key: n } record, in insertion order. */
function cells(counts: Record<string, number>): TableCell[] {
  return Object.entries(counts).map(([key, n]) => ({ key, n }));
}

const keys = (suppressed: Set<string>): string[] => [...suppressed].sort();

/* Worked by hand from the rule: primary 0 < n ≤ 10; complements while the suppressed sum ≤ 10. */
describe('suppressCells', () => {
  it('uses the CMS threshold of 10', () => {
    expect(SMALL_CELL_MAX).toBe(10);
  });

  it('scenario: no small cell, nothing suppressed', () => {
    const result = suppressCells(cells({ PIRIFORMIS: 25, MUSCULAR: 40 }), 65);
    expect(keys(result.suppressedKeys)).toEqual([]);
    expect(result).toMatchObject({ primary: 0, complementary: 0, totalSuppressed: false });
  });

  it('boundary: 10 is suppressed, 11 is shown', () => {
    const result = suppressCells(cells({ A: 10, B: 11 }));
    expect(keys(result.suppressedKeys)).toEqual(['A']);
  });

  it('scenario: one small cause with the total shown also hides the next smallest cause', () => {
    // STENOSIS 4 would be 46 − 30 − 12 = 4 from the total; hiding DISC_HERNIATION too (12, the
    // smallest other) leaves 46 − 30 = 16 = 4 + 12, which cannot be split.
    const result = suppressCells(cells({ STENOSIS: 4, MUSCULAR: 30, DISC_HERNIATION: 12 }), 46);
    expect(keys(result.suppressedKeys)).toEqual(['DISC_HERNIATION', 'STENOSIS']);
    expect(result).toMatchObject({ primary: 1, complementary: 1, totalSuppressed: false });
  });

  it('the same table without a shown total needs no complement', () => {
    const result = suppressCells(cells({ STENOSIS: 4, MUSCULAR: 30, DISC_HERNIATION: 12 }));
    expect(keys(result.suppressedKeys)).toEqual(['STENOSIS']);
    expect(result).toMatchObject({ primary: 1, complementary: 0 });
  });

  it('two small cells summing to ≤ 10 still need a complement (their sum, 5, would be a small cell)', () => {
    // total − shown = 75 − 20 − 50 = 5 = A + B: add the smallest shown, C (20) → suppressed sum 25 > 10.
    const result = suppressCells(cells({ A: 2, B: 3, C: 20, D: 50 }), 75);
    expect(keys(result.suppressedKeys)).toEqual(['A', 'B', 'C']);
    expect(result).toMatchObject({ primary: 2, complementary: 1 });
  });

  it('two small cells summing to more than 10 protect each other', () => {
    // 6 + 7 = 13 can be read from the total, but not how it splits.
    const result = suppressCells(cells({ A: 6, B: 7, C: 20 }), 33);
    expect(keys(result.suppressedKeys)).toEqual(['A', 'B']);
    expect(result).toMatchObject({ primary: 2, complementary: 0 });
  });

  it('a zero cell is shown and never used as a complement', () => {
    // PREGNANCY 0 reveals nobody; the complement for STENOSIS 5 is MUSCULAR 30 (smallest non-zero).
    const result = suppressCells(cells({ PREGNANCY: 0, STENOSIS: 5, MUSCULAR: 30, DISC_HERNIATION: 31 }), 66);
    expect(keys(result.suppressedKeys)).toEqual(['MUSCULAR', 'STENOSIS']);
    expect(result).toMatchObject({ primary: 1, complementary: 1 });
  });

  it('ties for the complement are broken by key', () => {
    const result = suppressCells(cells({ X: 3, B: 15, A: 15 }), 33);
    expect(keys(result.suppressedKeys)).toEqual(['A', 'X']);
  });

  it('a small total is itself suppressed; every non-zero cell is then primary', () => {
    const result = suppressCells(cells({ A: 3, B: 4, C: 0 }), 7);
    expect(keys(result.suppressedKeys)).toEqual(['A', 'B']);
    expect(result).toMatchObject({ primary: 2, complementary: 0, totalSuppressed: true });
  });

  it('a total larger than the cells is treated as if the remainder were known', () => {
    // cells sum to 42, total 50 (8 in a category not shown): STENOSIS 4 still gets a complement.
    const result = suppressCells(cells({ STENOSIS: 4, MUSCULAR: 38 }), 50);
    expect(keys(result.suppressedKeys)).toEqual(['MUSCULAR', 'STENOSIS']);
  });

  it('empty table', () => {
    const result = suppressCells([]);
    expect(result.suppressedKeys.size).toBe(0);
    expect(result).toMatchObject({ primary: 0, complementary: 0, totalSuppressed: false });
  });

  it('rejects negative or fractional counts, repeated keys, and a total below the cells', () => {
    expect(() => suppressCells(cells({ A: -1 }))).toThrow(RangeError);
    expect(() => suppressCells(cells({ A: 2.5 }))).toThrow(RangeError);
    expect(() => suppressCells([{ key: 'A', n: 3 }, { key: 'A', n: 4 }])).toThrow(RangeError);
    expect(() => suppressCells(cells({ A: 20, B: 30 }), 49)).toThrow(RangeError);
  });
});
