import { Injectable } from '@nestjs/common';
import {
  adjustedDifference,
  classifyResponder,
  describeValueCounts,
  fitOls,
  type OlsFit,
  OlsDesignError,
} from '@outcomes/metrics';
import type { AccessScope } from '../common/access-scope';
import { queryRows, type SqlValue, toNumber } from '../database/sql';
import { TenantTransactions } from '../database/tenant-transactions';
import { User } from '../users/user.entity';
import type { Estimate, TherapistComparison, TherapistOutcome } from './analytics.types';
import { CohortDimension } from './cohort-dimension';
import { cohortSql } from './cohort-query';
import type { AnalyticsFilter } from './dto/analytics-filter.input';
import { ValueCounter } from './value-counter';

/** One eligible episode: what the adjustment needs, never leaving this service. */
interface CaseMix {
  therapistId: string;
  baseline: number;
  latest: number;
  sessionCount: number;
  ageBand: string;
  durationBand: string;
  cause: string;
}

const AGE_BANDS = ['UNDER_40', 'AGE_40_59', 'AGE_60_PLUS'];
const DURATION_BANDS = ['UNDER_6_WEEKS', 'WEEKS_6_12', 'OVER_12_WEEKS'];

/**
 * Therapists compared raw and risk-adjusted (what FOTO does): an ordinary least squares fit of
 * pain change (latest − baseline) on baseline pain, age band at the episode start (< 40, 40–59,
 * 60+), symptom-duration band (< 6, 6–12, > 12 weeks), suspected cause and therapist, over
 * eligible episodes (≥ 2 sessions, baseline ≥ 2). A therapist's adjusted change is the fit's
 * prediction at the clinic's average case mix; the adjusted difference is their coefficient
 * against the reference therapist (the one with most eligible episodes).
 */
@Injectable()
export class TherapistComparisonService {
  constructor(private readonly transactions: TenantTransactions) {}

  async compare(scope: AccessScope, filter: AnalyticsFilter | null | undefined): Promise<TherapistComparison> {
    return this.transactions.run(scope.clinicId, async (manager) => {
      const cohorts = cohortSql(scope, filter, CohortDimension.NONE);
      const rows = await queryRows<Record<string, SqlValue>>(
        manager,
        `SELECT e.therapist_id AS therapist, o.baseline_pain AS baseline, o.latest_pain AS latest, o.session_count AS sessions,
           p.birth_date AS birth_date, e.start_date AS start_date, e.symptom_duration_weeks AS duration, e.suspected_cause AS cause
         FROM ${cohorts.from} JOIN patient p ON p.clinic_id = e.clinic_id AND p.id = e.patient_id
         WHERE ${cohorts.where} AND o.session_count >= 2 AND o.baseline_pain >= 2`,
        cohorts.parameters,
      );
      const cases: CaseMix[] = rows.map((row) => ({
        therapistId: String(row['therapist']),
        baseline: toNumber(row['baseline']),
        latest: toNumber(row['latest']),
        sessionCount: toNumber(row['sessions']),
        ageBand: ageBand(String(row['birth_date']), String(row['start_date'])),
        durationBand: durationBand(toNumber(row['duration'])),
        cause: String(row['cause']),
      }));
      const users = await manager.find(User, { where: { clinicId: scope.clinicId }, select: { id: true, displayName: true } });
      const names = new Map(users.map((user) => [user.id, user.displayName]));
      return compareTherapists(cases, names);
    });
  }
}

function compareTherapists(cases: readonly CaseMix[], names: ReadonlyMap<string, string>): TherapistComparison {
  const byTherapist = new Map<string, CaseMix[]>();
  for (const episode of cases) {
    const list = byTherapist.get(episode.therapistId);
    if (list) list.push(episode);
    else byTherapist.set(episode.therapistId, [episode]);
  }
  const therapistIds = [...byTherapist.keys()].sort((a, b) => (byTherapist.get(b)?.length ?? 0) - (byTherapist.get(a)?.length ?? 0) || a.localeCompare(b));
  const reference = therapistIds[0] ?? null;

  const design = buildDesign(cases, reference, therapistIds);
  let fit: OlsFit | null = null;
  let adjustmentUnavailable: string | null = null;
  try {
    fit = design ? fitOls(design.rows, design.names) : null;
    if (!design) adjustmentUnavailable = 'No eligible episodes.';
  } catch (error) {
    if (!(error instanceof OlsDesignError)) throw error;
    adjustmentUnavailable =
      error.problem === 'TOO_FEW_ROWS' ? 'Too few eligible episodes for the adjustment.' : 'The case mix cannot separate the therapists.';
  }

  const therapists: TherapistOutcome[] = therapistIds.map((therapistId) => {
    const episodes = byTherapist.get(therapistId) ?? [];
    const change = new ValueCounter();
    let responders = 0;
    for (const episode of episodes) {
      change.add(episode.latest - episode.baseline, 1);
      const classification = classifyResponder({ sessionCount: episode.sessionCount, baselinePain: episode.baseline, latestPain: episode.latest });
      if (classification.eligible && classification.responder) responders += 1;
    }
    const summary = describeValueCounts(change.counts());
    const contrasts = fit && design ? design.contrastsFor(therapistId) : null;
    return {
      therapistId,
      displayName: names.get(therapistId) ?? 'Former therapist',
      episodes: episodes.length,
      responderRate: episodes.length > 0 ? responders / episodes.length : null,
      rawChange: { n: summary.n, mean: summary.mean, sd: summary.sd, median: summary.median, ciLow: summary.ciLow, ciHigh: summary.ciHigh },
      adjustedChange: fit && contrasts ? estimate(adjustedDifference(fit, contrasts.mean)) : null,
      adjustedDifference: fit && contrasts && therapistId !== reference ? estimate(adjustedDifference(fit, contrasts.difference)) : null,
    };
  });

  return {
    referenceTherapistId: reference,
    therapists,
    coefficients: fit?.coefficients.map(({ name, estimate: value, standardError, ciLow, ciHigh }) => ({ name, estimate: value, standardError, ciLow, ciHigh })) ?? [],
    n: cases.length,
    rSquared: fit?.rSquared ?? null,
    adjustmentUnavailable,
  };
}

interface Design {
  names: string[];
  rows: { y: number; x: number[] }[];
  contrastsFor(therapistId: string): { mean: number[]; difference: number[] };
}

/** Intercept, baseline, and dummies for every level present but the reference of each factor. */
function buildDesign(cases: readonly CaseMix[], reference: string | null, therapistIds: readonly string[]): Design | null {
  if (cases.length === 0 || reference === null) return null;
  const present = (levels: readonly string[], pick: (episode: CaseMix) => string): string[] =>
    levels.filter((level) => cases.some((episode) => pick(episode) === level));
  const causes = [...new Set(cases.map((episode) => episode.cause))].sort();
  const factors = [
    { prefix: 'age', pick: (episode: CaseMix) => episode.ageBand, levels: present(AGE_BANDS, (episode) => episode.ageBand) },
    { prefix: 'duration', pick: (episode: CaseMix) => episode.durationBand, levels: present(DURATION_BANDS, (episode) => episode.durationBand) },
    { prefix: 'cause', pick: (episode: CaseMix) => episode.cause, levels: causes },
  ].map((factor) => ({ ...factor, dummies: factor.levels.slice(1) }));
  const otherTherapists = therapistIds.filter((id) => id !== reference);

  // Column of each dummy: intercept and baseline first, then each factor's levels but the first,
  // then every therapist but the reference. A row sets its few ones in a row of zeros.
  let width = 2;
  const columns = factors.map((factor) => ({ pick: factor.pick, columnOf: new Map(factor.dummies.map((level) => [level, width++])) }));
  const caseMixWidth = width;
  const therapistColumn = new Map(otherTherapists.map((id, index) => [id, caseMixWidth + index]));
  width += otherTherapists.length;
  const caseMixSums = new Array<number>(caseMixWidth).fill(0);
  const rows = cases.map((episode) => {
    const x = new Array<number>(width).fill(0);
    x[0] = 1;
    x[1] = episode.baseline;
    for (const { pick, columnOf } of columns) {
      const column = columnOf.get(pick(episode));
      if (column !== undefined) x[column] = 1;
    }
    for (let column = 0; column < caseMixWidth; column += 1) caseMixSums[column] = (caseMixSums[column] as number) + (x[column] as number);
    const therapist = therapistColumn.get(episode.therapistId);
    if (therapist !== undefined) x[therapist] = 1;
    return { y: episode.latest - episode.baseline, x };
  });
  const therapistDummies = (therapistId: string): number[] => otherTherapists.map((id) => (id === therapistId ? 1 : 0));
  const names = [
    'intercept',
    'baseline',
    ...factors.flatMap((factor) => factor.dummies.map((level) => `${factor.prefix}:${level}`)),
    ...otherTherapists.map((id) => `therapist:${id}`),
  ];
  const averageCaseMix = caseMixSums.map((sum) => sum / cases.length);
  return {
    names,
    rows,
    contrastsFor: (therapistId) => ({
      mean: [...averageCaseMix, ...therapistDummies(therapistId)],
      difference: [...averageCaseMix.map(() => 0), ...therapistDummies(therapistId)],
    }),
  };
}

function estimate(value: { estimate: number; standardError: number; ciLow: number; ciHigh: number }): Estimate {
  return { estimate: value.estimate, standardError: value.standardError, ciLow: value.ciLow, ciHigh: value.ciHigh };
}

/** Age in whole years at the episode start, banded. */
export function ageBand(birthDate: string, onDate: string): string {
  const [birthYear, birthMonthDay] = [Number(birthDate.slice(0, 4)), birthDate.slice(5)];
  const [year, monthDay] = [Number(onDate.slice(0, 4)), onDate.slice(5)];
  const age = year - birthYear - (monthDay < birthMonthDay ? 1 : 0);
  return age < 40 ? 'UNDER_40' : age < 60 ? 'AGE_40_59' : 'AGE_60_PLUS';
}

function durationBand(weeks: number): string {
  return weeks < 6 ? 'UNDER_6_WEEKS' : weeks <= 12 ? 'WEEKS_6_12' : 'OVER_12_WEEKS';
}
