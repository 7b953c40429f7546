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
  /** The calendar year of a date, as an integer. */
  yearOf(date: string): string;
  /** Days from one date to another, as an integer. */
  daysBetween(from: string, to: string): string;
  /** A fresh value from the engine's cryptographic random generator, to sort by. */
  randomKey: string;
  /** A bound parameter (':name') read as a uuid. */
  uuid(parameter: string): string;
  /**
   * The join from the release plan to the sessions. SQLite's CROSS JOIN keeps the written order
   * (its documented way to fix the join order): the plan by study_episode_id through its index,
   * then each episode's sessions through theirs, so rows come out already in file order and
   * stream at once, instead of after sorting the whole file (which blocks the process, as every
   * SQLite step does). PostgreSQL plans the join itself.
   */
  planToSessionsJoin: 'JOIN' | 'CROSS JOIN';
}

const POSTGRES: ExportDialect = {
  dialect: 'postgres',
  ageInYears: (birth, at) => `CAST(date_part('year', age(${at}, ${birth})) AS integer)`,
  yearOf: (date) => `CAST(date_part('year', ${date}) AS integer)`,
  daysBetween: (from, to) => `(${to} - ${from})`,
  // pg_strong_random, the generator behind gen_random_uuid.
  randomKey: 'gen_random_uuid()',
  uuid: (parameter) => `CAST(${parameter} AS uuid)`,
  planToSessionsJoin: 'JOIN',
};

const SQLITE: ExportDialect = {
  dialect: 'sqlite',
  // YYYYMMDD as integers: the difference divided by 10000 is the age in whole years.
  ageInYears: (birth, at) => `((CAST(replace(${at}, '-', '') AS INTEGER) - CAST(replace(${birth}, '-', '') AS INTEGER)) / 10000)`,
  yearOf: (date) => `CAST(substr(${date}, 1, 4) AS INTEGER)`,
  daysBetween: (from, to) => `CAST(julianday(${to}) - julianday(${from}) AS INTEGER)`,
  // sqlite3_randomness: ChaCha20 seeded from the operating system.
  randomKey: 'randomblob(16)',
  uuid: (parameter) => parameter,
  planToSessionsJoin: 'CROSS JOIN',
};

export function exportDialect(dialect: Dialect): ExportDialect {
  return dialect === 'postgres' ? POSTGRES : SQLITE;
}

/** Age bands of 5 years from 0-4 to 85-89, then everyone from 90 on as '90+' (HIPAA Safe Harbor). */
export const OLDEST_AGE_BAND = '90+';
export const AGE_BANDS: readonly string[] = [
  ...Array.from({ length: 18 }, (_, band) => `${band * 5}-${band * 5 + 4}`),
  OLDEST_AGE_BAND,
];

/** The SQL of an age band from an age in whole years (negative ages, a data error, count as 0). */
export function ageBandSql(age: string): string {
  return `CASE WHEN ${age} >= 90 THEN '${OLDEST_AGE_BAND}' WHEN ${age} < 0 THEN '0-4'
    ELSE (${age} / 5 * 5) || '-' || (${age} / 5 * 5 + 4) END`;
}

/**
 * How a file query reaches a session's codes and medication. 'per-row': a correlated lookup
 * through the indexes for each session, cheap when the export is a small part of the clinic (and
 * always on SQLite, whose nested loops are in-process). 'set': one aggregation over the clinic's
 * rows, hash-joined, cheaper on PostgreSQL once the export covers a large part of the clinic.
 * Both give the same rows (the integration specs run both).
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
  /** Alias of its aggregate in the 'set' strategy. */
  alias: string;
}

export const SESSION_CODE_LISTS = {
  techniques: { table: 'session_technique', column: 'technique', alias: 'st' },
  regions: { table: 'session_region', column: 'region', alias: 'sr' },
  redFlags: { table: 'session_red_flag', column: 'red_flag', alias: 'sf' },
} as const satisfies Record<string, SessionCodeList>;

/** Separator of the codes in a code-list cell. */
export const CODE_LIST_SEPARATOR = ';';

/** The cell of a code list for session s: its codes sorted and joined by ';', NULL when none. */
export function codeListSql(list: SessionCodeList, context: QueryContext): string {
  if (context.strategy === 'set') return `${list.alias}.codes`;
  return `(SELECT string_agg(c.${list.column}, '${CODE_LIST_SEPARATOR}' ORDER BY c.${list.column}) FROM ${list.table} c
    WHERE c.clinic_id = s.clinic_id AND c.session_id = s.id)`;
}
