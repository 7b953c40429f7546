import { MAX_CHART_POINTS, thinRows } from '../limits';
import { OKABE_ITO, seriesStyle } from '../palette';

describe('thinRows', () => {
  it('returns fewer rows than the limit unchanged (as a copy)', () => {
    const rows = [1, 2, 3];
    const thinned = thinRows(rows, 5);
    expect(thinned).toEqual([1, 2, 3]);
    expect(thinned).not.toBe(rows);
  });

  it('keeps the first and the last and spaces the rest evenly', () => {
    // 11 rows to 6: step (11 − 1) / (6 − 1) = 2, so indexes 0, 2, 4, 6, 8, 10.
    expect(thinRows([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 6)).toEqual([0, 2, 4, 6, 8, 10]);
  });

  it('caps a long series at the default of 500 points', () => {
    const rows = Array.from({ length: 2_000 }, (_, index) => index);
    const thinned = thinRows(rows);
    expect(MAX_CHART_POINTS).toBe(500);
    expect(thinned).toHaveLength(500);
    expect(thinned[0]).toBe(0);
    expect(thinned[499]).toBe(1_999);
  });
});

describe('seriesStyle', () => {
  it('takes Okabe–Ito colours in order, the first series solid and the second dashed', () => {
    expect(seriesStyle(0)).toEqual({ colour: OKABE_ITO.blue, dash: '' });
    expect(seriesStyle(1)).toEqual({ colour: OKABE_ITO.orange, dash: '6 3' });
  });

  it('repeats after seven series', () => {
    expect(seriesStyle(7)).toEqual(seriesStyle(0));
  });
});
