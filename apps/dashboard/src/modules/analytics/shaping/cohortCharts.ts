// Pure functions from the analytics queries' answers to chart rows and table rows. Every cohort
// becomes a series with a stable key (s0, s1, …: cohort codes are not safe object keys for
// Recharts' dataKey paths); suppressed cohorts and cells never reach a chart, and the tables say
// "suppressed" where a figure is withheld.
import type {
  CohortTrajectoryQuery,
  MedicationTrendQuery,
  OutcomeSummaryQuery,
  TimeToResponseQuery,
} from '../../../gql/graphql';
import { MAX_CHART_POINTS, thinRows } from '../../charts/limits';
import { round } from '../format';

export type TrajectoryCohort = CohortTrajectoryQuery['trajectory']['cohorts'][number];
export type SurvivalCohort = TimeToResponseQuery['timeToResponse']['cohorts'][number];
export type MedicationCohort = MedicationTrendQuery['medicationTrend']['cohorts'][number];
export type CohortOutcome = OutcomeSummaryQuery['outcomeSummary']['total'];

export interface Series {
  /** The row key of the series' values ("s0"); its band, when drawn, is under `${key}Band`. */
  key: string;
  cohort: string;
  label: string;
}

/** One x position of a multi-cohort chart: per series a value and, where there is one, a [low, high] band. */
export type ChartRow = { x: number } & Record<string, number | [number, number] | null>;

export interface CohortChart<TableRow> {
  series: Series[];
  rows: ChartRow[];
  tableRows: TableRow[];
  /** Labels of cohorts withheld entirely (researcher view, n ≤ 10). */
  suppressedCohorts: string[];
}

/** As many x positions as keep the whole chart under MAX_CHART_POINTS points. */
function capRows(rows: ChartRow[], seriesCount: number): ChartRow[] {
  return thinRows(rows, Math.max(2, Math.floor(MAX_CHART_POINTS / Math.max(1, seriesCount))));
}

function seriesOf<Cohort extends { cohort: string; label: string; suppressed: boolean }>(cohorts: readonly Cohort[]) {
  const shown = cohorts.filter((cohort) => !cohort.suppressed);
  return {
    shown,
    series: shown.map((cohort, index) => ({ key: `s${index}`, cohort: cohort.cohort, label: cohort.label })),
    suppressedCohorts: cohorts.filter((cohort) => cohort.suppressed).map((cohort) => cohort.label),
  };
}

function emptyRow(x: number, series: readonly Series[]): ChartRow {
  const row: ChartRow = { x } as ChartRow;
  for (const { key } of series) {
    row[key] = null;
    row[`${key}Band`] = null;
  }
  return row;
}

const band = (low: number | null | undefined, high: number | null | undefined, digits: number): [number, number] | null =>
  low === null || low === undefined || high === null || high === undefined ? null : [round(low, digits), round(high, digits)];

export interface TrajectoryTableRow {
  id: string;
  cohort: string;
  week: number | null;
  n: number | null;
  mean: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  suppressed: boolean;
}

/** Mean pre-session pain by week with its 95 % interval, one series per cohort. */
export function trajectoryChart(cohorts: readonly TrajectoryCohort[]): CohortChart<TrajectoryTableRow> {
  const { shown, series, suppressedCohorts } = seriesOf(cohorts);
  const byWeek = new Map<number, ChartRow>();
  shown.forEach((cohort, index) => {
    const key = `s${index}`;
    for (const point of cohort.points) {
      if (point.suppressed || !point.pain || point.pain.mean === null || point.pain.mean === undefined) continue;
      const row = byWeek.get(point.week) ?? emptyRow(point.week, series);
      row[key] = round(point.pain.mean, 2);
      row[`${key}Band`] = band(point.pain.ciLow, point.pain.ciHigh, 2);
      byWeek.set(point.week, row);
    }
  });
  const rows = [...byWeek.values()].sort((a, b) => a.x - b.x);

  const tableRows = cohorts.flatMap((cohort): TrajectoryTableRow[] =>
    cohort.suppressed
      ? [{ id: cohort.cohort, cohort: cohort.label, week: null, n: null, mean: null, ciLow: null, ciHigh: null, suppressed: true }]
      : cohort.points.map((point) => ({
          id: `${cohort.cohort}-${point.week}`,
          cohort: cohort.label,
          week: point.week,
          n: point.pain?.n ?? null,
          mean: point.suppressed || point.pain?.mean == null ? null : round(point.pain.mean, 2),
          ciLow: point.suppressed || point.pain?.ciLow == null ? null : round(point.pain.ciLow, 2),
          ciHigh: point.suppressed || point.pain?.ciHigh == null ? null : round(point.pain.ciHigh, 2),
          suppressed: point.suppressed,
        })),
  );
  return { series, rows: capRows(rows, series.length), tableRows, suppressedCohorts };
}

export interface SurvivalTableRow {
  id: string;
  cohort: string;
  day: number | null;
  atRisk: number | null;
  events: number | null;
  censored: number | null;
  /** Share not yet responded, in %. */
  survival: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  suppressed: boolean;
}

/**
 * Kaplan–Meier curves as step rows: every cohort starts at 100 % on day 0, and at each day where
 * any cohort has a step, each cohort shows its S(t) (its last step on or before that day), up to
 * its own last step; beyond that its follow-up ends and the value is null.
 */
export function survivalChart(cohorts: readonly SurvivalCohort[]): CohortChart<SurvivalTableRow> {
  const { shown, series, suppressedCohorts } = seriesOf(cohorts);
  const days = [...new Set([0, ...shown.flatMap((cohort) => cohort.steps.map((step) => step.day))])].sort((a, b) => a - b);
  const rows = days.map((day) => {
    const row = emptyRow(day, series);
    shown.forEach((cohort, index) => {
      const key = `s${index}`;
      const steps = [...cohort.steps].sort((a, b) => a.day - b.day);
      const lastDay = steps[steps.length - 1]?.day ?? 0;
      if (day > lastDay) return;
      const current = steps.filter((step) => step.day <= day).pop();
      row[key] = current ? round(current.survival * 100, 1) : 100;
      row[`${key}Band`] = current ? band(percentOrNull(current.ciLow), percentOrNull(current.ciHigh), 1) : [100, 100];
    });
    return row;
  });

  const tableRows = cohorts.flatMap((cohort): SurvivalTableRow[] =>
    cohort.suppressed
      ? [{ id: cohort.cohort, cohort: cohort.label, day: null, atRisk: null, events: null, censored: null, survival: null, ciLow: null, ciHigh: null, suppressed: true }]
      : cohort.steps.map((step) => ({
          id: `${cohort.cohort}-${step.day}`,
          cohort: cohort.label,
          day: step.day,
          atRisk: step.atRisk,
          events: step.events,
          censored: step.censored,
          survival: round(step.survival * 100, 1),
          ciLow: step.ciLow == null ? null : round(step.ciLow * 100, 1),
          ciHigh: step.ciHigh == null ? null : round(step.ciHigh * 100, 1),
          suppressed: false,
        })),
  );
  return { series, rows: capRows(rows, series.length), tableRows, suppressedCohorts };
}

const percentOrNull = (fraction: number | null | undefined): number | null => (fraction == null ? null : fraction * 100);

export interface MedicationTableRow {
  id: string;
  cohort: string;
  week: number | null;
  n: number | null;
  /** Median reduction from baseline that week, in % (positive = less medication). */
  median: number | null;
  mean: number | null;
  suppressed: boolean;
}

/** Median opioid reduction by week since the start, in %, one series per cohort. */
export function medicationTrendChart(cohorts: readonly MedicationCohort[]): CohortChart<MedicationTableRow> {
  const { shown, series, suppressedCohorts } = seriesOf(cohorts);
  const byWeek = new Map<number, ChartRow>();
  shown.forEach((cohort, index) => {
    for (const point of cohort.opioidTrend) {
      const median = point.reduction?.median;
      if (point.suppressed || median === null || median === undefined) continue;
      const row = byWeek.get(point.week) ?? emptyRow(point.week, series);
      row[`s${index}`] = round(median, 1);
      byWeek.set(point.week, row);
    }
  });
  const rows = [...byWeek.values()].sort((a, b) => a.x - b.x);
  const tableRows = cohorts.flatMap((cohort): MedicationTableRow[] =>
    cohort.suppressed
      ? [{ id: cohort.cohort, cohort: cohort.label, week: null, n: null, median: null, mean: null, suppressed: true }]
      : cohort.opioidTrend.map((point) => ({
          id: `${cohort.cohort}-${point.week}`,
          cohort: cohort.label,
          week: point.week,
          n: point.reduction?.n ?? null,
          median: point.suppressed || point.reduction?.median == null ? null : round(point.reduction.median, 1),
          mean: point.suppressed || point.reduction?.mean == null ? null : round(point.reduction.mean, 1),
          suppressed: point.suppressed,
        })),
  );
  return { series, rows: capRows(rows, series.length), tableRows, suppressedCohorts };
}

export interface ReductionRow {
  id: string;
  cohort: string;
  suppressed: boolean;
  /** Episodes with opioids at baseline. */
  n: number | null;
  medianReduction: number | null;
  shareReducedAtLeast30: number | null;
  shareStopped: number | null;
  nonOpioidMedianReduction: number | null;
  /** Median opioid reduction at or above the benchmark; null when there is no median. */
  meetsBenchmark: boolean | null;
}

/** Each cohort's overall reduction from first to last report, against the benchmark (a fraction). */
export function reductionRows(cohorts: readonly MedicationCohort[], benchmark: number): ReductionRow[] {
  return cohorts.map((cohort) => {
    const median = cohort.suppressed ? null : (cohort.opioids.medianReduction ?? null);
    return {
      id: cohort.cohort,
      cohort: cohort.label,
      suppressed: cohort.suppressed,
      n: cohort.suppressed ? null : (cohort.opioids.n ?? null),
      medianReduction: median,
      shareReducedAtLeast30: cohort.suppressed ? null : (cohort.opioids.shareReducedAtLeast30 ?? null),
      shareStopped: cohort.suppressed ? null : (cohort.opioids.shareStopped ?? null),
      nonOpioidMedianReduction: cohort.suppressed ? null : (cohort.nonOpioids.medianReduction ?? null),
      meetsBenchmark: median === null ? null : median >= benchmark,
    };
  });
}

export interface ResponderRow {
  id: string;
  cohort: string;
  suppressed: boolean;
  episodes: number | null;
  eligible: number | null;
  droppedOut: number | null;
  /** ≥ 30 % (and ≥ 2 points) responders over eligible episodes, in %. */
  rate30: number | null;
  /** ≥ 50 % responders over eligible episodes, in %. */
  rate50: number | null;
}

/** Responder rates per cohort, in % for the chart; suppressed cohorts keep their row with nulls. */
export function responderRows(cohorts: readonly CohortOutcome[]): ResponderRow[] {
  return cohorts.map((cohort) => ({
    id: cohort.cohort,
    cohort: cohort.label,
    suppressed: cohort.suppressed,
    episodes: cohort.episodes ?? null,
    eligible: cohort.eligible ?? null,
    droppedOut: cohort.droppedOut ?? null,
    rate30: cohort.responderRate == null ? null : round(cohort.responderRate * 100, 1),
    rate50: cohort.substantialRate == null ? null : round(cohort.substantialRate * 100, 1),
  }));
}
