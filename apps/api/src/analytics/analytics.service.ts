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
import { queryRows, type SqlValue, toNumber, toNumberOrNull } from '../database/sql';
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
import { type CohortSql, cohortSql } from './cohort-query';
import type { AnalyticsFilter } from './dto/analytics-filter.input';
import { ValueCounter } from './value-counter';

type Row = Record<string, SqlValue>;

/**
 * The outcome analytics. SQL aggregates the rollups into grouped sufficient statistics (counts
 * per distinct value, never one row per session); libs/metrics turns them into the figures.
 * Every figure a researcher sees with n <= 10 is suppressed, with complementary suppression.
 */
@Injectable()
export class AnalyticsService {
  constructor(private readonly transactions: TenantTransactions) {}

  /**
   * Pre-session pain by week since the episode started, per cohort. Each episode contributes once
   * per week: the mean of its pre-session scores that week. The same series as change from baseline.
   */
  async trajectory(scope: AccessScope, filter: AnalyticsFilter | null | undefined, groupBy: CohortDimension): Promise<Trajectory> {
    this.checkGrouping(scope, groupBy);
    return this.transactions.run(scope.clinicId, async (manager) => {
      const cohorts = cohortSql(scope, filter, groupBy);
      const rows = await queryRows<Row>(
        manager,
        `SELECT ${cohorts.cohortKey} AS cohort, w.week AS week, w.pain_sum AS pain_sum, w.pain_count AS pain_count,
           o.baseline_pain AS baseline, COUNT(*) AS episodes
         FROM ${cohorts.from} JOIN episode_week_pain w ON w.clinic_id = e.clinic_id AND w.episode_id = e.id
         WHERE ${cohorts.where}
         GROUP BY 1, 2, 3, 4, 5`,
        cohorts.parameters,
      );
      const episodeCounts = await this.episodesPerCohort(manager, cohorts, 'o.session_count > 0');
      const pain = new Map<string, Map<number, ValueCounter>>();
      const change = new Map<string, Map<number, ValueCounter>>();
      for (const row of rows) {
        const cohort = String(row['cohort']);
        const week = toNumber(row['week']);
        const value = toNumber(row['pain_sum']) / toNumber(row['pain_count']);
        const count = toNumber(row['episodes']);
        counterFor(pain, cohort, week).add(value, count);
        counterFor(change, cohort, week).add(value - toNumber(row['baseline']), count);
      }

      const names = await this.therapistNames(manager, scope, groupBy);
      const hiddenCohorts = this.suppressed(scope, [...episodeCounts].map(([key, n]) => ({ key, n })));
      const weeks = [...new Set(rows.map((row) => toNumber(row['week'])))];
      const hiddenPoints = new Set<string>();
      for (const week of weeks) {
        const cells = [...pain].map(([cohort, byWeek]) => ({ key: cohort, n: byWeek.get(week)?.total ?? 0 }));
        for (const cohort of this.suppressed(scope, cells)) hiddenPoints.add(`${cohort}|${week}`);
      }

      const result: CohortTrajectory[] = [...episodeCounts.keys()].sort().map((cohort) => {
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
      return { groupBy, cohorts: result };
    });
  }

  /** Episode counts, responders (≥ 30 % and ≥ 50 %), pain change, adherence and overdue, per cohort and in total. */
  async outcomeSummary(scope: AccessScope, filter: AnalyticsFilter | null | undefined, groupBy: CohortDimension): Promise<OutcomeSummary> {
    this.checkGrouping(scope, groupBy);
    return this.transactions.run(scope.clinicId, async (manager) => {
      const today = await clinicToday(manager, scope.clinicId);
      const grouped = await this.cohortOutcomes(manager, scope, filter, groupBy, today);
      const [total] =
        groupBy === CohortDimension.NONE ? grouped : await this.cohortOutcomes(manager, scope, filter, CohortDimension.NONE, today);
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
  async medicationTrend(scope: AccessScope, filter: AnalyticsFilter | null | undefined, groupBy: CohortDimension): Promise<MedicationTrend> {
    this.checkGrouping(scope, groupBy);
    return this.transactions.run(scope.clinicId, async (manager) => {
      const cohorts = cohortSql(scope, filter, groupBy);
      const pairs = async (baseline: string, latest: string): Promise<Map<string, { baseline: number; latest: number; count: number }[]>> => {
        const rows = await queryRows<Row>(
          manager,
          `SELECT ${cohorts.cohortKey} AS cohort, ${baseline} AS baseline, ${latest} AS latest, COUNT(*) AS episodes
           FROM ${cohorts.from} WHERE ${cohorts.where} AND ${baseline} IS NOT NULL GROUP BY 1, 2, 3`,
          cohorts.parameters,
        );
        const byCohort = new Map<string, { baseline: number; latest: number; count: number }[]>();
        for (const row of rows) {
          const list = byCohort.get(String(row['cohort'])) ?? [];
          list.push({ baseline: toNumber(row['baseline']), latest: toNumber(row['latest']), count: toNumber(row['episodes']) });
          byCohort.set(String(row['cohort']), list);
        }
        return byCohort;
      };
      const trend = async (baseline: string, weekly: string): Promise<Map<string, Map<number, ValueCounter>>> => {
        const rows = await queryRows<Row>(
          manager,
          `SELECT ${cohorts.cohortKey} AS cohort, m.week AS week, ${baseline} AS baseline, ${weekly} AS weekly, COUNT(*) AS episodes
           FROM ${cohorts.from} JOIN episode_week_medication m ON m.clinic_id = e.clinic_id AND m.episode_id = e.id
           WHERE ${cohorts.where} AND ${baseline} > 0 GROUP BY 1, 2, 3, 4`,
          cohorts.parameters,
        );
        const byCohort = new Map<string, Map<number, ValueCounter>>();
        for (const row of rows) {
          const reduction = medicationReduction(toNumber(row['baseline']), toNumber(row['weekly']));
          if (reduction !== null) {
            counterFor(byCohort, String(row['cohort']), toNumber(row['week'])).add(reduction * 100, toNumber(row['episodes']));
          }
        }
        return byCohort;
      };
      const opioidPairs = await pairs('o.baseline_mme', 'o.latest_mme');
      const nonOpioidPairs = await pairs('o.baseline_non_opioid_doses', 'o.latest_non_opioid_doses');
      const opioidTrend = await trend('o.baseline_mme', 'm.daily_mme');
      const nonOpioidTrend = await trend('o.baseline_non_opioid_doses', 'm.non_opioid_doses');

      const keys = [...new Set([...opioidPairs.keys(), ...nonOpioidPairs.keys()])].sort();
      const opioidSummaries = new Map(keys.map((key) => [key, reductionSummary(opioidPairs.get(key) ?? [])]));
      const hidden = this.suppressed(scope, keys.map((key) => ({ key, n: opioidSummaries.get(key)?.n ?? 0 })));
      const names = await this.therapistNames(manager, scope, groupBy);
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
    });
  }

  /**
   * Kaplan–Meier time to response over eligible episodes (≥ 2 sessions, baseline ≥ 2): the event is
   * the first session meeting the responder rule (its day index); the others, drop-outs included,
   * are censored at their last session's day index.
   */
  async timeToResponse(scope: AccessScope, filter: AnalyticsFilter | null | undefined, groupBy: CohortDimension): Promise<TimeToResponse> {
    this.checkGrouping(scope, groupBy);
    return this.transactions.run(scope.clinicId, async (manager) => {
      const cohorts = cohortSql(scope, filter, groupBy);
      const rows = await queryRows<Row>(
        manager,
        `SELECT ${cohorts.cohortKey} AS cohort, COALESCE(o.response_day_index, o.last_day_index) AS day,
           CASE WHEN o.response_day_index IS NULL THEN 0 ELSE 1 END AS event, COUNT(*) AS episodes
         FROM ${cohorts.from} WHERE ${cohorts.where} AND o.session_count >= 2 AND o.baseline_pain >= 2
         GROUP BY 1, 2, 3`,
        cohorts.parameters,
      );
      const observations = new Map<string, { time: number; event: boolean }[]>();
      for (const row of rows) {
        const list = observations.get(String(row['cohort'])) ?? [];
        const observation = { time: toNumber(row['day']), event: toNumber(row['event']) === 1 };
        for (let index = 0; index < toNumber(row['episodes']); index += 1) list.push(observation);
        observations.set(String(row['cohort']), list);
      }
      const keys = [...observations.keys()].sort();
      const hidden = this.suppressed(scope, keys.map((key) => ({ key, n: observations.get(key)?.length ?? 0 })));
      const names = await this.therapistNames(manager, scope, groupBy);
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
    });
  }

  private async cohortOutcomes(
    manager: EntityManager,
    scope: AccessScope,
    filter: AnalyticsFilter | null | undefined,
    groupBy: CohortDimension,
    today: string,
  ): Promise<CohortOutcome[]> {
    const cohorts = cohortSql(scope, filter, groupBy);
    const overdue = `CASE WHEN e.status = 'ACTIVE' AND (
        (e.planned_frequency = 'WEEKLY' AND COALESCE(o.last_session_date, e.start_date) < :weeklyCutoff)
        OR (e.planned_frequency = 'BIWEEKLY' AND COALESCE(o.last_session_date, e.start_date) < :biweeklyCutoff))
      THEN 1 ELSE 0 END`;
    const parameters = { ...cohorts.parameters, weeklyCutoff: overdueCutoff(today, PLANNED_GAP_DAYS[Frequency.WEEKLY]),
      biweeklyCutoff: overdueCutoff(today, PLANNED_GAP_DAYS[Frequency.BIWEEKLY]),
    };
    const rows = await queryRows<Row>(
      manager,
      `SELECT ${cohorts.cohortKey} AS cohort, e.status AS status, o.baseline_pain AS baseline, o.latest_pain AS latest,
         CASE WHEN o.session_count >= 4 THEN 4 WHEN o.session_count >= 2 THEN 2 ELSE o.session_count END AS session_bucket,
         ${overdue} AS overdue, COUNT(*) AS episodes, SUM(o.session_count) AS sessions
       FROM ${cohorts.from} WHERE ${cohorts.where}
       GROUP BY 1, 2, 3, 4, 5, 6`,
      parameters,
    );
    const gapRows = await queryRows<Row>(
      manager,
      `SELECT ${cohorts.cohortKey} AS cohort, e.planned_frequency AS frequency, g.gap_days AS gap, SUM(g.gap_count) AS gaps
       FROM ${cohorts.from} JOIN episode_gap g ON g.clinic_id = e.clinic_id AND g.episode_id = e.id
       WHERE ${cohorts.where} GROUP BY 1, 2, 3`,
      cohorts.parameters,
    );

    const byCohort = new Map<string, OutcomeAccumulator>();
    const accumulator = (key: string): OutcomeAccumulator => {
      let found = byCohort.get(key);
      if (!found) byCohort.set(key, (found = new OutcomeAccumulator(key)));
      return found;
    };
    for (const row of rows) accumulator(String(row['cohort'])).addEpisodes(row);
    for (const row of gapRows) accumulator(String(row['cohort'])).addGaps(row);
    return [...byCohort.values()].sort((a, b) => a.cohort.localeCompare(b.cohort)).map((cohort) => cohort.result());
  }

  private async episodesPerCohort(manager: EntityManager, cohorts: CohortSql, condition: string): Promise<Map<string, number>> {
    const rows = await queryRows<Row>(
      manager,
      `SELECT ${cohorts.cohortKey} AS cohort, COUNT(*) AS episodes FROM ${cohorts.from}
       WHERE ${cohorts.where} AND ${condition} GROUP BY 1`,
      cohorts.parameters,
    );
    return new Map(rows.map((row) => [String(row['cohort']), toNumber(row['episodes'])]));
  }

  private async openRedFlagCount(manager: EntityManager, scope: AccessScope, filter: AnalyticsFilter | null | undefined): Promise<number> {
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

  addEpisodes(row: Row): void {
    const count = toNumber(row['episodes']);
    const counts = this.counts;
    counts.episodes += count;
    counts.sessions += toNumber(row['sessions'] ?? 0);
    counts.overdue += toNumber(row['overdue']) * count;
    const status = String(row['status']);
    if (status === 'ACTIVE') counts.active += count;
    if (status === 'DISCHARGED') counts.discharged += count;
    if (status === 'DROPPED_OUT') counts.droppedOut += count;

    const baseline = toNumberOrNull(row['baseline']);
    const latest = toNumberOrNull(row['latest']);
    const sessionCount = toNumber(row['session_bucket']);
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

  addGaps(row: Row): void {
    const frequency = String(row['frequency']) as Frequency;
    let counter = this.gapsByFrequency.get(frequency);
    if (!counter) this.gapsByFrequency.set(frequency, (counter = new ValueCounter()));
    counter.add(toNumber(row['gap']), toNumber(row['gaps']));
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
  const expanded = pairs.flatMap((pair) => Array.from({ length: pair.count }, () => ({ baselineMme: pair.baseline, latestMme: pair.latest })));
  const summary = summarizeReductions(expanded);
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

