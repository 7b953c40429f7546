import { MEDICATION_REDUCTION_BENCHMARK, MmeFactorTable, OpioidDrug } from '@outcomes/models';
import { OpioidItem, itemDailyMme, medicationReduction, reportDailyMme, summarizeReductions } from './medication';

const { CDC_2022, VON_KORFF_2008 } = MmeFactorTable;

/** Builder: one opioid on a report. */
function opioid(drug: OpioidDrug, strengthPerDose: number, dosesPerDay: number): OpioidItem {
  return { drug, strengthPerDose, dosesPerDay };
}

/* Factors as published: CDC 2022 and Von Korff 2008 (DOMAIN.md), multiplied by hand. */
describe('itemDailyMme', () => {
  it.each([
    // drug, mg per dose, doses per day, table, MME/day — arithmetic in the comment
    [OpioidDrug.OXYCODONE, 5, 4, CDC_2022, 30], // 20 mg/day × 1.5
    [OpioidDrug.HYDROCODONE, 10, 3, CDC_2022, 30], // 30 mg/day × 1.0
    [OpioidDrug.TRAMADOL, 50, 4, CDC_2022, 40], // 200 mg/day × 0.2
    [OpioidDrug.TRAMADOL, 50, 4, VON_KORFF_2008, 20], // 200 mg/day × 0.1
    [OpioidDrug.HYDROMORPHONE, 2, 3, CDC_2022, 30], // 6 mg/day × 5.0
    [OpioidDrug.HYDROMORPHONE, 2, 3, VON_KORFF_2008, 24], // 6 mg/day × 4.0
    [OpioidDrug.METHADONE, 10, 2, CDC_2022, 94], // 20 mg/day × 4.7
    [OpioidDrug.METHADONE, 10, 2, VON_KORFF_2008, 60], // 20 mg/day × 3.0
    [OpioidDrug.CODEINE, 30, 4, CDC_2022, 18], // 120 mg/day × 0.15
    [OpioidDrug.TAPENTADOL, 50, 2, CDC_2022, 40], // 100 mg/day × 0.4
    [OpioidDrug.OXYMORPHONE, 5, 2, CDC_2022, 30], // 10 mg/day × 3.0
    [OpioidDrug.MORPHINE, 15, 2, VON_KORFF_2008, 30], // 30 mg/day × 1.0
  ])('%s %d mg × %d/day (%s) = %d MME/day', (drug, strength, dosesPerDay, table, expected) => {
    expect(itemDailyMme(drug, strength, dosesPerDay, table)).toBeCloseTo(expected, 12);
  });

  it('transdermal fentanyl: the factor applies to the patch rate, 25 mcg/hr × 2.4 = 60 MME/day', () => {
    expect(itemDailyMme(OpioidDrug.FENTANYL_TRANSDERMAL, 25, 1, CDC_2022)).toBeCloseTo(60, 12);
  });

  it('a fentanyl patch with dosesPerDay other than 1 is refused (two patches are two items)', () => {
    expect(() => itemDailyMme(OpioidDrug.FENTANYL_TRANSDERMAL, 25, 2, CDC_2022)).toThrow(RangeError);
  });

  it('zero doses is 0 MME/day', () => {
    expect(itemDailyMme(OpioidDrug.OXYCODONE, 5, 0, CDC_2022)).toBe(0);
  });

  it.each([
    [-5, 2],
    [5, -1],
    [Number.NaN, 1],
  ])('rejects strength %p, doses %p', (strength, dosesPerDay) => {
    expect(() => itemDailyMme(OpioidDrug.OXYCODONE, strength, dosesPerDay, CDC_2022)).toThrow(RangeError);
  });
});

describe('reportDailyMme', () => {
  it('scenario: oxycodone, tramadol and a fentanyl patch on one report', () => {
    const report = [
      opioid(OpioidDrug.OXYCODONE, 5, 4), // 30 (CDC) / 30 (Von Korff)
      opioid(OpioidDrug.TRAMADOL, 50, 4), // 40 (CDC) / 20 (Von Korff)
      opioid(OpioidDrug.FENTANYL_TRANSDERMAL, 25, 1), // 60 / 60
    ];
    expect(reportDailyMme(report, CDC_2022)).toBeCloseTo(130, 12);
    expect(reportDailyMme(report, VON_KORFF_2008)).toBeCloseTo(110, 12);
  });

  it('a report without opioids is 0 MME/day', () => {
    expect(reportDailyMme([], CDC_2022)).toBe(0);
  });
});

describe('medicationReduction', () => {
  it.each([
    [60, 40, 1 / 3], // (60 − 40)/60
    [30, 0, 1], // stopped
    [10, 7, 0.3], // 3/10
    [20, 30, -0.5], // increased by half
    [45, 45, 0],
  ])('baseline %d → latest %d MME/day is a reduction of %p', (baseline, latest, expected) => {
    expect(medicationReduction(baseline, latest)).toBeCloseTo(expected, 14);
  });

  it('is null without a baseline opioid load', () => {
    expect(medicationReduction(0, 10)).toBeNull();
    expect(medicationReduction(0, 0)).toBeNull();
  });

  it('rejects a negative latest load', () => {
    expect(() => medicationReduction(30, -1)).toThrow(RangeError);
  });
});

describe('summarizeReductions', () => {
  it('scenario: a cohort of 6 episodes, one without opioids at baseline', () => {
    // Reductions (hand): 60→40 = 1/3, 30→0 = 1, 40→30 = 0.25, 20→30 = −0.5, 10→7 = 0.3; 0→0 excluded.
    // Sorted: −0.5, 0.25, 0.3, 1/3, 1 → median 0.3
    // mean = (−0.5 + 0.25 + 0.3 + 1/3 + 1)/5 = 1.3833…/5 = 0.27666…  (= 83/300)
    // ≥ 30 %: 0.3, 1/3, 1 → 3/5; stopped: 30→0 → 1/5
    const summary = summarizeReductions([
      { baselineMme: 60, latestMme: 40 },
      { baselineMme: 30, latestMme: 0 },
      { baselineMme: 40, latestMme: 30 },
      { baselineMme: 20, latestMme: 30 },
      { baselineMme: 0, latestMme: 0 },
      { baselineMme: 10, latestMme: 7 },
    ]);
    expect(summary.n).toBe(5);
    expect(summary.excludedWithoutBaseline).toBe(1);
    expect(summary.medianReduction).toBeCloseTo(0.3, 14);
    expect(summary.meanReduction).toBeCloseTo(83 / 300, 14);
    expect(summary.shareReducedAtLeast30).toBeCloseTo(0.6, 14);
    expect(summary.shareStopped).toBeCloseTo(0.2, 14);
    expect(summary.benchmark).toBe(MEDICATION_REDUCTION_BENCHMARK);
    expect(summary.benchmark).toBe(0.33);
  });

  it('even n: the median is the mean of the two middle reductions', () => {
    // 0.5 and 0.25 → (0.25 + 0.5)/2 = 0.375
    const summary = summarizeReductions([
      { baselineMme: 40, latestMme: 20 },
      { baselineMme: 40, latestMme: 30 },
    ]);
    expect(summary.medianReduction).toBeCloseTo(0.375, 14);
    expect(summary.shareReducedAtLeast30).toBeCloseTo(0.5, 14);
  });

  it('grouped pairs: a pair with count k weighs as k episodes', () => {
    // 3 × (40→20 = 0.5), 1 × (40→40 = 0), 2 × (10→0 = 1), 1 × (0→5, excluded), by hand:
    // sorted 0, 0.5, 0.5, 0.5, 1, 1 → median (0.5 + 0.5)/2 = 0.5; mean = (1.5 + 2)/6 = 7/12;
    // ≥ 30 %: 5 of 6; stopped: 2 of 6.
    const summary = summarizeReductions([
      { baselineMme: 40, latestMme: 20, count: 3 },
      { baselineMme: 40, latestMme: 40, count: 1 },
      { baselineMme: 10, latestMme: 0, count: 2 },
      { baselineMme: 0, latestMme: 5, count: 1 },
    ]);
    expect(summary.n).toBe(6);
    expect(summary.excludedWithoutBaseline).toBe(1);
    expect(summary.medianReduction).toBeCloseTo(0.5, 14);
    expect(summary.meanReduction).toBeCloseTo(7 / 12, 14);
    expect(summary.shareReducedAtLeast30).toBeCloseTo(5 / 6, 14);
    expect(summary.shareStopped).toBeCloseTo(2 / 6, 14);
    expect(() => summarizeReductions([{ baselineMme: 40, latestMme: 20, count: -1 }])).toThrow(RangeError);
  });

  it('counts an exact 30 % cut whose floating-point ratio is 0.29999999999999993', () => {
    // (3.5 − 2.45)/3.5 is exactly 0.3, but in floating point 3.5 − 2.45 = 1.0499999999999998
    // and 1.0499999999999998/3.5 = 0.29999999999999993.
    const summary = summarizeReductions([{ baselineMme: 3.5, latestMme: 2.45 }]);
    expect(summary.shareReducedAtLeast30).toBe(1);
  });

  it('no episode with a baseline: n = 0 and null figures, the excluded still counted', () => {
    expect(summarizeReductions([{ baselineMme: 0, latestMme: 15 }])).toEqual({
      n: 0,
      excludedWithoutBaseline: 1,
      medianReduction: null,
      meanReduction: null,
      shareReducedAtLeast30: null,
      shareStopped: null,
      benchmark: 0.33,
    });
  });

  it('empty cohort', () => {
    expect(summarizeReductions([])).toMatchObject({ n: 0, excludedWithoutBaseline: 0, medianReduction: null });
  });
});
