import { SurvivalObservation, kaplanMeier } from './kaplan-meier';

const Z = 1.959963984540054;

/** Builders: an event (e.g. the episode responded) or a censoring (dropped out / still in care) at `time`. */
const event = (time: number): SurvivalObservation => ({ time, event: true });
const censored = (time: number): SurvivalObservation => ({ time, event: false });

/** The log-transformed 95 % interval worked by hand: S·exp(±z·√G), clipped to [0, 1]. */
function logInterval(survival: number, greenwood: number): [number, number] {
  return [survival * Math.exp(-Z * Math.sqrt(greenwood)), Math.min(1, survival * Math.exp(Z * Math.sqrt(greenwood)))];
}

describe('kaplanMeier', () => {
  /*
   * Gehan (1965) 6-MP arm of the leukaemia remission trial (Freireich 1963), the textbook dataset
   * (weeks; * = censored): 6 6 6 6* 7 9* 10 10* 11* 13 16 17* 19* 20* 22 23 25* 32* 32* 34* 35*.
   * R 4.x: summary(survfit(Surv(time, status) ~ 1, conf.type = "log")) prints
   *   time n.risk n.event survival lower 95% CI upper 95% CI
   *      6     21       3    0.857        0.720        1.000
   *      7     17       1    0.807        0.653        0.996
   *     10     15       1    0.753        0.586        0.968
   *     13     12       1    0.690        0.510        0.935
   *     16     11       1    0.627        0.439        0.896
   *     22      7       1    0.538        0.337        0.858
   *     23      6       1    0.448        0.249        0.807
   * with median 23. Full precision by hand below: S multiplies (1 − d/n); G adds d/(n(n − d)).
   */
  const sixMp = [
    ...[6, 6, 6, 7, 10, 13, 16, 22, 23].map(event),
    ...[6, 9, 10, 11, 17, 19, 20, 25, 32, 32, 34, 35].map(censored),
  ];

  it('scenario: Gehan 6-MP arm, ties of events and censoring at 6 and 10 (hand-computed)', () => {
    // time n  d  c   S                                   G
    //   6  21 3  1   18/21                               3/(21·18)
    //   7  17 1  0   18/21·16/17                         + 1/(17·16)
    //  10  15 1  1   ·14/15                              + 1/(15·14)
    //  13  12 1  0   ·11/12                              + 1/(12·11)
    //  16  11 1  0   ·10/11                              + 1/(11·10)
    //  22   7 1  0   ·6/7                                + 1/(7·6)
    //  23   6 1  0   ·5/6                                + 1/(6·5)
    // (at risk at 7 = 21 − 3 events − 1 censored at 6 = 17; at 13 = 15 − 2 (10) − 1 (11) = 12; at 22 = 11 − 1 − 3 = 7)
    const expected: { time: number; atRisk: number; events: number; censored: number; factor: number; g: number }[] = [
      { time: 6, atRisk: 21, events: 3, censored: 1, factor: 18 / 21, g: 3 / (21 * 18) },
      { time: 7, atRisk: 17, events: 1, censored: 0, factor: 16 / 17, g: 1 / (17 * 16) },
      { time: 10, atRisk: 15, events: 1, censored: 1, factor: 14 / 15, g: 1 / (15 * 14) },
      { time: 13, atRisk: 12, events: 1, censored: 0, factor: 11 / 12, g: 1 / (12 * 11) },
      { time: 16, atRisk: 11, events: 1, censored: 0, factor: 10 / 11, g: 1 / (11 * 10) },
      { time: 22, atRisk: 7, events: 1, censored: 0, factor: 6 / 7, g: 1 / (7 * 6) },
      { time: 23, atRisk: 6, events: 1, censored: 0, factor: 5 / 6, g: 1 / (6 * 5) },
    ];
    const curve = kaplanMeier(sixMp);
    expect(curve.steps).toHaveLength(expected.length);
    let survival = 1;
    let greenwood = 0;
    expected.forEach((row, i) => {
      survival *= row.factor;
      greenwood += row.g;
      const [ciLow, ciHigh] = logInterval(survival, greenwood);
      const step = curve.steps[i];
      expect(step).toMatchObject({ time: row.time, atRisk: row.atRisk, events: row.events, censored: row.censored });
      expect(step.survival).toBeCloseTo(survival, 12);
      expect(step.ciLow).toBeCloseTo(ciLow, 12);
      expect(step.ciHigh).toBeCloseTo(ciHigh, 12);
    });
    // The last step written out: S(23) = 18/21·16/17·14/15·11/12·10/11·6/7·5/6 = 0.44817927170868355,
    // G = 0.0901844070961718, √G = 0.3003071878862905,
    // CI = S·exp(∓1.959963984540054·√G) = 0.24878822681765972 … 0.8073720455290775
    expect(curve.steps[6].survival).toBeCloseTo(0.44817927170868355, 14);
    expect(curve.steps[6].ciLow).toBeCloseTo(0.24878822681765972, 12);
    expect(curve.steps[6].ciHigh).toBeCloseTo(0.8073720455290775, 12);
    expect(curve.median).toBe(23);
    expect(curve).toMatchObject({ n: 21, events: 9, censored: 12 });
  });

  it('scenario: Gehan 6-MP arm agrees with the R survfit table to its printed 3 decimals', () => {
    const printed = [
      [0.857, 0.72, 1.0],
      [0.807, 0.653, 0.996],
      [0.753, 0.586, 0.968],
      [0.69, 0.51, 0.935],
      [0.627, 0.439, 0.896],
      [0.538, 0.337, 0.858],
      [0.448, 0.249, 0.807],
    ];
    const steps = kaplanMeier(sixMp).steps;
    printed.forEach(([survival, ciLow, ciHigh], i) => {
      // a printed value is within 0.0005 of the exact one
      expect(Math.abs(steps[i].survival - survival)).toBeLessThanOrEqual(0.0005);
      expect(Math.abs((steps[i].ciLow ?? Number.NaN) - ciLow)).toBeLessThanOrEqual(0.0005);
      expect(Math.abs((steps[i].ciHigh ?? Number.NaN) - ciHigh)).toBeLessThanOrEqual(0.0005);
    });
  });

  it('scenario: time to response with a tie of 2 events and 1 drop-out at day 3, ending at S = 0', () => {
    // Days: 1 responded, 2 dropped out, 3 responded ×2, 3 dropped out, 5 responded.
    // day 1: n 6, d 1 → S = 5/6 = 0.8333…, G = 1/(6·5) = 1/30
    //        CI = 5/6·exp(∓1.959963984540054·√(1/30)) = 0.5826547954771396 … 1.19 → clipped to 1
    // day 2: censoring only, no step; at risk drops to 4
    // day 3: n 4 (the drop-out at 3 still at risk), d 2 → S = 5/6 · 2/4 = 5/12, G = 1/30 + 2/(4·2) = 17/60
    //        CI = 5/12·exp(∓z·√(17/60)) = 0.1467919155344715 … 1.18 → clipped to 1
    // day 5: n 1, d 1 → S = 0, interval undefined (null)
    // median: first S ≤ 0.5 is day 3
    const curve = kaplanMeier([event(1), censored(2), event(3), event(3), censored(3), event(5)]);
    expect(curve.steps.map(({ time, atRisk, events, censored: c }) => [time, atRisk, events, c])).toEqual([
      [1, 6, 1, 0],
      [3, 4, 2, 1],
      [5, 1, 1, 0],
    ]);
    expect(curve.steps[0].survival).toBeCloseTo(5 / 6, 14);
    expect(curve.steps[0].ciLow).toBeCloseTo(0.5826547954771396, 12);
    expect(curve.steps[0].ciHigh).toBe(1);
    expect(curve.steps[1].survival).toBeCloseTo(5 / 12, 14);
    expect(curve.steps[1].ciLow).toBeCloseTo(0.1467919155344715, 12);
    expect(curve.steps[1].ciHigh).toBe(1);
    expect(curve.steps[2]).toEqual({
      time: 5,
      atRisk: 1,
      events: 1,
      censored: 0,
      survival: 0,
      ciLow: null,
      ciHigh: null,
    });
    expect(curve.median).toBe(3);
    expect(curve).toMatchObject({ n: 6, events: 4, censored: 2 });
  });

  it('median when S is exactly 0.5 although floating point gives 0.5000000000000001', () => {
    // 10 episodes: 2 respond on day 1, 2 on day 2, 1 on day 3, 5 still in care at day 10.
    // S(3) = 8/10 · 6/8 · 5/6 = 1/2 exactly; in floating point 0.8·0.75·0.8333… = 0.5000000000000001.
    const curve = kaplanMeier([
      ...[1, 1, 2, 2, 3].map(event),
      ...[10, 10, 10, 10, 10].map(censored),
    ]);
    expect(curve.steps[2].survival).toBeCloseTo(0.5, 14);
    expect(curve.median).toBe(3);
  });

  it('median is null when fewer than half respond', () => {
    // S = 4/5 after day 2, then only drop-outs: never ≤ 0.5
    const curve = kaplanMeier([event(2), censored(4), censored(5), censored(6), censored(7)]);
    expect(curve.steps).toHaveLength(1);
    expect(curve.steps[0].survival).toBeCloseTo(0.8, 14);
    expect(curve.median).toBeNull();
  });

  it('accepts observations in any order', () => {
    // Same as the day-3 tie scenario, shuffled
    const curve = kaplanMeier([event(5), event(3), censored(3), event(1), event(3), censored(2)]);
    expect(curve.steps.map((step) => step.time)).toEqual([1, 3, 5]);
    expect(curve.steps[1].survival).toBeCloseTo(5 / 12, 14);
  });

  it('n = 1 with an event: S drops to 0 and the median is that time', () => {
    expect(kaplanMeier([event(4)])).toEqual({
      steps: [{ time: 4, atRisk: 1, events: 1, censored: 0, survival: 0, ciLow: null, ciHigh: null }],
      median: 4,
      n: 1,
      events: 1,
      censored: 0,
    });
  });

  it('all censored: no steps, no median, the drop-outs still counted', () => {
    expect(kaplanMeier([censored(3), censored(8)])).toEqual({ steps: [], median: null, n: 2, events: 0, censored: 2 });
  });

  it('empty input', () => {
    expect(kaplanMeier([])).toEqual({ steps: [], median: null, n: 0, events: 0, censored: 0 });
  });

  it.each([-1, Number.NaN, Number.POSITIVE_INFINITY])('rejects time %p', (time) => {
    expect(() => kaplanMeier([event(time)])).toThrow(RangeError);
  });
});
