import { type ExportColumn, FILE_COLUMNS, type RecordPart, SESSION_RECORD_PARTS } from './export-columns';
import { ExportFile } from './export-manifest';
import {
  CODE_LIST_SEPARATOR,
  type ExportDialect,
  type QueryContext,
  type RowShape,
  SESSION_CODE_LISTS,
  SESSION_EXPORT_BLOCK_TABLE,
  SESSION_EXPORT_TABLE,
  type SessionCodeList,
} from './export-sql';

/** SQL with named parameters (:name), turned into the engine's placeholders by the caller. */
export interface FileQuery {
  sql: string;
  parameters: Record<string, unknown>;
}

/** The released episodes of one export run (its plan holds no others). */
const RELEASED_EPISODES = 'x.clinic_id = :clinicId AND x.export_id = :exportId';

/**
 * The query of one file of an export run, in one of two row shapes (see RowShape): 'records', how
 * the export reads it (a number of records and their text), or 'cells' (one column per cell, one
 * row per record).
 * Rows are ordered by the random study episode id, then by time within the episode: the order says
 * nothing about when anything was recorded, and it is new in every export (an order by a stored
 * key, even a random one, would be the same in two exports and line their rows up, linking their
 * study ids). Within an episode, sessions are in the order of their stored ordinal (date, then
 * id: see sessionExportRefreshSql).
 *
 * The sessions file's 'records' are one row per released episode: its block from
 * session_export_block (the records of its sessions in order, CRLF-ended, pre-rendered with the
 * rollups) with the plan's texts put in its slots (SESSION_BLOCK_SLOTS). So the database sorts
 * and sends one row per episode, not per session, and nothing is formatted per session: on the
 * 1.2M-session clinic (182,256 episodes) COPY of these rows took 0.90-1.03 s in psql against
 * 2.0-2.3 s for one joined record per session (same hour, three runs each). PostgreSQL hashes
 * the plan, scans the clinic's blocks once and sorts the result in memory at the export's
 * work_mem; SQLite's CROSS JOIN walks the plan in study-id order and looks each block up by its
 * key, so its rows stream from the first.
 */
export function fileQuery(file: ExportFile, context: QueryContext, clinicId: string, exportId: string, shape: RowShape = 'records'): FileQuery {
  const parameters = { clinicId, exportId };
  const { dialect } = context;
  if (file === ExportFile.SESSIONS) {
    const from =
      shape === 'records'
        ? `export_episode x ${dialect.planToSessionsJoin} ${SESSION_EXPORT_BLOCK_TABLE} b ON b.clinic_id = x.clinic_id AND b.episode_id = x.episode_id`
        : `export_episode x ${dialect.planToSessionsJoin} ${SESSION_EXPORT_TABLE} r ON r.clinic_id = x.clinic_id AND r.episode_id = x.episode_id`;
    const filled = SESSION_BLOCK_SLOTS.reduce((text, slot) => `replace(${text}, ${dialect.char(slot.code)}, x.${slot.part.stored})`, 'b.records');
    return {
      sql: `SELECT ${shape === 'records' ? `b.sessions AS record_count, ${filled} AS records` : cellsSql(FILE_COLUMNS[file], context)}
        FROM ${from}
        WHERE ${RELEASED_EPISODES}
        ORDER BY x.study_episode_id${shape === 'records' ? '' : ', r.ordinal'}`,
      parameters,
    };
  }
  const select =
    shape === 'records'
      ? `1 AS record_count, ${cellsTextSql(FILE_COLUMNS[file], context)} || ${recordEndSql(dialect)} AS records`
      : cellsSql(FILE_COLUMNS[file], context);
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

/** A CSV record's end (RFC 4180: CRLF). */
function recordEndSql(dialect: ExportDialect): string {
  return `${dialect.char(0x0d)} || ${dialect.char(0x0a)}`;
}

/**
 * The places of the plan's parts (SESSION_RECORD_PARTS of export_episode) in a stored block: a
 * control character each, which no cell holds (cells are study ids, numbers and codes), replaced
 * by the part's text from the plan when the sessions file is read. The plan's parts cannot be
 * stored with the block: the study ids are new in every export, and the planned frequency, cause
 * and condition are the ones the plan graded for k-anonymity, as they were when it was made.
 */
export const SESSION_BLOCK_SLOTS: readonly { part: RecordPart; code: number }[] = SESSION_RECORD_PARTS.filter(
  (part) => part.table === 'export_episode',
).map((part, index) => ({ part, code: index + 1 }));

/** One column per cell, named as the file's header. */
function cellsSql(columns: readonly ExportColumn[], context: Pick<QueryContext, 'dialect'>): string {
  return columns.map((column) => `${column.sql(context)} AS ${column.name}`).join(',\n  ');
}

/**
 * Cells as one text, as they appear in a CSV record: each value as the engine writes it as text
 * (integers and codes alike on both engines; decimals are texts already, see decimalText), empty
 * for NULL, joined by commas, never quoted. That is RFC 4180 because no cell of an export ever
 * needs quotes: cells are study ids, numbers, and codes or ';'-joined code lists, whose allowed
 * values hold no comma, quote or line break (export-columns.spec checks them). Should a stored
 * value break that rule, the stream fails the export instead of writing it (RecordBlocks). The
 * sessions file's texts are rendered by this function when their rows are written (the plan, the
 * rollup: see SESSION_RECORD_PARTS), and a row of the file only puts them together.
 */
export function cellsTextSql(columns: readonly ExportColumn[], context: Pick<QueryContext, 'dialect'>): string {
  return `concat_ws(',', ${columns.map((column) => `COALESCE(CAST((${column.sql(context)}) AS text), '')`).join(', ')})`;
}

/**
 * Rebuilds the session_export rows of the sessions `where` selects (a condition on a table alias:
 * one clinic, or some of its episodes), to run in the write transaction after their rows were
 * deleted: each session as the sessions file shows it, with what would otherwise be looked up or
 * formatted per session on every export (measured: about 16 of 21 s of a 1.2M-session export for
 * the lookups; formatting, about 0.5 s of 2.3-2.6 s of COPY):
 * - each code list: the session's codes, sorted, joined by ';' (NULL when none);
 * - the medication report in effect: the latest report of the episode dated on or before the
 *   session day (each report holds from its date to the next report's date), with its daily MME,
 *   factor table and non-opioid doses per week summed over classes (0 when it lists none); all
 *   NULL when there is no such report;
 * - its ordinal in the episode (1, 2, ... by date, then id), the file's order within an episode,
 *   sorted as one integer;
 * - the texts of its record parts (SESSION_RECORD_PARTS), from the columns' own SQL over the row.
 * Each aggregate reads only the selected sessions' rows, so one statement serves a single episode
 * (a write: index lookups) and a whole clinic (a bulk load: merge and hash joins). `where` selects
 * whole episodes, so the ordinals are complete. Common SQL for both engines (string_agg with ORDER
 * BY: SQLite 3.44+) but for the decimals' text (ExportDialect.decimalText).
 */
export function sessionExportRefreshSql(where: (alias: string) => string, dialect: ExportDialect): string {
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
  const values = ['clinic_id', 'episode_id', 'session_date', 'session_id', 'ordinal', 'day_index', 'pain_before', 'pain_after', 'position', 'minutes', ...lists, 'daily_mme', 'non_opioid_doses', 'factor_table'];
  const parts = SESSION_RECORD_PARTS.filter((part) => part.table === SESSION_EXPORT_TABLE);
  return `
    INSERT INTO ${SESSION_EXPORT_TABLE} (${[...values, ...parts.map((part) => part.stored)].join(', ')})
    SELECT ${[...values.map((column) => `r.${column}`), ...parts.map((part) => cellsTextSql(part.columns, { dialect }))].join(', ')}
    FROM (
      SELECT s.clinic_id, s.episode_id, s.session_date, s.id AS session_id,
        ROW_NUMBER() OVER (PARTITION BY s.clinic_id, s.episode_id ORDER BY s.session_date, s.id) AS ordinal,
        s.day_index, s.pain_before, s.pain_after, s.position, s.minutes,
        ${lists.map((alias) => `${alias}.codes AS ${alias}`).join(', ')}, m.daily_mme, m.non_opioid_doses, m.factor_table
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
      WHERE ${where('s')}
    ) r`;
}

/**
 * Rebuilds the session_export_block rows of the episodes `where` selects, from their
 * session_export rows (run after sessionExportRefreshSql, in the same transaction, after the old
 * blocks were deleted): per episode with sessions, their number and their records in ordinal
 * order, each its parts joined by commas and CRLF-ended, the plan's parts as their slots
 * (SESSION_BLOCK_SLOTS). An episode without sessions has no block.
 */
export function sessionExportBlockRefreshSql(where: (alias: string) => string, dialect: ExportDialect): string {
  const line = SESSION_RECORD_PARTS.map((part) => {
    const slot = SESSION_BLOCK_SLOTS.find((candidate) => candidate.part === part);
    return slot ? dialect.char(slot.code) : `r.${part.stored}`;
  }).join(" || ',' || ");
  return `
    INSERT INTO ${SESSION_EXPORT_BLOCK_TABLE} (clinic_id, episode_id, sessions, records)
    SELECT r.clinic_id, r.episode_id, COUNT(*), string_agg(${line} || ${recordEndSql(dialect)}, '' ORDER BY r.ordinal)
    FROM ${SESSION_EXPORT_TABLE} r
    WHERE ${where('r')}
    GROUP BY r.clinic_id, r.episode_id`;
}
