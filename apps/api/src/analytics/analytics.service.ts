import { Injectable } from '@nestjs/common';
import {
  classifyResponder,
  describeValueCounts,
  kaplanMeier,
  medicationReduction,
  overdueCutoff,
  summarizeReductions,
  suppressCells,
  type ValueCountSummary,
} from '@outcomes/metrics';
import { FAILURE_TO_PROGRESS_SESSIONS, Frequency, MEDICATION_REDUCTION_BENCHMARK, PLANNED_GAP_DAYS, Role } from '@outcomes/models';
import type { EntityManager } from 'typeorm';
import type { AccessScope } from '../common/access-scope';
import { ForbiddenError } from '../common/errors';
import { queryRows, type SqlValue, toNumber } from '../database/sql';
import { TenantTransactions } from '../database/tenant-transactions';
import { clinicToday } from '../episodes/episode-dates';
import { User } from '../users/user.entity';
import type {
  Adherence,
  CohortMedication,
  CohortOutcome,
  CohortTimeToResponse,
  CohortTrajectory,
  Distribution,
  MedicationTrend,
  OutcomeSummary,
  ReductionPoint,
  ReductionSummary,
  TimeToResponse,
  Trajectory,
} from './analytics.types';
import { CohortDimension } from './cohort-dimension';
import { cohortLabel } from './cohort-labels';
import { deploymentMeasureRows, Measure, readsCube, type MeasureRow, keyNumber, measureRows } from './cohort-cube';
import { cohortSql } from './cohort-query';
import type { AnalyticsFilter } from './dto/analytics-filter.input';
import { CubeFigureCache } from './cube-figure-cache';
import { ValueCounter } from './value-counter';

type Row = Record<string, SqlValue>;

/**
 * The outcome analytics. SQL aggregates the rollups into grouped sufficient statistics (counts
 * per distinct value, never one row per session); libs/metrics turns them into the figures.
 * Every figure a researcher sees with n <= 10 is suppressed, with complementary suppression.
 */
@Injectable()
export class AnalyticsService {
  /** Clinic-wide figures kept while the cube is unchanged: see CubeFigureCache. */
  private readonly figures = new CubeFigureCache();

  constructor(private readonly transactions: TenantTransactions) {}

  /**
   * Pre-session pain by week since the episode started, per cohort. Each episode contributes once
   * per week: the mean of its pre-session scores that week. The same series as change from baseline.
   */
  trajectory(scope: AccessScope, filter: AnalyticsFilter | null | undefined, groupBy: CohortDimension): Promise<Trajectory> {
    return this.cohortFigure(scope, filter, groupBy, 'trajectory', async (manager, names) => {
      const rows = await measureRows(manager, scope, filter, groupBy, [Measure.PAIN, Measure.CHANGE, Measure.OUTCOME]);
      return shapeTrajectory(rows, groupBy, names, (cells) => this.suppressed(scope, cells));
    });
  }

  /** Episode counts, responders (≥ 30 % and ≥ 50 %), pain change, adherence and overdue, per cohort and in total. */
  async outcomeSummary(scope: AccessScope, filter: AnalyticsFilter | null | undefined, groupBy: CohortDimension): Promise<OutcomeSummary> {
    this.checkGrouping(scope, groupBy);
    return this.transactions.run(scope.clinicId, async (manager) => {
      const today = await clinicToday(manager, scope.clinicId);
      const { grouped, total } = await this.summaryOutcomes(manager, scope, filter, groupBy, today);
      const totalOutcome = total ?? emptyOutcome('ALL', 'All episodes');
      const hidden = this.suppressed(scope, grouped.map((cohort) => ({ key: cohort.cohort, n: cohort.episodes ?? 0 })));
      const totalHidden = this.suppressed(scope, [{ key: 'ALL', n: totalOutcome.episodes ?? 0 }]).has('ALL');

      const names = await this.therapistNames(manager, scope, groupBy);
      const openRedFlags = await this.openRedFlagCount(manager, scope, filter);
      return {
        groupBy,
        total: totalHidden ? suppressOutcome(totalOutcome) : totalOutcome,
        cohorts: grouped.map((cohort) => {
          const labelled = { ...cohort, label: cohortLabel(groupBy, cohort.cohort, names) };
          return hidden.has(cohort.cohort) ? suppressOutcome(labelled) : labelled;
        }),
        openRedFlags: scope.role === Role.RESEARCHER && openRedFlags <= 10 ? null : openRedFlags,
      };
    });
  }

  /** Opioid (MME/day) and non-opioid (doses/week) reduction from the first to the last report, and by week. */
  medicationTrend(scope: AccessScope, filter: AnalyticsFilter | null | undefined, groupBy: CohortDimension): Promise<MedicationTrend> {
    return this.cohortFigure(scope, filter, groupBy, 'medicationTrend', (manager, names) =>
      this.computeMedicationTrend(manager, scope, filter, groupBy, names),
    );
  }

  private async computeMedicationTrend(
    manager: EntityManager,
    scope: AccessScope,
    filter: AnalyticsFilter | null | undefined,
    groupBy: CohortDimension,
    names: Map<string, string>,
  ): Promise<MedicationTrend> {
    const rows = await measureRows(manager, scope, filter, groupBy, [
      Measure.MME_PAIR,
      Measure.NON_OPIOID_PAIR,
      Measure.MME_WEEK,
      Measure.NON_OPIOID_WEEK,
    ]);
    const pairs = (measure: Measure): Map<string, { baseline: number; latest: number; count: number }[]> => {
      const byCohort = new Map<string, { baseline: number; latest: number; count: number }[]>();
      for (const row of rows.get(measure) ?? []) {
        const list = byCohort.get(row.cohort) ?? [];
        list.push({ baseline: Number(row.keys[0]), latest: Number(row.keys[1]), count: row.n });
        byCohort.set(row.cohort, list);
      }
      return byCohort;
    };
    const trend = (measure: Measure): Map<string, Map<number, ValueCounter>> => {
      const byCohort = new Map<string, Map<number, ValueCounter>>();
      for (const row of rows.get(measure) ?? []) {
        const reduction = medicationReduction(Number(row.keys[1]), Number(row.keys[2]));
        if (reduction !== null) counterFor(byCohort, row.cohort, Number(row.keys[0])).add(reduction * 100, row.n);
      }
      return byCohort;
    };
    const opioidPairs = pairs(Measure.MME_PAIR);
    const nonOpioidPairs = pairs(Measure.NON_OPIOID_PAIR);
    const opioidTrend = trend(Measure.MME_WEEK);
    const nonOpioidTrend = trend(Measure.NON_OPIOID_WEEK);

    const keys = [...new Set([...opioidPairs.keys(), ...nonOpioidPairs.keys()])].sort();
    const opioidSummaries = new Map(keys.map((key) => [key, reductionSummary(opioidPairs.get(key) ?? [])]));
    const hidden = this.suppressed(scope, keys.map((key) => ({ key, n: opioidSummaries.get(key)?.n ?? 0 })));
    const cohortsOut: CohortMedication[] = keys.map((key) => {
      const suppressedCohort = hidden.has(key);
      const nonOpioids = reductionSummary(nonOpioidPairs.get(key) ?? []);
      return {
        cohort: key,
        label: cohortLabel(groupBy, key, names),
        suppressed: suppressedCohort,
        opioids: suppressedCohort ? emptyReduction() : (opioidSummaries.get(key) ?? emptyReduction()),
        nonOpioids: suppressedCohort || this.isSmall(scope, nonOpioids.n ?? 0) ? emptyReduction() : nonOpioids,
        opioidTrend: suppressedCohort ? [] : this.reductionPoints(scope, opioidTrend.get(key)),
        nonOpioidTrend: suppressedCohort ? [] : this.reductionPoints(scope, nonOpioidTrend.get(key)),
      };
    });
    return { groupBy, benchmark: MEDICATION_REDUCTION_BENCHMARK, cohorts: cohortsOut };
  }

  /**
   * Kaplan–Meier time to response over eligible episodes (≥ 2 sessions, baseline ≥ 2): the event is
   * the first session meeting the responder rule (its day index); the others, drop-outs included,
   * are censored at their last session's day index.
   */
  timeToResponse(scope: AccessScope, filter: AnalyticsFilter | null | undefined, groupBy: CohortDimension): Promise<TimeToResponse> {
    return this.cohortFigure(scope, filter, groupBy, 'timeToResponse', (manager, names) =>
      this.computeTimeToResponse(manager, scope, filter, groupBy, names),
    );
  }

  /**
   * One cohort figure in its own transaction, with the therapists' names when they label the
   * cohorts; kept while the clinic's cube is unchanged when it is read from the cube.
   */
  private cohortFigure<T>(
    scope: AccessScope,
    filter: AnalyticsFilter | null | undefined,
    groupBy: CohortDimension,
    figure: string,
    compute: (manager: EntityManager, names: Map<string, string>) => Promise<T>,
  ): Promise<T> {
    this.checkGrouping(scope, groupBy);
    return this.transactions.run(scope.clinicId, async (manager) => {
      const names = await this.therapistNames(manager, scope, groupBy);
      return this.figures.figure(manager, scope, filter, [figure, groupBy, ...namesKey(names)], () => compute(manager, names));
    });
  }

  private async computeTimeToResponse(
    manager: EntityManager,
    scope: AccessScope,
    filter: AnalyticsFilter | null | undefined,
    groupBy: CohortDimension,
    names: Map<string, string>,
  ): Promise<TimeToResponse> {
    const rows = await measureRows(manager, scope, filter, groupBy, [Measure.RESPONSE]);
    const observations = new Map<string, { time: number; event: boolean }[]>();
    for (const row of rows.get(Measure.RESPONSE) ?? []) {
      const list = observations.get(row.cohort) ?? [];
      const observation = { time: Number(row.keys[0]), event: Number(row.keys[1]) === 1 };
      for (let index = 0; index < row.n; index += 1) list.push(observation);
      observations.set(row.cohort, list);
    }
    const keys = [...observations.keys()].sort();
    const hidden = this.suppressed(scope, keys.map((key) => ({ key, n: observations.get(key)?.length ?? 0 })));
    const result: CohortTimeToResponse[] = keys.map((key) => {
      const label = cohortLabel(groupBy, key, names);
      if (hidden.has(key)) {
        return { cohort: key, label, suppressed: true, episodes: null, events: null, censored: null, medianDays: null, steps: [] };
      }
      const curve = kaplanMeier(observations.get(key) ?? []);
      return {
        cohort: key,
        label,
        suppressed: false,
        episodes: curve.n,
        events: curve.events,
        censored: curve.censored,
        medianDays: curve.median,
        steps: curve.steps.map((step) => ({ ...step, day: step.time })),
      };
    });
    return { groupBy, cohorts: result };
  }

  /** The summary's cohorts and its total, kept together (one check of the cube for both). */
  private summaryOutcomes(
    manager: EntityManager,
    scope: AccessScope,
    filter: AnalyticsFilter | null | undefined,
    groupBy: CohortDimension,
    today: string,
  ): Promise<{ grouped: readonly CohortOutcome[]; total: CohortOutcome | undefined }> {
    return this.figures.figure(manager, scope, filter, ['summaryOutcomes', groupBy, today], async () => {
      const grouped = await this.computeCohortOutcomes(manager, scope, filter, groupBy, today);
      const [total] =
        groupBy === CohortDimension.NONE ? grouped : await this.computeCohortOutcomes(manager, scope, filter, CohortDimension.NONE, today);
      return { grouped, total };
    });
  }

  private async computeCohortOutcomes(
    manager: EntityManager,
    scope: AccessScope,
    filter: AnalyticsFilter | null | undefined,
    groupBy: CohortDimension,
    today: string,
  ): Promise<CohortOutcome[]> {
    const rows = await measureRows(manager, scope, filter, groupBy, [Measure.OUTCOME, Measure.ACTIVE, Measure.GAP]);
    const cutoffs = new Map<string, string>(
      Object.values(Frequency).map((frequency) => [frequency, overdueCutoff(today, PLANNED_GAP_DAYS[frequency])]),
    );
    const byCohort = new Map<string, OutcomeAccumulator>();
    const accumulator = (key: string): OutcomeAccumulator => {
      let found = byCohort.get(key);
      if (!found) byCohort.set(key, (found = new OutcomeAccumulator(key)));
      return found;
    };
    for (const row of rows.get(Measure.OUTCOME) ?? []) accumulator(row.cohort).addEpisodes(row);
    for (const row of rows.get(Measure.ACTIVE) ?? []) {
      // Overdue: active, and the last session (or the start) before today − (planned gap + grace).
      const cutoff = cutoffs.get(String(row.keys[0]));
      if (cutoff !== undefined && String(row.keys[1]) < cutoff) accumulator(row.cohort).addOverdue(row.n);
    }
    for (const row of rows.get(Measure.GAP) ?? []) accumulator(row.cohort).addGaps(row);
    return [...byCohort.values()].sort((a, b) => a.cohort.localeCompare(b.cohort)).map((cohort) => cohort.result());
  }

  private async openRedFlagCount(manager: EntityManager, scope: AccessScope, filter: AnalyticsFilter | null | undefined): Promise<number> {
    if (readsCube(scope, filter)) {
      // The whole clinic: the open-alerts index alone.
      const [row] = await queryRows<Row>(manager, 'SELECT COUNT(*) AS alerts FROM red_flag_alert WHERE clinic_id = :clinicId AND resolved_at IS NULL', {
        clinicId: scope.clinicId,
      });
      return toNumber(row?.['alerts'] ?? 0);
    }
    const cohorts = cohortSql(scope, filter, CohortDimension.NONE);
    const [row] = await queryRows<Row>(
      manager,
      `SELECT COUNT(*) AS alerts FROM ${cohorts.from}
       JOIN red_flag_alert a ON a.clinic_id = e.clinic_id AND a.episode_id = e.id
       WHERE ${cohorts.where} AND a.resolved_at IS NULL`,
      cohorts.parameters,
    );
    return toNumber(row?.['alerts'] ?? 0);
  }

  private reductionPoints(scope: AccessScope, byWeek: Map<number, ValueCounter> | undefined): ReductionPoint[] {
    if (!byWeek) return [];
    return [...byWeek.keys()]
      .sort((a, b) => a - b)
      .map((week) => {
        const counter = byWeek.get(week) as ValueCounter;
        const hidden = this.isSmall(scope, counter.total);
        return { week, suppressed: hidden, reduction: hidden ? null : distribution(describeValueCounts(counter.counts())) };
      });
  }

  /** Researchers see no cell with n <= 10, nor one that would reveal such a cell from a total. */
  private suppressed(scope: AccessScope, cells: { key: string; n: number }[]): Set<string> {
    if (scope.role !== Role.RESEARCHER) return new Set();
    const total = cells.reduce((sum, cell) => sum + cell.n, 0);
    return suppressCells(cells, total).suppressedKeys;
  }

  private isSmall(scope: AccessScope, n: number): boolean {
    return scope.role === Role.RESEARCHER && n > 0 && this.suppressed(scope, [{ key: 'cell', n }]).has('cell');
  }

  /** Researchers do not see staff as cohorts: therapist ids are not theirs to have. */
  private checkGrouping(scope: AccessScope, groupBy: CohortDimension): void {
    if (scope.role === Role.RESEARCHER && groupBy === CohortDimension.THERAPIST) {
      throw new ForbiddenError('Researchers cannot group by therapist.');
    }
  }

  private async therapistNames(manager: EntityManager, scope: AccessScope, groupBy: CohortDimension): Promise<Map<string, string>> {
    if (groupBy !== CohortDimension.THERAPIST) return new Map();
    const users = await manager.find(User, { where: { clinicId: scope.clinicId }, select: { id: true, displayName: true } });
    return new Map(users.map((user) => [user.id, user.displayName]));
  }
}

/** Therapist names as part of a cache key (in a stable order): a renamed therapist is a new figure. */
function namesKey(names: ReadonlyMap<string, string>): string[] {
  return [...names].sort(([a], [b]) => a.localeCompare(b)).flat();
}

/** Accumulates one cohort's grouped episode rows into its outcome figures. */
class OutcomeAccumulator {
  private readonly counts = {
    episodes: 0, active: 0, discharged: 0, droppedOut: 0, sessions: 0, overdue: 0,
    eligible: 0, excludedSingleSession: 0, excludedLowBaseline: 0,
    responders: 0, substantialResponders: 0, failureToProgress: 0, withFourSessions: 0,
  };
  private readonly painChange = new ValueCounter();
  private readonly percentChange = new ValueCounter();
  private readonly gapsByFrequency = new Map<Frequency, ValueCounter>();

  constructor(readonly cohort: string) {}

  /** One OUTCOME group: keys status, baseline, latest, sessions bucket; n episodes; total sessions. */
  addEpisodes(row: MeasureRow): void {
    const count = row.n;
    const counts = this.counts;
    const [status, baselineKey, latestKey, bucketKey] = row.keys;
    counts.episodes += count;
    counts.sessions += row.total;
    if (status === 'ACTIVE') counts.active += count;
    if (status === 'DISCHARGED') counts.discharged += count;
    if (status === 'DROPPED_OUT') counts.droppedOut += count;

    const baseline = keyNumber(baselineKey);
    const latest = keyNumber(latestKey);
    const sessionCount = Number(bucketKey);
    if (baseline === null || latest === null) {
      counts.excludedSingleSession += count;
      return;
    }
    const classification = classifyResponder({ sessionCount, baselinePain: baseline, latestPain: latest });
    if (!classification.eligible) {
      if (classification.exclusion === 'SINGLE_SESSION') counts.excludedSingleSession += count;
      else counts.excludedLowBaseline += count;
      return;
    }
    counts.eligible += count;
    if (classification.responder) counts.responders += count;
    if (classification.substantialResponder) counts.substantialResponders += count;
    if (classification.failureToProgress) counts.failureToProgress += count;
    if (sessionCount >= FAILURE_TO_PROGRESS_SESSIONS) counts.withFourSessions += count;
    this.painChange.add(latest - baseline, count);
    this.percentChange.add(((latest - baseline) / baseline) * 100, count);
  }

  addOverdue(count: number): void {
    this.counts.overdue += count;
  }

  /** One GAP group: keys planned frequency, gap in days; n gaps. */
  addGaps(row: MeasureRow): void {
    const frequency = String(row.keys[0]) as Frequency;
    let counter = this.gapsByFrequency.get(frequency);
    if (!counter) this.gapsByFrequency.set(frequency, (counter = new ValueCounter()));
    counter.add(Number(row.keys[1]), row.n);
  }

  result(): CohortOutcome {
    const { withFourSessions, ...counts } = this.counts;
    const rate = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);
    return {
      cohort: this.cohort,
      label: this.cohort,
      suppressed: false,
      ...counts,
      responderRate: rate(counts.responders, counts.eligible),
      substantialRate: rate(counts.substantialResponders, counts.eligible),
      failureToProgressRate: rate(counts.failureToProgress, withFourSessions),
      painChange: distribution(describeValueCounts(this.painChange.counts())),
      percentChange: distribution(describeValueCounts(this.percentChange.counts())),
      adherence: [...this.gapsByFrequency]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([plannedFrequency, gaps]): Adherence => ({
          plannedFrequency,
          plannedGapDays: PLANNED_GAP_DAYS[plannedFrequency],
          gaps: gaps.total,
          medianGapDays: describeValueCounts(gaps.counts()).median,
        })),
    };
  }
}

function emptyOutcome(cohort: string, label: string): CohortOutcome {
  return {
    cohort,
    label,
    suppressed: false,
    episodes: 0,
    active: 0,
    discharged: 0,
    droppedOut: 0,
    sessions: 0,
    eligible: 0,
    excludedSingleSession: 0,
    excludedLowBaseline: 0,
    responders: 0,
    responderRate: null,
    substantialResponders: 0,
    substantialRate: null,
    failureToProgress: 0,
    failureToProgressRate: null,
    painChange: null,
    percentChange: null,
    overdue: 0,
    adherence: [],
  };
}

function suppressOutcome(outcome: CohortOutcome): CohortOutcome {
  const hidden = Object.fromEntries(Object.keys(outcome).map((key) => [key, null])) as unknown as CohortOutcome;
  return { ...hidden, cohort: outcome.cohort, label: outcome.label, suppressed: true };
}

function distribution(summary: ValueCountSummary): Distribution {
  return { n: summary.n, mean: summary.mean, sd: summary.sd, median: summary.median, ciLow: summary.ciLow, ciHigh: summary.ciHigh };
}

function reductionSummary(pairs: { baseline: number; latest: number; count: number }[]): ReductionSummary {
  const summary = summarizeReductions(pairs.map((pair) => ({ baselineMme: pair.baseline, latestMme: pair.latest, count: pair.count })));
  return {
    n: summary.n,
    medianReduction: summary.medianReduction,
    meanReduction: summary.meanReduction,
    shareReducedAtLeast30: summary.shareReducedAtLeast30,
    shareStopped: summary.shareStopped,
  };
}

function emptyReduction(): ReductionSummary {
  return { n: null, medianReduction: null, meanReduction: null, shareReducedAtLeast30: null, shareStopped: null };
}

function counterFor<Key>(map: Map<string, Map<Key, ValueCounter>>, cohort: string, key: Key): ValueCounter {
  let byKey = map.get(cohort);
  if (!byKey) map.set(cohort, (byKey = new Map()));
  let counter = byKey.get(key);
  if (!counter) byKey.set(key, (counter = new ValueCounter()));
  return counter;
}


/**
 * Trajectory figures from PAIN, CHANGE and OUTCOME groups: per cohort and week, each episode's
 * weekly mean pre-session pain (sum / count) and its change from baseline. `suppressed` names the
 * cells a researcher may not see (nothing for other roles).
 */
export function shapeTrajectory(
  rows: ReadonlyMap<Measure, readonly MeasureRow[]>,
  groupBy: CohortDimension,
  names: ReadonlyMap<string, string>,
  suppressed: (cells: { key: string; n: number }[]) => Set<string>,
): Trajectory {
  const pain = new Map<string, Map<number, ValueCounter>>();
  const change = new Map<string, Map<number, ValueCounter>>();
  for (const row of rows.get(Measure.PAIN) ?? []) {
    counterFor(pain, row.cohort, Number(row.keys[0])).add(Number(row.keys[1]) / Number(row.keys[2]), row.n);
  }
  for (const row of rows.get(Measure.CHANGE) ?? []) {
    counterFor(change, row.cohort, Number(row.keys[0])).add(Number(row.keys[1]) / Number(row.keys[2]), row.n);
  }
  // Episodes with at least one session (a baseline), per cohort.
  const episodeCounts = new Map<string, number>();
  for (const row of rows.get(Measure.OUTCOME) ?? []) {
    if (row.keys[1] !== '') episodeCounts.set(row.cohort, (episodeCounts.get(row.cohort) ?? 0) + row.n);
  }

  const hiddenCohorts = suppressed([...episodeCounts].map(([key, n]) => ({ key, n })));
  const weeks = new Set<number>();
  for (const byWeek of pain.values()) for (const week of byWeek.keys()) weeks.add(week);
  const hiddenPoints = new Set<string>();
  for (const week of weeks) {
    const cells = [...pain].map(([cohort, byWeek]) => ({ key: cohort, n: byWeek.get(week)?.total ?? 0 }));
    for (const cohort of suppressed(cells)) hiddenPoints.add(`${cohort}|${week}`);
  }

  const cohorts: CohortTrajectory[] = [...episodeCounts.keys()].sort().map((cohort) => {
    const hidden = hiddenCohorts.has(cohort);
    const byWeek = pain.get(cohort) ?? new Map<number, ValueCounter>();
    return {
      cohort,
      label: cohortLabel(groupBy, cohort, names),
      episodes: hidden ? null : (episodeCounts.get(cohort) ?? 0),
      suppressed: hidden,
      points: [...byWeek.keys()]
        .sort((a, b) => a - b)
        .map((week) => {
          const hiddenPoint = hidden || hiddenPoints.has(`${cohort}|${week}`);
          return {
            week,
            suppressed: hiddenPoint,
            pain: hiddenPoint ? null : distribution(describeValueCounts(byWeek.get(week)?.counts() ?? [])),
            change: hiddenPoint ? null : distribution(describeValueCounts(change.get(cohort)?.get(week)?.counts() ?? [])),
          };
        }),
    };
  });
  return { groupBy, cohorts };
}

/**
 * The pain trajectory of the whole deployment (every clinic, one cohort), from the cohort cube.
 * For operators and the tools: `manager` must belong to a database role that row-level security
 * does not confine to one clinic; no API request reaches this. Clinics whose cube is still
 * pending are left out and counted in `pendingClinics`.
 */
export async function deploymentTrajectory(manager: EntityManager): Promise<Trajectory & { pendingClinics: number }> {
  const { rows, pendingClinics } = await deploymentMeasureRows(manager, CohortDimension.NONE, [Measure.PAIN, Measure.CHANGE, Measure.OUTCOME]);
  return { ...shapeTrajectory(rows, CohortDimension.NONE, new Map(), () => new Set()), pendingClinics };
}
