import { odiBand, odiScore } from './odi';

/* Scores by hand: Σ answered / (5 × answered) × 100. */
describe('odiScore', () => {
  it('all 10 sections answered: 1+2+3+0+5+4+2+1+0+2 = 20 of 50 → 40', () => {
    expect(odiScore([1, 2, 3, 0, 5, 4, 2, 1, 0, 2])).toBe(40);
  });

  it('one section missing: 19 of 45 → 42.2222…', () => {
    expect(odiScore([null, 2, 3, 0, 5, 4, 2, 1, 0, 2])).toBeCloseTo(1900 / 45, 12);
  });

  it('two sections missing (the most allowed): 8 × 3 = 24 of 40 → 60', () => {
    expect(odiScore([null, null, 3, 3, 3, 3, 3, 3, 3, 3])).toBe(60);
  });

  it('three sections missing: not scored (null)', () => {
    expect(odiScore([null, null, null, 3, 3, 3, 3, 3, 3, 3])).toBeNull();
    expect(odiScore(Array<number | null>(10).fill(null))).toBeNull();
  });

  it('nine answered summing to 9: 9 of 45 → exactly 20, no floating-point residue', () => {
    expect(odiScore([null, 1, 1, 1, 1, 1, 1, 1, 1, 1])).toBe(20);
  });

  it('extremes: all 0 → 0, all 5 → 100', () => {
    expect(odiScore(Array<number>(10).fill(0))).toBe(0);
    expect(odiScore(Array<number>(10).fill(5))).toBe(100);
  });

  it.each([
    [[6, 0, 0, 0, 0, 0, 0, 0, 0, 0]],
    [[-1, 0, 0, 0, 0, 0, 0, 0, 0, 0]],
    [[2.5, 0, 0, 0, 0, 0, 0, 0, 0, 0]],
    [[0, 0, 0, 0, 0, 0, 0, 0, 0]],
    [[0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]],
  ])('rejects %p', (answers) => {
    expect(() => odiScore(answers)).toThrow(RangeError);
  });
});

describe('odiBand', () => {
  it.each([
    [0, 'MINIMAL'],
    [20, 'MINIMAL'],
    [20.5, 'MODERATE'],
    [1000 / 45, 'MODERATE'], // 10 of 45 = 22.2…
    [40, 'MODERATE'],
    [1900 / 45, 'SEVERE'], // 42.2…
    [60, 'SEVERE'],
    [61, 'CRIPPLING'],
    [80, 'CRIPPLING'],
    [80.5, 'BED_BOUND'],
    [100, 'BED_BOUND'],
  ])('%p → %s', (score, band) => {
    expect(odiBand(score)).toBe(band);
  });

  it.each([-1, 100.5, Number.NaN])('rejects %p', (score) => {
    expect(() => odiBand(score)).toThrow(RangeError);
  });
});
