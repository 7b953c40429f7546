import { percentile, ratios, spread } from './stats';

describe('percentile (linear between closest ranks)', () => {
  it.each([
    // [values, p, expected]: rank = p / 100 × (n − 1), interpolated between its neighbours.
    [[1, 2, 3, 4], 50, 2.5],
    [[4, 1, 3, 2], 50, 2.5],
    [[10, 20, 30, 40, 50], 95, 48],
    [[10, 20, 30, 40, 50], 50, 30],
    [[10, 20, 30, 40, 50], 0, 10],
    [[10, 20, 30, 40, 50], 100, 50],
    [[7], 95, 7],
    [[1, 100], 95, 95.05],
  ])('of %j at %i is %d', (values, p, expected) => {
    expect(percentile(values, p)).toBeCloseTo(expected, 10);
  });

  it('is NaN for no values and refuses a p outside 0..100', () => {
    expect(percentile([], 50)).toBeNaN();
    expect(() => percentile([1], 101)).toThrow(RangeError);
    expect(() => percentile([1], -1)).toThrow(RangeError);
  });

  it('leaves the caller’s array in its order', () => {
    const values = [3, 1, 2];
    percentile(values, 50);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe('spread', () => {
  it('gives the runs, the smallest, the median and the 95th percentile', () => {
    // Sorted 1, 2, 3: the 95th percentile sits at rank 1.9, nine tenths of the way from 2 to 3.
    expect(spread([3, 1, 2])).toEqual({ runs: 3, min: 1, median: 2, p95: 2.9 });
  });

  it('of one run is that run three times over', () => {
    expect(spread([42])).toEqual({ runs: 1, min: 42, median: 42, p95: 42 });
  });
});

describe('ratios', () => {
  it('pairs runs by position and leaves out a pair it cannot divide', () => {
    expect(ratios([10, 9, 8, 5], [2, 0, 4])).toEqual([5, 2]);
    expect(ratios([1, Number.NaN], [2, 2])).toEqual([0.5]);
  });
});
