import type { SqlParams } from './database';

/**
 * The GraphQL figures' aggregates computed straight from the BASE tables (treatment_session,
 * episode, medication_report, …) with no rollup: what each figure would cost without the
 * episode_* rollups the API keeps. Each mirrors the statements the API runs for the same answer
 * (apps/api/src/analytics: analytics.service.ts, caseload.service.ts), with every per-episode
 * figure the rollups hold (first and last session, session count, weekly means, first and last
 * report) derived again from the sessions and reports. The SQL runs unchanged on PostgreSQL and
 * SQLite (window functions, integer division of integers), with :name parameters.
 *
 * Not mirrored: the API's own round trips (session lookup, set_config, the clinic's today) and
 * the caseload's audit event, which a raw query has no reason to make.
 */

export interface Statement {
  sql: string;
  params: SqlParams;
}

/** Who the aggregate covers: one clinic (and one therapist's active episodes), or the whole deployment. */
export interface BaselineScope {
  clinicId?: string;
  /** With it, only this therapist's ACTIVE episodes (the caseload). */
  therapistId?: string;
}

const filter = (alias: string, scope: BaselineScope): string => (scope.clinicId ? `${alias}.clinic_id = :clinicId` : '1 = 1');

/** Rows of an episode's child table (sessions, reports) within the scope: for a therapist, only their active episodes' rows. */
const childFilter = (alias: string, scope: BaselineScope): string =>
  scope.therapistId
    ? `${filter(alias, scope)} AND EXISTS (SELECT 1 FROM episode x WHERE x.clinic_id = ${alias}.clinic_id AND x.id = ${alias}.episode_id
        AND x.therapist_id = :therapistId AND x.status = 'ACTIVE')`
    : filter(alias, scope);
const paramsOf = (scope: BaselineScope, extra: SqlParams = {}): SqlParams => ({
  ...(scope.clinicId ? { clinicId: scope.clinicId } : {}),
  ...(scope.therapistId ? { therapistId: scope.therapistId } : {}),
  ...extra,
});

/** Per episode from its sessions: count, baseline (first pre-session pain), latest, last session (what episode_outcome holds). */
const episodeSessions = (scope: BaselineScope): string => `
  SELECT ranked.clinic_id, ranked.episode_id, COUNT(*) AS session_count,
    MAX(CASE WHEN ranked.first_rank = 1 THEN ranked.pain_before END) AS baseline_pain,
    MAX(CASE WHEN ranked.last_rank = 1 THEN ranked.pain_before END) AS latest_pain,
    MAX(CASE WHEN ranked.last_rank = 1 THEN ranked.session_date END) AS last_session_date
  FROM (
    SELECT s.clinic_id, s.episode_id, s.pain_before, s.session_date,
      ROW_NUMBER() OVER (PARTITION BY s.clinic_id, s.episode_id ORDER BY s.session_date, s.created_at, s.id) AS first_rank,
      ROW_NUMBER() OVER (PARTITION BY s.clinic_id, s.episode_id ORDER BY s.session_date DESC, s.created_at DESC, s.id DESC) AS last_rank
    FROM treatment_session s WHERE ${childFilter('s', scope)}
  ) ranked
  GROUP BY ranked.clinic_id, ranked.episode_id`;

/** Per episode and week: the sum and count of pre-session pain (what episode_week_pain holds). */
const weeklyPain = (scope: BaselineScope): string => `
  SELECT s.clinic_id, s.episode_id, s.day_index / 7 AS week, SUM(s.pain_before) AS pain_sum, COUNT(*) AS pain_count
  FROM treatment_session s WHERE ${filter('s', scope)}
  GROUP BY s.clinic_id, s.episode_id, s.day_index / 7`;

/** Medication reports ranked per episode (the base of episode_outcome's MME columns and episode_week_medication). */
const rankedReports = (scope: BaselineScope): string => `
  SELECT r.clinic_id, r.episode_id, r.day_index / 7 AS week, r.daily_mme,
    COALESCE((SELECT SUM(u.doses_per_week) FROM non_opioid_use u WHERE u.clinic_id = r.clinic_id AND u.report_id = r.id), 0) AS non_opioid_doses,
    ROW_NUMBER() OVER (PARTITION BY r.clinic_id, r.episode_id ORDER BY r.report_date) AS first_rank,
    ROW_NUMBER() OVER (PARTITION BY r.clinic_id, r.episode_id ORDER BY r.report_date DESC) AS last_rank,
    ROW_NUMBER() OVER (PARTITION BY r.clinic_id, r.episode_id, r.day_index / 7 ORDER BY r.report_date DESC) AS week_rank
  FROM medication_report r WHERE ${filter('r', scope)}`;

const MS_PER_DAY = 86_400_000;
const OVERDUE_GRACE_DAYS = 3;

function daysBefore(today: string, days: number): string {
  return new Date(Date.parse(`${today}T00:00:00Z`) - days * MS_PER_DAY).toISOString().slice(0, 10);
}

/** outcomeSummary(groupBy): episodes by status, responders and overdue per cohort and in total, adherence gaps, open red flags. */
function outcomeSummary(scope: BaselineScope, cohortKey: string, today: string): Statement[] {
  const params = paramsOf(scope, { weeklyCutoff: daysBefore(today, 7 + OVERDUE_GRACE_DAYS), biweeklyCutoff: daysBefore(today, 14 + OVERDUE_GRACE_DAYS) });
  const outcomes = (key: string): Statement => ({
    sql: `SELECT ${key} AS cohort, e.status AS status, o.baseline_pain AS baseline, o.latest_pain AS latest,
        CASE WHEN COALESCE(o.session_count, 0) >= 4 THEN 4 WHEN o.session_count >= 2 THEN 2 ELSE COALESCE(o.session_count, 0) END AS session_bucket,
        CASE WHEN e.status = 'ACTIVE' AND (
          (e.planned_frequency = 'WEEKLY' AND COALESCE(o.last_session_date, e.start_date) < :weeklyCutoff)
          OR (e.planned_frequency = 'BIWEEKLY' AND COALESCE(o.last_session_date, e.start_date) < :biweeklyCutoff))
        THEN 1 ELSE 0 END AS overdue,
        COUNT(*) AS episodes, SUM(COALESCE(o.session_count, 0)) AS sessions
      FROM episode e LEFT JOIN (${episodeSessions(scope)}) o ON o.clinic_id = e.clinic_id AND o.episode_id = e.id
      WHERE ${filter('e', scope)}
      GROUP BY 1, 2, 3, 4, 5, 6`,
    params,
  });
  const gaps = (key: string): Statement => ({
    sql: `SELECT ${key} AS cohort, e.planned_frequency AS frequency, g.gap_days AS gap, COUNT(*) AS gaps
      FROM episode e JOIN (
        SELECT s.clinic_id, s.episode_id,
          s.day_index - LAG(s.day_index) OVER (PARTITION BY s.clinic_id, s.episode_id ORDER BY s.session_date, s.created_at, s.id) AS gap_days
        FROM treatment_session s WHERE ${filter('s', scope)}
      ) g ON g.clinic_id = e.clinic_id AND g.episode_id = e.id
      WHERE ${filter('e', scope)} AND g.gap_days IS NOT NULL
      GROUP BY 1, 2, 3`,
    params: paramsOf(scope),
  });
  const grouped = cohortKey === `'ALL'` ? [] : [outcomes(cohortKey), gaps(cohortKey)];
  return [
    ...grouped,
    outcomes(`'ALL'`),
    gaps(`'ALL'`),
    {
      sql: `SELECT COUNT(*) AS alerts FROM episode e JOIN red_flag_alert a ON a.clinic_id = e.clinic_id AND a.episode_id = e.id
        WHERE ${filter('e', scope)} AND a.resolved_at IS NULL`,
      params: paramsOf(scope),
    },
  ];
}

/** trajectory(groupBy): per cohort, week and episode-week mean, how many episodes; and episodes per cohort. */
export function trajectory(scope: BaselineScope, cohortKey: string): Statement[] {
  return [
    {
      sql: `SELECT ${cohortKey} AS cohort, w.week AS week, w.pain_sum AS pain_sum, w.pain_count AS pain_count,
          o.baseline_pain AS baseline, COUNT(*) AS episodes
        FROM episode e
        JOIN (${weeklyPain(scope)}) w ON w.clinic_id = e.clinic_id AND w.episode_id = e.id
        JOIN (${episodeSessions(scope)}) o ON o.clinic_id = e.clinic_id AND o.episode_id = e.id
        WHERE ${filter('e', scope)}
        GROUP BY 1, 2, 3, 4, 5`,
      params: paramsOf(scope),
    },
    {
      sql: `SELECT ${cohortKey} AS cohort, COUNT(*) AS episodes
        FROM episode e JOIN (${episodeSessions(scope)}) o ON o.clinic_id = e.clinic_id AND o.episode_id = e.id
        WHERE ${filter('e', scope)} AND o.session_count > 0
        GROUP BY 1`,
      params: paramsOf(scope),
    },
  ];
}

/** The same deployment-wide trajectory over the rollups: what a cross-clinic API query would run. */
export function trajectoryFromRollups(cohortKey: string): Statement[] {
  return [
    {
      sql: `SELECT ${cohortKey} AS cohort, w.week AS week, w.pain_sum AS pain_sum, w.pain_count AS pain_count,
          o.baseline_pain AS baseline, COUNT(*) AS episodes
        FROM episode e
        JOIN episode_outcome o ON o.clinic_id = e.clinic_id AND o.episode_id = e.id
        JOIN episode_week_pain w ON w.clinic_id = e.clinic_id AND w.episode_id = e.id
        GROUP BY 1, 2, 3, 4, 5`,
      params: {},
    },
    {
      sql: `SELECT ${cohortKey} AS cohort, COUNT(*) AS episodes
        FROM episode e JOIN episode_outcome o ON o.clinic_id = e.clinic_id AND o.episode_id = e.id
        WHERE o.session_count > 0 GROUP BY 1`,
      params: {},
    },
  ];
}

/** medicationTrend(groupBy): first-to-last reduction pairs and weekly trends, opioids (MME/day) and non-opioids. */
function medicationTrend(scope: BaselineScope, cohortKey: string): Statement[] {
  const reports = rankedReports(scope);
  const pairs = (column: string): Statement => ({
    sql: `SELECT ${cohortKey} AS cohort, f.${column} AS baseline, l.${column} AS latest, COUNT(*) AS episodes
      FROM episode e
      JOIN (${reports}) f ON f.clinic_id = e.clinic_id AND f.episode_id = e.id AND f.first_rank = 1
      JOIN (${reports}) l ON l.clinic_id = e.clinic_id AND l.episode_id = e.id AND l.last_rank = 1
      WHERE ${filter('e', scope)} AND f.${column} IS NOT NULL
      GROUP BY 1, 2, 3`,
    params: paramsOf(scope),
  });
  const trend = (column: string): Statement => ({
    sql: `SELECT ${cohortKey} AS cohort, m.week AS week, f.${column} AS baseline, m.${column} AS weekly, COUNT(*) AS episodes
      FROM episode e
      JOIN (${reports}) f ON f.clinic_id = e.clinic_id AND f.episode_id = e.id AND f.first_rank = 1
      JOIN (${reports}) m ON m.clinic_id = e.clinic_id AND m.episode_id = e.id AND m.week_rank = 1
      WHERE ${filter('e', scope)} AND f.${column} > 0
      GROUP BY 1, 2, 3, 4`,
    params: paramsOf(scope),
  });
  return [pairs('daily_mme'), pairs('non_opioid_doses'), trend('daily_mme'), trend('non_opioid_doses')];
}

/** The owner's overview: outcomeSummary, trajectory and medicationTrend, all grouped by planned frequency. */
export function ownerOverview(clinicId: string, today: string): Statement[] {
  const scope = { clinicId };
  return [...outcomeSummary(scope, 'e.planned_frequency', today), ...trajectory(scope, 'e.planned_frequency'), ...medicationTrend(scope, 'e.planned_frequency')];
}

/** A therapist's caseload: their active episodes with patient, first and last pain, open alerts, and weekly pain. */
export function caseload(clinicId: string, therapistId: string): Statement[] {
  const scope = { clinicId, therapistId };
  const mine = `e.clinic_id = :clinicId AND e.therapist_id = :therapistId AND e.status = 'ACTIVE'`;
  return [
    {
      sql: `SELECT e.id AS episode_id, e.patient_id AS patient_id, p.name AS patient_name, e.planned_frequency AS frequency,
          e.start_date AS start_date, COALESCE(o.session_count, 0) AS sessions, o.baseline_pain AS baseline, o.latest_pain AS latest,
          o.last_session_date AS last_session_date,
          (SELECT COUNT(*) FROM red_flag_alert a WHERE a.clinic_id = e.clinic_id AND a.episode_id = e.id AND a.resolved_at IS NULL) AS open_alerts
        FROM episode e
        JOIN patient p ON p.clinic_id = e.clinic_id AND p.id = e.patient_id
        LEFT JOIN (${episodeSessions(scope)}) o ON o.clinic_id = e.clinic_id AND o.episode_id = e.id
        WHERE ${mine}
        ORDER BY p.name, e.start_date`,
      params: paramsOf(scope),
    },
    {
      sql: `SELECT s.episode_id AS episode_id, s.day_index / 7 AS week, SUM(s.pain_before) AS pain_sum, COUNT(*) AS pain_count
        FROM episode e JOIN treatment_session s ON s.clinic_id = e.clinic_id AND s.episode_id = e.id
        WHERE ${mine}
        GROUP BY s.episode_id, s.day_index / 7
        ORDER BY 2`,
      params: paramsOf(scope),
    },
  ];
}

/** The sessions the CSV export writes for a clinic, as plain rows: what COPY is timed on beside the export. */
export const CLINIC_SESSION_ROWS = `SELECT s.* FROM treatment_session s WHERE s.clinic_id = :clinicId`;
