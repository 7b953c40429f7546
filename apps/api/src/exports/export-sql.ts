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
   * A decimal as the export writes it (see DECIMAL_PLACES): rounded to 6 places, trailing zeros
   * and a trailing point dropped ('28.8', '15', '0'); NULL stays NULL. The same text on both
   * engines, so a value pre-rendered by either reads the same: PostgreSQL rounds the numeric of
   * the double (its 15 significant digits), SQLite's printf the double itself; they could differ
   * only on a value within 1e-15 of a half-way point at the 7th decimal.
   */
  decimalText(value: string): string;
  /** The one-character text of a character code (PostgreSQL's chr, SQLite's char). */
  char(code: number): string;
  /**
   * The join from the release plan to the sessions. SQLite's CROSS JOIN keeps the written order
   * (its documented way to fix the join order): the plan by study_episode_id through its key,
   * then each episode's rollup rows through their key, so rows come out in study-id order and
   * stream at once, instead of after sorting the whole file (which blocks the process, as every
   * SQLite step does). PostgreSQL plans the join itself.
   */
  planToSessionsJoin: 'JOIN' | 'CROSS JOIN';
}

/**
 * What one row of an export file's query holds.
 * 'records': how the export reads its files on both engines: a number of CSV records and their
 * text, each record CRLF-ended, formatted by the database (cellsTextSql), so this process only
 * forwards text. The sessions file gives one row per episode: its sessions' records, stored
 * pre-rendered with the rollups (session_export_block), the plan's study ids put in as it is
 * read. The episodes file gives one row per episode and record.
 * 'cells': one column per cell, one row per CSV record: what the measure tool times as COPY ...
 * CSV of the same rows (the issue's ceiling), and what the tests read the files back against.
 */
export type RowShape = 'records' | 'cells';

/**
 * Decimal places of the export's decimals. Six keep every value this product computes (doses
 * x conversion factors, to 4 places) and drop the noise of binary floating point: a daily MME of
 * 24 x 1.2 is stored as 28.799999999999997 and written as 28.8.
 */
export const DECIMAL_PLACES = 6;

/** A fixed-point text with DECIMAL_PLACES places, without its trailing zeros and point (it always has a point). */
const trimFixed = (fixed: string): string => `rtrim(rtrim(${fixed}, '0'), '.')`;

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
  decimalText: (value) => trimFixed(`CAST(round(CAST(${value} AS numeric), ${DECIMAL_PLACES}) AS text)`),
  char: (code) => `chr(${code})`,
  planToSessionsJoin: 'JOIN',
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
  // printf reads NULL as 0: NULL is kept apart.
  decimalText: (value) => `CASE WHEN ${value} IS NULL THEN NULL ELSE ${trimFixed(`printf('%.${DECIMAL_PLACES}f', ${value})`)} END`,
  char: (code) => `char(${code})`,
  planToSessionsJoin: 'CROSS JOIN',
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
 * from the session_export_block rollup (see sessionExportBlockRefreshSql), one row per episode, so
 * there are no per-session lookups left to choose between; the strategy only picks the planner settings of
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

/** The per-session rollup of the sessions file, kept by refreshEpisodeRollups. */
export const SESSION_EXPORT_TABLE = 'session_export';

/** Its per-episode blocks of records, which the sessions file is read from (see sessionExportBlockRefreshSql). */
export const SESSION_EXPORT_BLOCK_TABLE = 'session_export_block';
