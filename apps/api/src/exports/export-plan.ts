import type { EntityManager } from 'typeorm';
import { cohortSql } from '../analytics/cohort-query';
import { CohortDimension } from '../analytics/cohort-dimension';
import type { AnalyticsFilter } from '../analytics/dto/analytics-filter.input';
import type { AccessScope } from '../common/access-scope';
import { queryRows, toNumber, type SqlValue } from '../database/sql';
import { EpisodeRelease } from './export-run.entity';
import { ageBandSql, type ExportDialect } from './export-sql';

/** Counts of a release plan, for the manifest. */
export interface PlanCounts {
  episodesSelected: number;
  episodesFull: number;
  episodesWithoutStartYear: number;
  episodesSuppressed: number;
  sessionsSelected: number;
  sessionsSuppressed: number;
  patientsReleased: number;
  patientsSuppressed: number;
  therapistsWithStudyId: number;
  therapistsWithheld: number;
  mmeFactorTables: { table: string; reports: number }[];
}

/**
 * Writes the release plan of one export into export_episode, in one INSERT ... SELECT, in SQL
 * over one small row per episode (sessions are never loaded):
 *
 * 1. Every episode the filter selects, with its quasi-identifiers: age band at the episode start
 *    (5-year bands, '90+'), sex, condition, suspected cause, start year.
 * 2. k-anonymity over distinct patients (stricter than over episodes: one patient's episodes
 *    cannot make up a class alone): an episode whose class (all five) covers at least k patients
 *    is released as is (FULL). The others have their start year dropped and are pooled by the
 *    other four; a pooled class covering at least k patients is released without the year
 *    (NO_YEAR). What is left is SUPPRESSED, with its sessions. So every combination of
 *    quasi-identifiers in the output, an empty start year included, covers at least k patients.
 * 3. Study ids: random permutations (ROW_NUMBER over the engine's cryptographic random values),
 *    one number per released patient, per released episode, and per therapist who covers at
 *    least k released patients. Nothing is derived from an identifier.
 *
 * Classes are compared by one text key each, so the engine can hash them.
 */
export async function writeReleasePlan(
  manager: EntityManager,
  dialect: ExportDialect,
  scope: AccessScope,
  filter: AnalyticsFilter,
  exportId: string,
  k: number,
): Promise<void> {
  const cohort = cohortSql(scope, filter, CohortDimension.NONE);
  const releasedIn = (alias: string): string => `${alias}.release <> '${EpisodeRelease.SUPPRESSED}'`;
  const sql = `
    WITH aged AS MATERIALIZED (
      -- The age once per episode (materialized, so the band's CASE does not compute it four times).
      SELECT e.id AS episode_id, e.patient_id, e.therapist_id, ${dialect.ageInYears('p.birth_date', 'e.start_date')} AS age_years,
        p.sex, e.condition, e.suspected_cause, e.planned_frequency, ${dialect.yearOf('e.start_date')} AS start_year
      FROM ${cohort.from} JOIN patient p ON p.clinic_id = e.clinic_id AND p.id = e.patient_id
      WHERE ${cohort.where}
    ),
    base AS MATERIALIZED (
      SELECT q.*, q.age_band || '|' || q.sex || '|' || q.condition || '|' || q.suspected_cause AS class_key,
        q.age_band || '|' || q.sex || '|' || q.condition || '|' || q.suspected_cause || '|' || q.start_year AS year_key
      FROM (
        SELECT a.episode_id, a.patient_id, a.therapist_id, ${ageBandSql('a.age_years')} AS age_band,
          a.sex, a.condition, a.suspected_cause, a.planned_frequency, a.start_year
        FROM aged a
      ) q
    ),
    full_classes AS MATERIALIZED (
      SELECT d.year_key FROM (SELECT DISTINCT year_key, patient_id FROM base) d GROUP BY d.year_key HAVING COUNT(*) >= :k
    ),
    pooled_classes AS MATERIALIZED (
      SELECT d.class_key FROM (
        SELECT DISTINCT class_key, patient_id FROM base WHERE year_key NOT IN (SELECT year_key FROM full_classes)
      ) d GROUP BY d.class_key HAVING COUNT(*) >= :k
    ),
    graded AS MATERIALIZED (
      SELECT b.*, CASE
          WHEN b.year_key IN (SELECT year_key FROM full_classes) THEN '${EpisodeRelease.FULL}'
          WHEN b.class_key IN (SELECT class_key FROM pooled_classes) THEN '${EpisodeRelease.NO_YEAR}'
          ELSE '${EpisodeRelease.SUPPRESSED}' END AS release
      FROM base b
    ),
    patient_ids AS (
      SELECT d.patient_id, ROW_NUMBER() OVER (ORDER BY d.random_key) AS study_id
      FROM (SELECT r.patient_id, ${dialect.randomKey} AS random_key FROM (SELECT DISTINCT g.patient_id FROM graded g WHERE ${releasedIn('g')}) r) d
    ),
    therapist_ids AS (
      SELECT d.therapist_id, ROW_NUMBER() OVER (ORDER BY d.random_key) AS study_id
      FROM (
        SELECT t.therapist_id, ${dialect.randomKey} AS random_key
        FROM (SELECT DISTINCT g.therapist_id, g.patient_id FROM graded g WHERE ${releasedIn('g')}) t
        GROUP BY t.therapist_id HAVING COUNT(*) >= :k
      ) d
    ),
    episode_ids AS (
      SELECT d.episode_id, ROW_NUMBER() OVER (ORDER BY d.random_key) AS study_id
      FROM (SELECT g.episode_id, ${dialect.randomKey} AS random_key FROM graded g WHERE ${releasedIn('g')}) d
    )
    INSERT INTO export_episode (clinic_id, export_id, episode_id, patient_id, therapist_id, age_band, sex, condition,
      suspected_cause, planned_frequency, start_year, release, study_patient_id, study_episode_id, study_therapist_id)
    SELECT ${dialect.uuid(':clinicId')}, ${dialect.uuid(':exportId')}, g.episode_id, g.patient_id, g.therapist_id, g.age_band, g.sex,
      g.condition, g.suspected_cause, g.planned_frequency,
      CASE WHEN g.release = '${EpisodeRelease.FULL}' THEN g.start_year END, g.release,
      pi.study_id, ei.study_id, ti.study_id
    FROM graded g
    LEFT JOIN patient_ids pi ON pi.patient_id = g.patient_id AND ${releasedIn('g')}
    LEFT JOIN episode_ids ei ON ei.episode_id = g.episode_id
    LEFT JOIN therapist_ids ti ON ti.therapist_id = g.therapist_id AND ${releasedIn('g')}`;
  const [query, values] = manager.connection.driver.escapeQueryWithParameters(
    sql,
    { ...cohort.parameters, k, exportId, clinicId: scope.clinicId },
    {},
  );
  await manager.query(query, values);
}

/** The counts of a written plan (and of the sessions behind it), for the manifest. */
export async function countReleasePlan(manager: EntityManager, clinicId: string, exportId: string): Promise<PlanCounts> {
  const parameters = { clinicId, exportId };
  const run = `x.clinic_id = :clinicId AND x.export_id = :exportId`;
  // Study ids are permutations 1..n, so their maximum is their count: no DISTINCT (and sort) needed.
  const [episodes] = await queryRows<Record<string, SqlValue>>(
    manager,
    `SELECT COUNT(*) AS selected,
       SUM(CASE WHEN x.release = '${EpisodeRelease.FULL}' THEN 1 ELSE 0 END) AS full_release,
       SUM(CASE WHEN x.release = '${EpisodeRelease.NO_YEAR}' THEN 1 ELSE 0 END) AS without_year,
       SUM(CASE WHEN x.release = '${EpisodeRelease.SUPPRESSED}' THEN 1 ELSE 0 END) AS suppressed,
       MAX(x.study_patient_id) AS patients_released,
       COUNT(DISTINCT x.patient_id) AS patients_selected,
       MAX(x.study_therapist_id) AS therapists_with_id,
       COUNT(DISTINCT CASE WHEN x.release <> '${EpisodeRelease.SUPPRESSED}' THEN x.therapist_id END) AS therapists_released
     FROM export_episode x WHERE ${run}`,
    parameters,
  );
  // Session counts from the episodes' rollup (kept current with every write), not a scan of the sessions.
  const [sessions] = await queryRows<Record<string, SqlValue>>(
    manager,
    `SELECT SUM(o.session_count) AS selected,
       SUM(CASE WHEN x.release = '${EpisodeRelease.SUPPRESSED}' THEN o.session_count ELSE 0 END) AS suppressed
     FROM export_episode x JOIN episode_outcome o ON o.clinic_id = x.clinic_id AND o.episode_id = x.episode_id
     WHERE ${run}`,
    parameters,
  );
  const tables = await queryRows<{ factor_table: string; reports: SqlValue }>(
    manager,
    `SELECT r.factor_table, COUNT(*) AS reports
     FROM export_episode x JOIN medication_report r ON r.clinic_id = x.clinic_id AND r.episode_id = x.episode_id
     WHERE ${run} AND x.release <> '${EpisodeRelease.SUPPRESSED}'
     GROUP BY r.factor_table ORDER BY r.factor_table`,
    parameters,
  );
  const count = (row: Record<string, SqlValue> | undefined, column: string): number => toNumber(row?.[column] ?? 0);
  return {
    episodesSelected: count(episodes, 'selected'),
    episodesFull: count(episodes, 'full_release'),
    episodesWithoutStartYear: count(episodes, 'without_year'),
    episodesSuppressed: count(episodes, 'suppressed'),
    sessionsSelected: count(sessions, 'selected'),
    sessionsSuppressed: count(sessions, 'suppressed'),
    patientsReleased: count(episodes, 'patients_released'),
    patientsSuppressed: count(episodes, 'patients_selected') - count(episodes, 'patients_released'),
    therapistsWithStudyId: count(episodes, 'therapists_with_id'),
    therapistsWithheld: count(episodes, 'therapists_released') - count(episodes, 'therapists_with_id'),
    mmeFactorTables: tables.map((row) => ({ table: row.factor_table, reports: toNumber(row.reports) })),
  };
}
