import type { EntityManager } from 'typeorm';
import { dialectOfDriver } from '../database/dialect';
import { postgresPrepared, queryRows } from '../database/sql';
import { sessionExportBlockRefreshSql, sessionExportRefreshSql } from '../exports/export-queries';
import { type ExportDialect, exportDialect, SESSION_EXPORT_BLOCK_TABLE, SESSION_EXPORT_TABLE } from '../exports/export-sql';
import {
  appendCubeDelta,
  type Contribution,
  contributionCells,
  EPISODE_CONTRIBUTIONS_SQL,
  episodeContributions,
  rebuildCohortCube,
} from './cohort-cube';
import { episodeCohortSelect } from './cohort-query';

/** Which episodes to refresh: some of a clinic's, or (for bulk loads) all of them. */
export interface RollupScope {
  clinicId: string;
  episodeIds?: readonly string[];
}

const ROLLUP_TABLES = ['episode_cohort', 'episode_outcome', 'episode_week_pain', 'episode_technique', 'episode_gap', 'episode_week_medication', SESSION_EXPORT_TABLE, SESSION_EXPORT_BLOCK_TABLE];

/**
 * Rebuilds the analytics rollups of the given episodes from their sessions and medication
 * reports, inside the caller's transaction: a write and the figures it changes commit together.
 * One set of statements serves a single episode (each write) and a whole clinic (bulk loads).
 * For given episodes, the change in their cohort-cube contributions is appended to cohort_delta;
 * for a whole clinic, its cube is rebuilt (the caller keeps other writers out: bulk loads and
 * the API's start do).
 *
 * Definitions (the same as libs/metrics, which the analytics tests cross-check):
 * - sessions are ordered by date, then by when they were recorded;
 * - baseline = pre-session pain of the first session, latest = that of the last;
 * - week = floor(dayIndex / 7);
 * - response day = dayIndex of the first session with pain <= baseline - 2 and pain <= 0.7 x baseline
 *   (compared as pain x 10 <= baseline x 7, in integers);
 * - medication baseline / latest = the first / last report by date; a week's figure is its last report;
 * - factor-table reports = the episode's reports counted per MME factor table (for export manifests).
 */
export async function refreshEpisodeRollups(manager: EntityManager, scope: RollupScope): Promise<void> {
  if (scope.episodeIds && scope.episodeIds.length === 0) return;
  const parameters = { clinicId: scope.clinicId, episodeIds: scope.episodeIds ? [...scope.episodeIds] : [] };
  const statements = rebuildStatements(scope, exportDialect(dialectOfDriver(manager.connection.options.type)));
  const postgres = manager.connection.options.type === 'postgres';

  if (!scope.episodeIds) {
    for (const sql of statements) await queryRows(manager, sql, parameters);
    await rebuildCohortCube(manager, scope.clinicId);
    return;
  }
  // What these episodes add to the cohort cube before and after the rebuild; the difference is appended.
  let before: Map<string, Contribution>;
  let after: Map<string, Contribution>;
  if (postgres) {
    // Prepared: planning these statements cost more than running them on one episode. Writers
    // to the same episode take turns on the lock (SQLite's transactions are already serial): the
    // rebuild deletes and reinserts the same rollup rows, which two at once would deadlock on.
    // NO KEY UPDATE, not UPDATE: each writer already holds KEY SHARE on the episode from its new
    // session's foreign key, which UPDATE would wait on in both directions.
    const results = await postgresPrepared(
      manager,
      [
        'SELECT e.id FROM episode e WHERE e.clinic_id = :clinicId AND e.id IN (:...episodeIds) ORDER BY e.id FOR NO KEY UPDATE',
        EPISODE_CONTRIBUTIONS_SQL,
        ...statements,
        EPISODE_CONTRIBUTIONS_SQL,
      ],
      parameters,
    );
    before = contributionCells(results[1] ?? []);
    after = contributionCells(results[results.length - 1] ?? []);
  } else {
    before = await episodeContributions(manager, scope.clinicId, scope.episodeIds);
    for (const sql of statements) await queryRows(manager, sql, parameters);
    after = await episodeContributions(manager, scope.clinicId, scope.episodeIds);
  }
  await appendCubeDelta(manager, scope.clinicId, before, after);
}

/** Separators of EpisodeOutcome.factorTableReports: 'TABLE=count' entries joined by ','. */
const FACTOR_TABLE_COUNT = '=';
const FACTOR_TABLE_ENTRY = ',';

/**
 * Adds one episode_outcome.factor_table_reports value, `times` over (that many episodes share it),
 * to `reports` per factor table.
 */
export function addFactorTableReports(reports: Map<string, number>, value: string, times: number): void {
  for (const entry of value.split(FACTOR_TABLE_ENTRY)) {
    const [table = '', count = '0'] = entry.split(FACTOR_TABLE_COUNT);
    reports.set(table, (reports.get(table) ?? 0) + Number(count) * times);
  }
}

/** The statements that rebuild the rollups of the scope's episodes (parameters :clinicId, :...episodeIds). */
function rebuildStatements(scope: RollupScope, dialect: ExportDialect): string[] {
  const where = (alias: string, episodeColumn = 'episode_id'): string =>
    `${alias}.clinic_id = :clinicId` + (scope.episodeIds ? ` AND ${alias}.${episodeColumn} IN (:...episodeIds)` : '');
  const statements = ROLLUP_TABLES.map((table) => `DELETE FROM ${table} WHERE ${where(table)}`);

  statements.push(`
    INSERT INTO episode_week_pain (clinic_id, episode_id, week, pain_sum, pain_count)
    SELECT s.clinic_id, s.episode_id, s.day_index / 7, SUM(s.pain_before), COUNT(*)
    FROM treatment_session s WHERE ${where('s')}
    GROUP BY s.clinic_id, s.episode_id, s.day_index / 7`);

  statements.push(`
    INSERT INTO episode_technique (clinic_id, episode_id, technique, session_count)
    SELECT s.clinic_id, s.episode_id, t.technique, COUNT(*)
    FROM session_technique t JOIN treatment_session s ON s.clinic_id = t.clinic_id AND s.id = t.session_id
    WHERE ${where('s')}
    GROUP BY s.clinic_id, s.episode_id, t.technique`);

  statements.push(`
    INSERT INTO episode_gap (clinic_id, episode_id, gap_days, gap_count)
    SELECT gaps.clinic_id, gaps.episode_id, gaps.gap_days, COUNT(*)
    FROM (
      SELECT s.clinic_id, s.episode_id,
        s.day_index - LAG(s.day_index) OVER (PARTITION BY s.clinic_id, s.episode_id ORDER BY s.session_date, s.created_at, s.id) AS gap_days
      FROM treatment_session s WHERE ${where('s')}
    ) gaps
    WHERE gaps.gap_days IS NOT NULL
    GROUP BY gaps.clinic_id, gaps.episode_id, gaps.gap_days`);

  const rankedReports = `
    SELECT r.clinic_id, r.episode_id, r.day_index / 7 AS week, r.daily_mme,
      COALESCE((SELECT SUM(u.doses_per_week) FROM non_opioid_use u WHERE u.clinic_id = r.clinic_id AND u.report_id = r.id), 0) AS non_opioid_doses,
      ROW_NUMBER() OVER (PARTITION BY r.clinic_id, r.episode_id ORDER BY r.report_date) AS first_rank,
      ROW_NUMBER() OVER (PARTITION BY r.clinic_id, r.episode_id ORDER BY r.report_date DESC) AS last_rank,
      ROW_NUMBER() OVER (PARTITION BY r.clinic_id, r.episode_id, r.day_index / 7 ORDER BY r.report_date DESC) AS week_rank
    FROM medication_report r WHERE ${where('r')}`;

  statements.push(`
    INSERT INTO episode_week_medication (clinic_id, episode_id, week, daily_mme, non_opioid_doses)
    SELECT ranked.clinic_id, ranked.episode_id, ranked.week, ranked.daily_mme, ranked.non_opioid_doses
    FROM (${rankedReports}) ranked WHERE ranked.week_rank = 1`);

  statements.push(`
    WITH ranked_sessions AS (
      SELECT s.clinic_id, s.episode_id, s.pain_before, s.session_date, s.day_index,
        COUNT(*) OVER (PARTITION BY s.clinic_id, s.episode_id) AS session_count,
        ROW_NUMBER() OVER (PARTITION BY s.clinic_id, s.episode_id ORDER BY s.session_date, s.created_at, s.id) AS first_rank,
        ROW_NUMBER() OVER (PARTITION BY s.clinic_id, s.episode_id ORDER BY s.session_date DESC, s.created_at DESC, s.id DESC) AS last_rank
      FROM treatment_session s WHERE ${where('s')}
    ),
    ranked_reports AS (${rankedReports})
    INSERT INTO episode_outcome (clinic_id, episode_id, status, planned_frequency, start_date, session_count, baseline_pain, latest_pain, last_session_date,
      last_day_index, response_day_index, baseline_mme, latest_mme, baseline_non_opioid_doses, latest_non_opioid_doses, factor_table_reports)
    SELECT e.clinic_id, e.id, e.status, e.planned_frequency, e.start_date, COALESCE(first_session.session_count, 0), first_session.pain_before, last_session.pain_before,
      last_session.session_date, last_session.day_index,
      (SELECT MIN(s.day_index) FROM treatment_session s
        WHERE s.clinic_id = e.clinic_id AND s.episode_id = e.id
          AND s.pain_before <= first_session.pain_before - 2 AND s.pain_before * 10 <= first_session.pain_before * 7),
      first_report.daily_mme, last_report.daily_mme, first_report.non_opioid_doses, last_report.non_opioid_doses, factor_tables.reports
    FROM episode e
    LEFT JOIN ranked_sessions first_session
      ON first_session.clinic_id = e.clinic_id AND first_session.episode_id = e.id AND first_session.first_rank = 1
    LEFT JOIN ranked_sessions last_session
      ON last_session.clinic_id = e.clinic_id AND last_session.episode_id = e.id AND last_session.last_rank = 1
    LEFT JOIN ranked_reports first_report
      ON first_report.clinic_id = e.clinic_id AND first_report.episode_id = e.id AND first_report.first_rank = 1
    LEFT JOIN ranked_reports last_report
      ON last_report.clinic_id = e.clinic_id AND last_report.episode_id = e.id AND last_report.last_rank = 1
    LEFT JOIN (
      SELECT t.episode_id, string_agg(t.factor_table || '${FACTOR_TABLE_COUNT}' || t.reports, '${FACTOR_TABLE_ENTRY}' ORDER BY t.factor_table) AS reports
      FROM (SELECT r.episode_id, r.factor_table, COUNT(*) AS reports FROM medication_report r WHERE ${where('r')} GROUP BY r.episode_id, r.factor_table) t
      GROUP BY t.episode_id
    ) factor_tables ON factor_tables.episode_id = e.id
    WHERE ${where('e', 'id')}`);

  statements.push(`INSERT INTO episode_cohort (clinic_id, episode_id, dimension, cohort) ${episodeCohortSelect(where('e', 'id'))}`);

  // The research export's per-session rows (codes joined, medication in effect): see sessionExportRefreshSql.
  statements.push(sessionExportRefreshSql(where, dialect));
  // Their records per episode, which the sessions file reads: see sessionExportBlockRefreshSql.
  statements.push(sessionExportBlockRefreshSql(where, dialect));

  return statements;
}
