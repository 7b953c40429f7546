import type { Dialect } from '../database/dialect';

/**
 * The few SQL expressions that differ between the engines. Dates are DATE on PostgreSQL and
 * 'YYYY-MM-DD' text on SQLite; everything else in the export queries is common SQL (SQLite 3.44+
 * has string_agg with ORDER BY, like PostgreSQL).
 */
export interface ExportDialect {
  dialect: Dialect;
  /** Whole years from `birth` to `at` (a birthday on `at` counts). */
  ageInYears(birth: string, at: string): string;
  /** The index 0-18 of the age band of an age in whole years (see ageBandLabelSql). */
  ageBandIndex(age: string): string;
  /** The calendar year of a date, as an integer. */
  yearOf(date: string): string;
  /** Days from one date to another, as an integer. */
  daysBetween(from: string, to: string): string;
  /**
   * A fresh random value to sort by, from a generator seeded by the operating system's: the
   * order it gives is a random permutation, unpredictable without the generator's state, which
   * never leaves the database process.
   */
  randomKey: string;
  /** A bound parameter (':name') read as a uuid. */
  uuid(parameter: string): string;
  /**
   * The join from the release plan to the sessions. SQLite's CROSS JOIN keeps the written order
   * (its documented way to fix the join order): the plan by study_episode_id through its key,
   * then each episode's session_export rows through their key, so rows come out in study-id order
   * (sorted only within an episode) and stream at once, instead of after sorting the whole file
   * (which blocks the process, as every SQLite step does). PostgreSQL plans the join itself.
   */
  planToSessionsJoin: 'JOIN' | 'CROSS JOIN';
  /** What one row of an export file's query holds (see RowShape): how this engine's rows reach the CSV. */
  rowShape: RowShape;
}

/**
 * 'record': each row is its whole CSV record as one text, formatted by the database, in the
 * parallel workers that join and sort the rows (PostgreSQL, read with COPY; see recordSql).
 * 'cells': one column per cell, which this process formats (SQLite; and PostgreSQL's COPY ... CSV
 * of the same rows, which the measure tool times beside the export).
 */
export type RowShape = 'record' | 'cells';

/** The band index of '90+': ages 90 and over (an age in whole years divided by 5, at most this). */
const OLDEST_BAND_INDEX = 18;

const POSTGRES: ExportDialect = {
  dialect: 'postgres',
  ageInYears: (birth, at) => `CAST(date_part('year', age(${at}, ${birth})) AS integer)`,
  ageBandIndex: (age) => `LEAST(GREATEST(${age}, 0) / 5, ${OLDEST_BAND_INDEX})`,
  yearOf: (date) => `CAST(date_part('year', ${date}) AS integer)`,
  daysBetween: (from, to) => `(${to} - ${from})`,
  // The backend's xoshiro256** state, seeded from pg_strong_random on first use (nothing here calls
  // setseed). gen_random_uuid (pg_strong_random per call) cost about 1 µs per value: 0.35 s of
  // the plan of a 182,000-episode export, for two permutations nobody outside the database sees
  // the values of.
  randomKey: 'random()',
  uuid: (parameter) => `CAST(${parameter} AS uuid)`,
  planToSessionsJoin: 'JOIN',
  rowShape: 'record',
};

const SQLITE: ExportDialect = {
  dialect: 'sqlite',
  // YYYYMMDD as integers: the difference divided by 10000 is the age in whole years.
  ageInYears: (birth, at) => `((CAST(replace(${at}, '-', '') AS INTEGER) - CAST(replace(${birth}, '-', '') AS INTEGER)) / 10000)`,
  // SQLite's scalar max() and min() of several arguments.
  ageBandIndex: (age) => `min(max(${age}, 0) / 5, ${OLDEST_BAND_INDEX})`,
  yearOf: (date) => `CAST(substr(${date}, 1, 4) AS INTEGER)`,
  daysBetween: (from, to) => `CAST(julianday(${to}) - julianday(${from}) AS INTEGER)`,
  // sqlite3_randomness: ChaCha20 seeded from the operating system.
  randomKey: 'randomblob(16)',
  uuid: (parameter) => parameter,
  planToSessionsJoin: 'CROSS JOIN',
  rowShape: 'cells',
};

export function exportDialect(dialect: Dialect): ExportDialect {
  return dialect === 'postgres' ? POSTGRES : SQLITE;
}

/** Age bands of 5 years from 0-4 to 85-89, then everyone from 90 on as '90+' (HIPAA Safe Harbor). */
export const OLDEST_AGE_BAND = '90+';
export const AGE_BANDS: readonly string[] = [
  ...Array.from({ length: OLDEST_BAND_INDEX }, (_, band) => `${band * 5}-${band * 5 + 4}`),
  OLDEST_AGE_BAND,
];

/** The label of a band index (ExportDialect.ageBandIndex: negative ages, a data error, count as 0-4). */
export function ageBandLabelSql(band: string): string {
  return `CASE WHEN ${band} >= ${OLDEST_BAND_INDEX} THEN '${OLDEST_AGE_BAND}' ELSE (${band} * 5) || '-' || (${band} * 5 + 4) END`;
}

/**
 * How a file is read on PostgreSQL: 'per-row' when it is a small part of the clinic (and always on
 * SQLite), 'set' once it covers a large part. Both read the same statement: the sessions file comes
 * from the session_export rollup (see sessionExportRefreshSql), one row per session, so there are
 * no per-session lookups left to choose between; the strategy only picks the planner settings of
 * the export's transaction (ExportsService.tuneSession: hash joins for a large export).
 */
export type JoinStrategy = 'per-row' | 'set';

export interface QueryContext {
  dialect: ExportDialect;
  strategy: JoinStrategy;
}

/** A session's child table of codes, exported as one sorted, ';'-joined cell. */
export interface SessionCodeList {
  table: string;
  column: string;
  /** Its column in session_export, and the alias of its aggregate when that is refreshed. */
  alias: string;
}

export const SESSION_CODE_LISTS = {
  techniques: { table: 'session_technique', column: 'technique', alias: 'techniques' },
  regions: { table: 'session_region', column: 'region', alias: 'regions' },
  redFlags: { table: 'session_red_flag', column: 'red_flag', alias: 'red_flags' },
} as const satisfies Record<string, SessionCodeList>;

/** Separator of the codes in a code-list cell. */
export const CODE_LIST_SEPARATOR = ';';

/** The per-session rollup the sessions file is read from, kept by refreshEpisodeRollups. */
export const SESSION_EXPORT_TABLE = 'session_export';

/**
 * Rebuilds the session_export rows of the sessions `where` selects (a condition on a table alias:
 * one clinic, or some of its episodes), to run in the write transaction after their rows were
 * deleted: each session as the sessions file shows it, with what would otherwise be looked up per
 * session on every export (measured: about 16 of 21 s of a 1.2M-session export):
 * - each code list: the session's codes, sorted, joined by ';' (NULL when none);
 * - the medication report in effect: the latest report of the episode dated on or before the
 *   session day (each report holds from its date to the next report's date), with its daily MME,
 *   factor table and non-opioid doses per week summed over classes (0 when it lists none); all
 *   NULL when there is no such report.
 * Each aggregate reads only the selected sessions' rows, so one statement serves a single episode
 * (a write: index lookups) and a whole clinic (a bulk load: merge and hash joins). Common SQL for
 * both engines (string_agg with ORDER BY: SQLite 3.44+).
 */
export function sessionExportRefreshSql(where: (alias: string) => string): string {
  const codeLists = Object.values(SESSION_CODE_LISTS)
    .map(
      (list: SessionCodeList) => `LEFT JOIN (
        SELECT c.session_id, string_agg(c.${list.column}, '${CODE_LIST_SEPARATOR}' ORDER BY c.${list.column}) AS codes
        FROM treatment_session cs JOIN ${list.table} c ON c.clinic_id = cs.clinic_id AND c.session_id = cs.id
        WHERE ${where('cs')} GROUP BY c.session_id
      ) ${list.alias} ON ${list.alias}.session_id = s.id`,
    )
    .join('\n');
  const lists = Object.values(SESSION_CODE_LISTS).map((list: SessionCodeList) => list.alias);
  return `
    INSERT INTO ${SESSION_EXPORT_TABLE} (clinic_id, episode_id, session_date, session_id, day_index, pain_before, pain_after, position,
      minutes, ${lists.join(', ')}, daily_mme, non_opioid_doses, factor_table)
    SELECT s.clinic_id, s.episode_id, s.session_date, s.id, s.day_index, s.pain_before, s.pain_after, s.position,
      s.minutes, ${lists.map((alias) => `${alias}.codes`).join(', ')}, m.daily_mme, m.non_opioid_doses, m.factor_table
    FROM treatment_session s
    ${codeLists}
    LEFT JOIN (
      SELECT r.episode_id, r.report_date AS from_date, r.daily_mme, r.factor_table, COALESCE(n.doses, 0) AS non_opioid_doses,
        LEAD(r.report_date) OVER (PARTITION BY r.episode_id ORDER BY r.report_date) AS to_date
      FROM medication_report r
      LEFT JOIN (
        SELECT u.report_id, SUM(u.doses_per_week) AS doses
        FROM medication_report ur JOIN non_opioid_use u ON u.clinic_id = ur.clinic_id AND u.report_id = ur.id
        WHERE ${where('ur')} GROUP BY u.report_id
      ) n ON n.report_id = r.id
      WHERE ${where('r')}
    ) m ON m.episode_id = s.episode_id AND s.session_date >= m.from_date AND (m.to_date IS NULL OR s.session_date < m.to_date)
    WHERE ${where('s')}`;
}
