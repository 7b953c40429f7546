import { FILE_COLUMNS } from './export-columns';
import { ExportFile } from './export-manifest';
import { EpisodeRelease } from './export-run.entity';
import { CODE_LIST_SEPARATOR, type QueryContext, SESSION_CODE_LISTS } from './export-sql';

/** SQL with named parameters (:name), turned into the engine's placeholders by the caller. */
export interface FileQuery {
  sql: string;
  parameters: Record<string, unknown>;
}

/** The released episodes of one export run. */
const RELEASED_EPISODES = `x.clinic_id = :clinicId AND x.export_id = :exportId AND x.release <> '${EpisodeRelease.SUPPRESSED}'`;

/**
 * The medication report in effect at each session (m): the latest report of the episode dated on
 * or before the session, with its non-opioid doses per week summed over classes (0 when the
 * report lists none).
 */
function medicationJoin(context: QueryContext): string {
  if (context.strategy === 'set') {
    // Each report holds from its day to the next report's day: one window over the clinic's
    // reports, then a hash join on the episode with a range check.
    return `LEFT JOIN (
        SELECT r.episode_id, r.day_index AS from_day, r.daily_mme, r.factor_table, COALESCE(n.doses, 0) AS non_opioid_doses,
          LEAD(r.day_index) OVER (PARTITION BY r.episode_id ORDER BY r.report_date) AS to_day
        FROM medication_report r
        LEFT JOIN (
          SELECT u.report_id, SUM(u.doses_per_week) AS doses FROM non_opioid_use u WHERE u.clinic_id = :clinicId GROUP BY u.report_id
        ) n ON n.report_id = r.id
        WHERE r.clinic_id = :clinicId
      ) m ON m.episode_id = s.episode_id AND s.day_index >= m.from_day AND (m.to_day IS NULL OR s.day_index < m.to_day)`;
  }
  return `LEFT JOIN (
      SELECT r.clinic_id, r.id, r.daily_mme, r.factor_table,
        (SELECT COALESCE(SUM(u.doses_per_week), 0) FROM non_opioid_use u WHERE u.clinic_id = r.clinic_id AND u.report_id = r.id) AS non_opioid_doses
      FROM medication_report r
    ) m ON m.clinic_id = s.clinic_id AND m.id = (
      SELECT l.id FROM medication_report l
      WHERE l.clinic_id = s.clinic_id AND l.episode_id = s.episode_id AND l.report_date <= s.session_date
      ORDER BY l.report_date DESC LIMIT 1
    )`;
}

/**
 * 'set' strategy: each code list aggregated once over the clinic. string_agg reads the codes
 * from a subquery sorted by session and code (the primary key's order, no sort needed), which
 * keeps them sorted within each session (PostgreSQL documents this; ORDER BY inside the
 * aggregate would sort every session's few codes apart, twice as slow on PostgreSQL 15). The
 * integration spec checks that both strategies give the same rows.
 */
function codeListJoins(context: QueryContext): string {
  if (context.strategy !== 'set') return '';
  return Object.values(SESSION_CODE_LISTS)
    .map(
      (list) => `LEFT JOIN (
        SELECT c.session_id, string_agg(c.${list.column}, '${CODE_LIST_SEPARATOR}') AS codes
        FROM (SELECT session_id, ${list.column} FROM ${list.table} WHERE clinic_id = :clinicId ORDER BY session_id, ${list.column}) c
        GROUP BY c.session_id
      ) ${list.alias} ON ${list.alias}.session_id = s.id`,
    )
    .join('\n');
}

/**
 * The query of one file of an export run: one SQL row per CSV row, columns in file order.
 * Rows are ordered by the random study episode id, then by time within the episode: the order says
 * nothing about when anything was recorded, and it is new in every export (an order by a stored
 * key, even a random one, would be the same in two exports and line their rows up, linking their
 * study ids). Within an episode, session dates sort as day offsets do; the date follows the
 * sessions index.
 */
export function fileQuery(file: ExportFile, context: QueryContext, clinicId: string, exportId: string): FileQuery {
  const select = FILE_COLUMNS[file].map((column) => `${column.sql(context)} AS ${column.name}`).join(',\n  ');
  const parameters = { clinicId, exportId };
  if (file === ExportFile.SESSIONS) {
    return {
      sql: `SELECT ${select}
        FROM export_episode x
        ${context.dialect.planToSessionsJoin} treatment_session s ON s.clinic_id = x.clinic_id AND s.episode_id = x.episode_id
        ${medicationJoin(context)}
        ${codeListJoins(context)}
        WHERE ${RELEASED_EPISODES}
        ORDER BY x.study_episode_id, s.session_date, s.id`,
      parameters,
    };
  }
  return {
    sql: `SELECT ${select}
      FROM export_episode x
      JOIN episode e ON e.clinic_id = x.clinic_id AND e.id = x.episode_id
      LEFT JOIN episode_outcome o ON o.clinic_id = x.clinic_id AND o.episode_id = x.episode_id
      WHERE ${RELEASED_EPISODES}
      ORDER BY x.study_episode_id`,
    parameters,
  };
}
