import {
  medicationTrendChart,
  reductionRows,
  responderRows,
  survivalChart,
  trajectoryChart,
  type CohortOutcome,
  type MedicationCohort,
  type SurvivalCohort,
  type TrajectoryCohort,
} from '../shaping/cohortCharts';
import { kpiTiles } from '../shaping/kpis';

// Builders: the smallest answer of each query that the shaping reads.
const pain = (n: number, mean: number, ciLow: number | null, ciHigh: number | null) => ({ n, mean, sd: null, ciLow, ciHigh });

function trajectoryCohort(cohort: string, label: string, points: TrajectoryCohort['points'], suppressed = false): TrajectoryCohort {
  return { cohort, label, episodes: 20, suppressed, points };
}

describe('trajectoryChart', () => {
  const weekly = trajectoryCohort('WEEKLY', 'Weekly', [
    { week: 0, suppressed: false, pain: pain(40, 6.7222, 6.3533, 7.0912) },
    { week: 1, suppressed: false, pain: pain(21, 5.3333, 4.7004, 5.9663) },
    { week: 3, suppressed: false, pain: pain(1, 4, null, null) },
  ]);
  const biweekly = trajectoryCohort('BIWEEKLY', 'Every other week', [
    { week: 0, suppressed: false, pain: pain(30, 7, 6.5, 7.5) },
    { week: 2, suppressed: false, pain: pain(25, 5.5, 5, 6) },
  ]);

  it('gives one row per week with each cohort’s mean and 95 % band (rounded to 2 decimals)', () => {
    const chart = trajectoryChart([weekly, biweekly]);

    expect(chart.series).toEqual([
      { key: 's0', cohort: 'WEEKLY', label: 'Weekly' },
      { key: 's1', cohort: 'BIWEEKLY', label: 'Every other week' },
    ]);
    expect(chart.rows).toEqual([
      { x: 0, s0: 6.72, s0Band: [6.35, 7.09], s1: 7, s1Band: [6.5, 7.5] },
      { x: 1, s0: 5.33, s0Band: [4.7, 5.97], s1: null, s1Band: null },
      { x: 2, s0: null, s0Band: null, s1: 5.5, s1Band: [5, 6] },
      // n = 1: a mean without an interval.
      { x: 3, s0: 4, s0Band: null, s1: null, s1Band: null },
    ]);
    expect(chart.suppressedCohorts).toEqual([]);
  });

  it('keeps suppressed cohorts and cells out of the chart and says so in the table', () => {
    const small = trajectoryCohort('PREGNANCY', 'Pregnancy', [], true);
    const withHole = trajectoryCohort('WEEKLY', 'Weekly', [
      { week: 0, suppressed: false, pain: pain(40, 6, 5.5, 6.5) },
      { week: 1, suppressed: true, pain: null },
    ]);

    const chart = trajectoryChart([withHole, small]);

    expect(chart.series.map((series) => series.label)).toEqual(['Weekly']);
    expect(chart.rows).toEqual([{ x: 0, s0: 6, s0Band: [5.5, 6.5] }]);
    expect(chart.suppressedCohorts).toEqual(['Pregnancy']);
    expect(chart.tableRows).toEqual([
      { id: 'WEEKLY-0', cohort: 'Weekly', week: 0, n: 40, mean: 6, ciLow: 5.5, ciHigh: 6.5, suppressed: false },
      { id: 'WEEKLY-1', cohort: 'Weekly', week: 1, n: null, mean: null, ciLow: null, ciHigh: null, suppressed: true },
      { id: 'PREGNANCY', cohort: 'Pregnancy', week: null, n: null, mean: null, ciLow: null, ciHigh: null, suppressed: true },
    ]);
  });

  it('draws no more than about 500 points: 10 cohorts × 80 weeks keep 50 weeks', () => {
    const cohorts = Array.from({ length: 10 }, (_, index) =>
      trajectoryCohort(`C${index}`, `Cohort ${index}`, Array.from({ length: 80 }, (__, week) => ({ week, suppressed: false, pain: pain(30, 5, 4, 6) }))),
    );
    const chart = trajectoryChart(cohorts);
    expect(chart.rows).toHaveLength(50);
    expect(chart.rows[0]?.x).toBe(0);
    expect(chart.rows[49]?.x).toBe(79);
  });
});

describe('survivalChart', () => {
  const step = (day: number, atRisk: number, events: number, censored: number, survival: number, ciLow: number | null, ciHigh: number | null) => ({
    day,
    atRisk,
    events,
    censored,
    survival,
    ciLow,
    ciHigh,
  });
  const weekly: SurvivalCohort = {
    cohort: 'WEEKLY',
    label: 'Weekly',
    suppressed: false,
    episodes: 10,
    events: 6,
    censored: 4,
    medianDays: 14,
    steps: [step(7, 10, 2, 0, 0.8, 0.55, 0.93), step(14, 8, 4, 1, 0.4, 0.17, 0.64)],
  };
  const biweekly: SurvivalCohort = {
    cohort: 'BIWEEKLY',
    label: 'Every other week',
    suppressed: false,
    episodes: 5,
    events: 1,
    censored: 4,
    medianDays: null,
    steps: [step(10, 5, 1, 2, 0.8, 0.4, 0.95)],
  };

  it('starts every curve at 100 % on day 0 and carries each S(t) forward to its last step (in %)', () => {
    const chart = survivalChart([weekly, biweekly]);

    expect(chart.rows).toEqual([
      { x: 0, s0: 100, s0Band: [100, 100], s1: 100, s1Band: [100, 100] },
      { x: 7, s0: 80, s0Band: [55, 93], s1: 100, s1Band: [100, 100] },
      { x: 10, s0: 80, s0Band: [55, 93], s1: 80, s1Band: [40, 95] },
      // Day 14 is past the biweekly cohort's last step: its follow-up has ended.
      { x: 14, s0: 40, s0Band: [17, 64], s1: null, s1Band: null },
    ]);
  });

  it('lists every step in the table with the numbers at risk, events and censored', () => {
    expect(survivalChart([biweekly]).tableRows).toEqual([
      { id: 'BIWEEKLY-10', cohort: 'Every other week', day: 10, atRisk: 5, events: 1, censored: 2, survival: 80, ciLow: 40, ciHigh: 95, suppressed: false },
    ]);
  });
});

describe('medication', () => {
  const reduction = (n: number, median: number, mean: number) => ({ n, median, mean, ciLow: null, ciHigh: null });
  const all: MedicationCohort = {
    cohort: 'ALL',
    label: 'All episodes',
    suppressed: false,
    opioids: { n: 62, medianReduction: 0.4, meanReduction: 0.21, shareReducedAtLeast30: 0.29, shareStopped: 0.13 },
    nonOpioids: { n: 102, medianReduction: 0.28 },
    opioidTrend: [
      { week: 0, suppressed: false, reduction: reduction(62, 0, 0) },
      { week: 2, suppressed: false, reduction: reduction(12, 33.333, 28.05) },
      { week: 3, suppressed: true, reduction: null },
    ],
  };
  const few: MedicationCohort = { ...all, cohort: 'PREGNANCY', label: 'Pregnancy', suppressed: true, opioidTrend: [] };

  it('draws the median weekly reduction in % per cohort, skipping suppressed weeks', () => {
    expect(medicationTrendChart([all, few]).rows).toEqual([
      { x: 0, s0: 0, s0Band: null },
      { x: 2, s0: 33.3, s0Band: null },
    ]);
  });

  it('compares each cohort’s median reduction with the benchmark, withholding suppressed cohorts', () => {
    expect(reductionRows([all, { ...all, cohort: 'WEEKLY', label: 'Weekly', opioids: { ...all.opioids, medianReduction: 0.25 } }, few], 0.33)).toEqual([
      { id: 'ALL', cohort: 'All episodes', suppressed: false, n: 62, medianReduction: 0.4, shareReducedAtLeast30: 0.29, shareStopped: 0.13, nonOpioidMedianReduction: 0.28, meetsBenchmark: true },
      { id: 'WEEKLY', cohort: 'Weekly', suppressed: false, n: 62, medianReduction: 0.25, shareReducedAtLeast30: 0.29, shareStopped: 0.13, nonOpioidMedianReduction: 0.28, meetsBenchmark: false },
      { id: 'PREGNANCY', cohort: 'Pregnancy', suppressed: true, n: null, medianReduction: null, shareReducedAtLeast30: null, shareStopped: null, nonOpioidMedianReduction: null, meetsBenchmark: null },
    ]);
  });
});

function outcome(overrides: Partial<CohortOutcome> = {}): CohortOutcome {
  return {
    cohort: 'ALL',
    label: 'ALL',
    suppressed: false,
    episodes: 131,
    active: 60,
    discharged: 36,
    droppedOut: 35,
    sessions: 835,
    eligible: 117,
    excludedLowBaseline: 4,
    excludedSingleSession: 10,
    responders: 67,
    responderRate: 67 / 117,
    substantialResponders: 39,
    substantialRate: 39 / 117,
    failureToProgress: 20,
    failureToProgressRate: 0.25,
    overdue: 3,
    painChange: { n: 117, mean: -2.3419, ciLow: -2.6433, ciHigh: -2.0405 },
    percentChange: { n: 117, mean: -35, median: -33.3 },
    ...overrides,
  };
}

describe('responderRows', () => {
  it('turns rates into percentages with one decimal, keeping suppressed cohorts as rows', () => {
    expect(responderRows([outcome({ cohort: 'WEEKLY', label: 'Weekly' }), outcome({ cohort: 'X', label: 'Few', suppressed: true, responderRate: null, substantialRate: null, episodes: null, eligible: null, droppedOut: null })])).toEqual([
      // 67 / 117 = 57.26 %, 39 / 117 = 33.33 %.
      { id: 'WEEKLY', cohort: 'Weekly', suppressed: false, episodes: 131, eligible: 117, droppedOut: 35, rate30: 57.3, rate50: 33.3 },
      { id: 'X', cohort: 'Few', suppressed: true, episodes: null, eligible: null, droppedOut: null, rate30: null, rate50: null },
    ]);
  });
});

describe('kpiTiles', () => {
  it('states each headline with its denominator', () => {
    const tiles = kpiTiles(outcome(), 3);
    expect(tiles.map((tile) => [tile.label, tile.value])).toEqual([
      ['Episodes', '131'],
      ['Responders (≥ 30 % and ≥ 2 points)', '57 %'],
      ['Substantial (≥ 50 %)', '33 %'],
      ['Mean pain change (NPRS points)', '−2.3'],
      ['Failure to progress', '25 %'],
      ['Overdue', '3'],
      ['Open red flags', '3'],
    ]);
    expect(tiles[0]?.detail).toBe('60 active · 36 discharged · 35 dropped out');
    // 4 with a low baseline + 10 with one session are not eligible, and are said to be.
    expect(tiles[1]?.detail).toBe('67 of 117 eligible; 14 not eligible (baseline below 2 or a single session), drop-outs included');
    expect(tiles[3]?.detail).toBe('95 % CI −2.6 to −2.0, n = 117');
  });

  it('shows one suppressed tile when the whole selection is a small cell', () => {
    expect(kpiTiles(outcome({ suppressed: true }), null)).toEqual([
      { id: 'episodes', label: 'Episodes', value: 'suppressed (n ≤ 10)', detail: 'Too few episodes match this filter to show figures.' },
    ]);
  });
});
