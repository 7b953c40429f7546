import { Z_95, tCritical95 } from './t-distribution';

/*
 * Reference values: the 0.975 quantile of Student's t, solved to 40 significant digits with
 * mpmath 1.3 (findroot on 1 − I_{df/(df+t²)}(df/2, 1/2)/2 = 0.975), and, where one exists, the
 * closed form. They agree with printed t tables (12.706, 4.303, 3.182, 2.262, 2.045).
 */
describe('tCritical95', () => {
  it('df = 1 (Cauchy): closed form tan(π·(0.975 − 0.5)) = 12.70620473617470', () => {
    // tan(0.475π) = 12.706204736174704646… (mpmath); the brief's table value 12.706204736174698 agrees to 1e-14.
    expect(tCritical95(1)).toBeCloseTo(12.706204736174705, 12);
    expect(tCritical95(1)).toBeCloseTo(12.706204736174698, 12);
  });

  it('df = 2: closed form (2p − 1)·√(2 / (4p(1 − p))) with p = 0.975', () => {
    // 0.95 · √(2 / 0.0975) = 0.95 · √20.512820512820513 = 4.302652729749464
    expect(tCritical95(2)).toBeCloseTo(4.302652729749464, 12);
  });

  it('df = 9 matches the table value 2.262157162798 (mpmath: 2.26215716279820554…)', () => {
    expect(tCritical95(9)).toBeCloseTo(2.2621571627982055, 12);
    // The brief quoted 2.2621571627409915; it agrees with the exact value only to 6e-11.
    expect(tCritical95(9)).toBeCloseTo(2.2621571627409915, 9);
  });

  it('df = 29 matches the table value 2.045229642132703', () => {
    expect(tCritical95(29)).toBeCloseTo(2.045229642132703, 12);
  });

  it('df = 3, 4 and 7, used by the OLS specs', () => {
    expect(tCritical95(3)).toBeCloseTo(3.1824463052837096, 12);
    expect(tCritical95(4)).toBeCloseTo(2.7764451051977934, 12);
    expect(tCritical95(7)).toBeCloseTo(2.3646242515927853, 12);
  });

  it('approaches z(0.975) = 1.959963984540054 for very large df', () => {
    expect(tCritical95(1e9)).toBeCloseTo(Z_95, 8);
  });

  it.each([0, -1, Number.NaN, Number.POSITIVE_INFINITY])('rejects df = %p', (degreesOfFreedom) => {
    expect(() => tCritical95(degreesOfFreedom)).toThrow(RangeError);
  });
});
