import { describeMoments, describeValueCounts, mergeValueCounts, toValueCounts } from './value-counts';

/** t(0.975, df) to 17 digits, mpmath 1.3 (see t-distribution.spec.ts). */
const T_975 = { 2: 4.302652729749464, 3: 3.1824463052837096, 9: 2.2621571627982055 } as const;

describe('mergeValueCounts', () => {
  it('sums counts per value across SQL shards and sorts by value', () => {
    const clinicA = [
      { value: 5, count: 2 },
      { value: 3, count: 1 },
    ];
    const clinicB = [
      { value: 5, count: 1 },
      { value: 4, count: 4 },
    ];
    expect(mergeValueCounts(clinicA, clinicB)).toEqual([
      { value: 3, count: 1 },
      { value: 4, count: 4 },
      { value: 5, count: 3 },
    ]);
  });

  it('drops values whose counts total 0', () => {
    expect(mergeValueCounts([{ value: 7, count: 0 }, { value: 2, count: 1 }])).toEqual([{ value: 2, count: 1 }]);
  });

  it('returns an empty list for no input', () => {
    expect(mergeValueCounts()).toEqual([]);
    expect(mergeValueCounts([], [])).toEqual([]);
  });

  it.each([
    { value: 3, count: -1 },
    { value: 3, count: 1.5 },
    { value: Number.NaN, count: 1 },
  ])('rejects %p', (bad) => {
    expect(() => mergeValueCounts([bad])).toThrow(RangeError);
  });
});

describe('toValueCounts', () => {
  it('counts each observation once', () => {
    expect(toValueCounts([7, 14, 7])).toEqual([
      { value: 7, count: 2 },
      { value: 14, count: 1 },
    ]);
  });
});

describe('describeValueCounts', () => {
  it('scenario: a cohort\'s week-3 pre-session NPRS (n = 10, even)', () => {
    // Scores 3,3,4,4,4,5,5,5,5,6. Hand-computed:
    // n = 10; mean = (2·3 + 3·4 + 4·5 + 6) / 10 = 44/10 = 4.4
    // Σ count·(x − 4.4)² = 2·1.96 + 3·0.16 + 4·0.36 + 2.56 = 8.4; sd = √(8.4/9) = 0.9660917830792959
    // median = mean of the 5th and 6th of the 10 sorted scores = (4 + 5)/2 = 4.5
    // half-width = t(0.975, 9)·sd/√10 = 2.2621571627982055 · 0.9660917830792959 / 3.1622776601683795
    //            = 0.6911004288272877 → CI 3.7088995711727124 … 5.091100428827288
    const week3 = [
      { value: 3, count: 2 },
      { value: 4, count: 3 },
      { value: 5, count: 4 },
      { value: 6, count: 1 },
    ];
    const summary = describeValueCounts(week3);
    expect(summary.n).toBe(10);
    expect(summary.mean).toBeCloseTo(4.4, 12);
    expect(summary.sd).toBeCloseTo(0.9660917830792959, 12);
    expect(summary.median).toBe(4.5);
    expect(summary.tCritical).toBeCloseTo(T_975[9], 12);
    expect(summary.ciLow).toBeCloseTo(3.7088995711727124, 12);
    expect(summary.ciHigh).toBeCloseTo(5.091100428827288, 12);
  });

  it('scenario: per-episode week means with fractional values and a tied middle (n = 4)', () => {
    // Sorted 2.5, 5.5, 5.5, 7. Hand-computed:
    // mean = 20.5/4 = 5.125; Σ(x − 5.125)² = 6.890625 + 2·0.140625 + 3.515625 = 10.6875
    // sd = √(10.6875/3) = √3.5625 = 1.8874586088176875; median = (5.5 + 5.5)/2 = 5.5
    // half-width = 3.1824463052837096 · 1.8874586088176875 / 2 = 3.00336783800389
    const weekMeans = [
      { value: 5.5, count: 2 },
      { value: 7, count: 1 },
      { value: 2.5, count: 1 },
    ];
    const summary = describeValueCounts(weekMeans);
    expect(summary.n).toBe(4);
    expect(summary.mean).toBeCloseTo(5.125, 12);
    expect(summary.sd).toBeCloseTo(1.8874586088176875, 12);
    expect(summary.median).toBe(5.5);
    expect(summary.ciLow).toBeCloseTo(5.125 - 3.00336783800389, 12);
    expect(summary.ciHigh).toBeCloseTo(5.125 + 3.00336783800389, 12);
  });

  it('scenario: odd n takes the middle value (2, 8, 8)', () => {
    // mean = 18/3 = 6; Σ(x − 6)² = 16 + 4 + 4 = 24; sd = √12 = 3.4641016151377544; median = 8
    // half-width = t(0.975, 2)·√12/√3 = 4.302652729749464 · 2 = 8.605305459498928
    const summary = describeValueCounts([
      { value: 8, count: 2 },
      { value: 2, count: 1 },
    ]);
    expect(summary.mean).toBeCloseTo(6, 12);
    expect(summary.sd).toBeCloseTo(3.4641016151377544, 12);
    expect(summary.median).toBe(8);
    expect(summary.ciLow).toBeCloseTo(-2.605305459498928, 12);
    expect(summary.ciHigh).toBeCloseTo(14.605305459498928, 12);
  });

  it('merges duplicated, unsorted values before describing', () => {
    // 6, 2, 8, 8 listed out of order and split: same as 2, 8, 8 plus one 6 → sorted 2, 6, 8, 8
    // mean = 24/4 = 6; median = (6 + 8)/2 = 7
    const summary = describeValueCounts([
      { value: 8, count: 1 },
      { value: 6, count: 1 },
      { value: 2, count: 1 },
      { value: 8, count: 1 },
    ]);
    expect(summary.n).toBe(4);
    expect(summary.mean).toBeCloseTo(6, 12);
    expect(summary.median).toBe(7);
  });

  it('n = 1: mean and median are the value; sd and interval are null', () => {
    expect(describeValueCounts([{ value: 7, count: 1 }])).toEqual({
      n: 1,
      mean: 7,
      median: 7,
      sd: null,
      ciLow: null,
      ciHigh: null,
      tCritical: null,
    });
  });

  it('all observations equal: sd 0 and a zero-width interval', () => {
    const summary = describeValueCounts([{ value: 4, count: 5 }]);
    expect(summary.sd).toBe(0);
    expect(summary.ciLow).toBe(4);
    expect(summary.ciHigh).toBe(4);
  });

  it('empty input (or only zero counts): n = 0 and every figure null', () => {
    const empty = { n: 0, mean: null, median: null, sd: null, ciLow: null, ciHigh: null, tCritical: null };
    expect(describeValueCounts([])).toEqual(empty);
    expect(describeValueCounts([{ value: 3, count: 0 }])).toEqual(empty);
  });
});

describe('describeMoments', () => {
  it('scenario: the same week-3 cohort from COUNT, SUM and SUM of squares', () => {
    // n = 10, sum = 44, sumSquares = 2·9 + 3·16 + 4·25 + 36 = 202
    // variance = (202 − 44²/10)/9 = (202 − 193.6)/9 = 8.4/9 → the figures of the value-count scenario
    const summary = describeMoments({ n: 10, sum: 44, sumSquares: 202 });
    expect(summary.n).toBe(10);
    expect(summary.mean).toBeCloseTo(4.4, 12);
    expect(summary.sd).toBeCloseTo(0.9660917830792959, 12);
    expect(summary.tCritical).toBeCloseTo(T_975[9], 12);
    expect(summary.ciLow).toBeCloseTo(3.7088995711727124, 12);
    expect(summary.ciHigh).toBeCloseTo(5.091100428827288, 12);
  });

  it('clamps floating-point cancellation to a variance of 0', () => {
    // Five observations of 0.7 summed in floating point, as SQL does: SUM = 3.5 and
    // SUM(x·x) = 2.4499999999999997, so sumSquares − sum²/n = 2.4499999999999997 − 2.45 < 0 (−4.4e-16).
    const summary = describeMoments({ n: 5, sum: 3.5, sumSquares: 2.4499999999999997 });
    expect(summary.mean).toBeCloseTo(0.7, 15);
    expect(summary.sd).toBe(0);
    expect(summary.ciLow).toBeCloseTo(0.7, 15);
    expect(summary.ciHigh).toBeCloseTo(0.7, 15);
  });

  it('n = 1: mean only', () => {
    expect(describeMoments({ n: 1, sum: 6, sumSquares: 36 })).toEqual({
      n: 1,
      mean: 6,
      sd: null,
      ciLow: null,
      ciHigh: null,
      tCritical: null,
    });
  });

  it('n = 0: every figure null', () => {
    expect(describeMoments({ n: 0, sum: 0, sumSquares: 0 })).toEqual({
      n: 0,
      mean: null,
      sd: null,
      ciLow: null,
      ciHigh: null,
      tCritical: null,
    });
  });

  it('rejects inconsistent moments (sumSquares far below sum²/n)', () => {
    // Two observations summing to 10 have Σx² ≥ 50; 10 is impossible.
    expect(() => describeMoments({ n: 2, sum: 10, sumSquares: 10 })).toThrow(RangeError);
  });

  it.each([
    { n: -1, sum: 0, sumSquares: 0 },
    { n: 2.5, sum: 1, sumSquares: 1 },
    { n: 2, sum: Number.NaN, sumSquares: 1 },
  ])('rejects %p', (moments) => {
    expect(() => describeMoments(moments)).toThrow(RangeError);
  });
});
