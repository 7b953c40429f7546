import { OlsDesignError, OlsRow, adjustedDifference, dummyEncode, fitOls } from './ols';

/** t(0.975, df), mpmath 1.3 to 17 digits (see t-distribution.spec.ts). */
const T_975 = { 3: 3.1824463052837096, 4: 2.7764451051977934, 7: 2.3646242515927853 } as const;

function expectSingularDesign(attemptFit: () => unknown, problem: OlsDesignError['problem']): void {
  try {
    attemptFit();
  } catch (error) {
    expect(error).toBeInstanceOf(OlsDesignError);
    expect((error as OlsDesignError).problem).toBe(problem);
    return;
  }
  throw new Error(`expected an OlsDesignError '${problem}'`);
}

describe('fitOls', () => {
  it('scenario: simple regression, x = 1…5, y = 2, 4, 5, 4, 5 (hand-computed)', () => {
    // x̄ = 3, ȳ = 4, Sxx = Σ(x − 3)² = 10, Sxy = (−2)(−2) + (−1)(0) + 0 + (1)(0) + (2)(1) = 6
    // slope = 6/10 = 0.6, intercept = 4 − 0.6·3 = 2.2
    // fitted 2.8, 3.4, 4.0, 4.6, 5.2 → residuals −0.8, 0.6, 1.0, −0.6, −0.2 → RSS = 2.4, df = 3
    // σ̂² = 0.8, σ̂ = √0.8; XᵀX = [[5, 15], [15, 55]], det 50, (XᵀX)⁻¹ = [[1.1, −0.3], [−0.3, 0.1]]
    // Cov = 0.8·(XᵀX)⁻¹ = [[0.88, −0.24], [−0.24, 0.08]]; SE = √0.88, √0.08
    // t = 2.2/√0.88 = 2.345207879911715, 0.6/√0.08 = 2.1213203435596424
    // SST = 4 + 0 + 1 + 0 + 1 = 6, R² = 1 − 2.4/6 = 0.6
    const rows: OlsRow[] = [2, 4, 5, 4, 5].map((y, i) => ({ y, x: [1, i + 1] }));
    const fit = fitOls(rows, ['intercept', 'x']);
    const [intercept, slope] = fit.coefficients;
    expect(intercept.name).toBe('intercept');
    expect(intercept.estimate).toBeCloseTo(2.2, 12);
    expect(intercept.standardError).toBeCloseTo(Math.sqrt(0.88), 12);
    expect(intercept.tStatistic).toBeCloseTo(2.345207879911715, 11);
    expect(intercept.ciLow).toBeCloseTo(2.2 - T_975[3] * Math.sqrt(0.88), 11);
    expect(intercept.ciHigh).toBeCloseTo(2.2 + T_975[3] * Math.sqrt(0.88), 11);
    expect(slope.name).toBe('x');
    expect(slope.estimate).toBeCloseTo(0.6, 12);
    expect(slope.standardError).toBeCloseTo(Math.sqrt(0.08), 12);
    expect(slope.tStatistic).toBeCloseTo(2.1213203435596424, 11);
    // 0.6 ± 3.1824463052837096 · 0.28284271247461906 = 0.6 ± 0.9001317452912738
    expect(slope.ciLow).toBeCloseTo(-0.3001317452912738, 11);
    expect(slope.ciHigh).toBeCloseTo(1.5001317452912738, 11);
    expect(fit.residualSd).toBeCloseTo(Math.sqrt(0.8), 12);
    expect(fit.covariance[0][0]).toBeCloseTo(0.88, 12);
    expect(fit.covariance[0][1]).toBeCloseTo(-0.24, 12);
    expect(fit.covariance[1][1]).toBeCloseTo(0.08, 12);
    expect(fit).toMatchObject({ n: 5, df: 3 });
    expect(fit.tCritical).toBeCloseTo(T_975[3], 12);
    expect(fit.rSquared).toBeCloseTo(0.6, 12);
  });

  it('scenario: perfect fit y = 1 + 2·x1 + 3·x2 recovers the coefficients (normal equations by hand)', () => {
    // Rows (x1, x2 → y): (0,0 → 1), (1,0 → 3), (0,1 → 4), (1,1 → 6), (2,1 → 8)
    // XᵀX = [[5, 4, 3], [4, 6, 3], [3, 3, 3]], Xᵀy = [22, 25, 18]
    // β = (1, 2, 3) solves it: 5 + 8 + 9 = 22, 4 + 12 + 9 = 25, 3 + 6 + 9 = 18, and XᵀX is
    // non-singular (det = 5·9 − 4·3 + 3·(−6) = 15), so it is the unique solution; residuals all 0.
    const rows: OlsRow[] = [
      { x: [1, 0, 0], y: 1 },
      { x: [1, 1, 0], y: 3 },
      { x: [1, 0, 1], y: 4 },
      { x: [1, 1, 1], y: 6 },
      { x: [1, 2, 1], y: 8 },
    ];
    const fit = fitOls(rows, ['intercept', 'x1', 'x2']);
    expect(fit.coefficients.map((c) => c.estimate)).toEqual([
      expect.closeTo(1, 12),
      expect.closeTo(2, 12),
      expect.closeTo(3, 12),
    ]);
    expect(fit.residualSd).toBeCloseTo(0, 12);
    expect(fit.coefficients[1].standardError).toBeCloseTo(0, 12);
    expect(fit.rSquared).toBeCloseTo(1, 12);
    expect(fit.df).toBe(2);
  });

  it('scenario: risk-adjusted therapist comparison, pain change on baseline, cause and therapist', () => {
    // 11 episodes: (baseline NPRS, disc herniation vs muscular, therapist B vs A) → pain change.
    // Reference: exact rational arithmetic (Python fractions, Gauss–Jordan on the normal equations):
    //   XᵀX = [[11, 76, 4, 5], [76, 550, 30, 34], [4, 30, 4, 2], [5, 34, 2, 5]], Xᵀy = [−24, −180, −7, −7]
    //   β = [583/428, −281/428, 257/214, 523/428], RSS = 631/428, df = 7, σ̂² = 631/2996
    //   Var(β̂) = [592509/1282288, 11989/1282288, 58683/641144, 100329/1282288]
    //   SST = 194/11, R² = 76091/83032
    // numpy 2.4 lstsq agrees: β = 1.3621495327102817, −0.6565420560747743, 1.200934579439252, 1.2219626168224293.
    const episodes: [number, number, number, number][] = [
      [8, 0, 0, -4],
      [6, 1, 0, -1],
      [7, 0, 0, -3],
      [9, 1, 0, -3],
      [5, 0, 0, -2],
      [8, 1, 1, -2],
      [6, 0, 1, -1],
      [7, 1, 1, -1],
      [9, 0, 1, -3],
      [4, 0, 1, 0],
      [7, 0, 0, -4],
    ];
    const rows = episodes.map(([baseline, disc, therapistB, painChange]) => ({
      y: painChange,
      x: [1, baseline, disc, therapistB],
    }));
    const fit = fitOls(rows, ['intercept', 'baselinePain', 'cause:DISC_HERNIATION', 'therapist:B']);
    const expectedBeta = [583 / 428, -281 / 428, 257 / 214, 523 / 428];
    const expectedVariance = [592509 / 1282288, 11989 / 1282288, 58683 / 641144, 100329 / 1282288];
    fit.coefficients.forEach((coefficient, j) => {
      const standardError = Math.sqrt(expectedVariance[j]);
      expect(coefficient.estimate).toBeCloseTo(expectedBeta[j], 10);
      expect(coefficient.standardError).toBeCloseTo(standardError, 10);
      expect(coefficient.tStatistic).toBeCloseTo(expectedBeta[j] / standardError, 9);
      expect(coefficient.ciLow).toBeCloseTo(expectedBeta[j] - T_975[7] * standardError, 10);
      expect(coefficient.ciHigh).toBeCloseTo(expectedBeta[j] + T_975[7] * standardError, 10);
    });
    expect(fit.residualSd).toBeCloseTo(Math.sqrt(631 / 2996), 12);
    expect(fit.rSquared).toBeCloseTo(76091 / 83032, 12);
    expect(fit).toMatchObject({ n: 11, df: 7 });

    // Therapist B minus A, adjusted: c = [0, 0, 0, 1] → β₃ = 523/428 ± t(0.975, 7)·√(100329/1282288)
    const therapistEffect = adjustedDifference(fit, [0, 0, 0, 1]);
    expect(therapistEffect.estimate).toBeCloseTo(523 / 428, 10);
    expect(therapistEffect.standardError).toBeCloseTo(Math.sqrt(100329 / 1282288), 10);
    // Expected change for therapist B, baseline 7, muscular: c = [1, 7, 0, 1] → cᵀβ = −861/428, cᵀ·Cov·c = 10727/183184
    // numpy: −2.0116822429907097 ± 2.3646242515927853 · 0.24198885870772432 → −2.5838949669062545 … −1.4394695190751652
    const predicted = adjustedDifference(fit, [1, 7, 0, 1]);
    expect(predicted.estimate).toBeCloseTo(-861 / 428, 10);
    expect(predicted.standardError).toBeCloseTo(Math.sqrt(10727 / 183184), 10);
    expect(predicted.ciLow).toBeCloseTo(-2.5838949669062545, 10);
    expect(predicted.ciHigh).toBeCloseTo(-1.4394695190751652, 10);
  });

  it('singular design: a dummy for every cause next to the intercept', () => {
    // PIRIFORMIS + MUSCULAR = 1 = intercept in every row: the columns are linearly dependent.
    const rows: OlsRow[] = [
      { x: [1, 1, 0], y: -3 },
      { x: [1, 0, 1], y: -1 },
      { x: [1, 1, 0], y: -2 },
      { x: [1, 0, 1], y: 0 },
    ];
    expectSingularDesign(() => fitOls(rows, ['intercept', 'cause:PIRIFORMIS', 'cause:MUSCULAR']), 'SINGULAR_DESIGN');
  });

  it('singular design: a covariate that is a floating-point multiple of another', () => {
    // x2 = 3·x1 computed in floating point (0.30000000000000004, 0.6000000000000001, …): rank 2 of 3.
    const rows: OlsRow[] = [0.1, 0.2, 0.3, 0.4, 0.5].map((x1, i) => ({ x: [1, x1, x1 * 3], y: i }));
    expectSingularDesign(() => fitOls(rows, ['intercept', 'x1', 'x2']), 'SINGULAR_DESIGN');
  });

  it('a constant column of zeros (a level nobody in the cohort has) is singular', () => {
    const rows: OlsRow[] = [1, 2, 3, 4].map((y) => ({ x: [1, y, 0], y }));
    expectSingularDesign(() => fitOls(rows, ['intercept', 'baselinePain', 'cause:PREGNANCY']), 'SINGULAR_DESIGN');
  });

  it('n ≤ p: too few rows to estimate the residual variance', () => {
    const rows: OlsRow[] = [
      { x: [1, 5], y: -2 },
      { x: [1, 7], y: -3 },
    ];
    expectSingularDesign(() => fitOls(rows, ['intercept', 'baselinePain']), 'TOO_FEW_ROWS');
    expectSingularDesign(() => fitOls([], ['intercept']), 'TOO_FEW_ROWS');
  });

  it('rows whose width differs from the names', () => {
    const rows: OlsRow[] = [
      { x: [1, 5], y: -2 },
      { x: [1], y: -3 },
      { x: [1, 6], y: -1 },
    ];
    expectSingularDesign(() => fitOls(rows, ['intercept', 'baselinePain']), 'ROW_WIDTH_MISMATCH');
  });

  it('rejects non-finite values and an empty design', () => {
    expect(() => fitOls([1, 2, Number.NaN].map((y) => ({ x: [1], y })), ['intercept'])).toThrow(RangeError);
    expect(() => fitOls([{ x: [], y: 1 }], [])).toThrow(RangeError);
  });

  it('R² is null when every outcome is equal', () => {
    const fit = fitOls([1, 2, 3].map((x) => ({ x: [1, x], y: -2 })), ['intercept', 'x']);
    expect(fit.rSquared).toBeNull();
    expect(fit.coefficients[0].estimate).toBeCloseTo(-2, 12);
    expect(fit.coefficients[1].estimate).toBeCloseTo(0, 12);
  });
});

describe('adjustedDifference', () => {
  /*
   * Two groups, intercept + dummy: group A (reference) 1, 2, 3; group B 4, 6, 8 (hand-computed).
   * β₀ = mean A = 2, β₁ = mean B − mean A = 6 − 2 = 4. RSS = (1 + 0 + 1) + (4 + 0 + 4) = 10, df = 4, σ̂² = 2.5.
   * XᵀX = [[6, 3], [3, 3]], det 9, (XᵀX)⁻¹ = [[1/3, −1/3], [−1/3, 2/3]].
   * c = [0, 1]: SE = √(2.5·2/3) = √(5/3) = 1.2909944487358056 (the pooled two-sample t SE, σ̂·√(1/3 + 1/3))
   *   CI = 4 ± 2.7764451051977934 · 1.2909944487358056 = 4 ± 3.584375218030051
   * c = [1, 1]: mean of B = 6, SE = √(2.5·(1/3 − 2/3 + 2/3)) = √(5/6) = 0.9128709291752769 = σ̂/√3
   */
  const fit = fitOls(
    [
      [0, 1],
      [0, 2],
      [0, 3],
      [1, 4],
      [1, 6],
      [1, 8],
    ].map(([groupB, y]) => ({ x: [1, groupB], y })),
    ['intercept', 'group:B'],
  );

  it('group B minus group A equals the two-sample difference with the pooled SE', () => {
    const difference = adjustedDifference(fit, [0, 1]);
    expect(difference.estimate).toBeCloseTo(4, 12);
    expect(difference.standardError).toBeCloseTo(1.2909944487358056, 12);
    expect(difference.ciLow).toBeCloseTo(4 - 3.584375218030051, 11);
    expect(difference.ciHigh).toBeCloseTo(4 + 3.584375218030051, 11);
  });

  it('the mean of group B with its standard error σ̂/√3', () => {
    const groupMean = adjustedDifference(fit, [1, 1]);
    expect(groupMean.estimate).toBeCloseTo(6, 12);
    expect(groupMean.standardError).toBeCloseTo(0.9128709291752769, 12);
    expect(groupMean.ciLow).toBeCloseTo(6 - T_975[4] * 0.9128709291752769, 11);
  });

  it('rejects a contrast of the wrong length', () => {
    expect(() => adjustedDifference(fit, [1])).toThrow(RangeError);
    expect(() => adjustedDifference(fit, [0, 1, 0])).toThrow(RangeError);
  });
});

describe('dummyEncode', () => {
  const causes = ['PIRIFORMIS', 'MUSCULAR', 'DISC_HERNIATION'];

  it('one indicator per non-reference level, in the order of the levels', () => {
    expect(dummyEncode(causes, 'PIRIFORMIS', 'MUSCULAR')).toEqual([1, 0]);
    expect(dummyEncode(causes, 'DISC_HERNIATION', 'MUSCULAR')).toEqual([0, 1]);
  });

  it('the reference level is all zeros', () => {
    expect(dummyEncode(causes, 'MUSCULAR', 'MUSCULAR')).toEqual([0, 0]);
  });

  it('rejects a value or reference that is not a level, and repeated levels', () => {
    expect(() => dummyEncode(causes, 'STENOSIS', 'MUSCULAR')).toThrow(RangeError);
    expect(() => dummyEncode(causes, 'MUSCULAR', 'STENOSIS')).toThrow(RangeError);
    expect(() => dummyEncode(['A', 'A'], 'A', 'A')).toThrow(RangeError);
  });
});
