import { type ExportColumn, FILE_COLUMNS, type RecordPart, SESSION_RECORD_PARTS } from './export-columns';
import { ExportFile } from './export-manifest';
import {
  CODE_LIST_SEPARATOR,
  type ExportDialect,
  type QueryContext,
  type RowShape,
  SESSION_CODE_LISTS,
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
 * The query of one file of an export run: one SQL row per CSV row, its cells in file order, as
 * columns or as the whole record (`shape`, by default the engine's: see RowShape).
 * Rows are ordered by the random study episode id, then by time within the episode: the order says
 * nothing about when anything was recorded, and it is new in every export (an order by a stored
 * key, even a random one, would be the same in two exports and line their rows up, linking their
 * study ids). Within an episode, sessions are in the order of their stored ordinal (date, then
 * id: see sessionExportRefreshSql), one integer to compare instead of a date and a uuid.
 *
 * The sessions file reads one row per session from the session_export rollup, with no lookups.
 * PostgreSQL hashes the plan, scans the clinic's rollup rows once and sorts the result (in memory
 * at the export's work_mem, measured up to a 1.2M-session file in three processes). SQLite's
 * CROSS JOIN walks the plan in study-id order and each episode's rollup rows through their key
 * (episode, date, id), sorting only within an episode, so its rows stream from the first. On
 * PostgreSQL a row of the sessions file is its four pre-rendered parts joined (SESSION_RECORD_PARTS).
 */
export function fileQuery(
  file: ExportFile,
  context: QueryContext,
  clinicId: string,
  exportId: string,
  shape: RowShape = context.dialect.rowShape,
): FileQuery {
  const parameters = { clinicId, exportId };
  if (file === ExportFile.SESSIONS) {
    const select =
      shape === 'record'
        ? `concat_ws(',', ${SESSION_RECORD_PARTS.map((part) => `${PART_ALIAS[part.table]}.${part.stored}`).join(', ')}) AS record`
        : cellsSql(FILE_COLUMNS[file], context);
    return {
      sql: `SELECT ${select}
        FROM export_episode x
        ${context.dialect.planToSessionsJoin} ${SESSION_EXPORT_TABLE} r ON r.clinic_id = x.clinic_id AND r.episode_id = x.episode_id
        WHERE ${RELEASED_EPISODES}
        ORDER BY x.study_episode_id, r.ordinal`,
      parameters,
    };
  }
  const select = shape === 'record' ? `${cellsTextSql(FILE_COLUMNS[file], context)} AS record` : cellsSql(FILE_COLUMNS[file], context);
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

/** The table alias of each part's table in the sessions query (and of the rows a part's text is computed from). */
const PART_ALIAS: Readonly<Record<RecordPart['table'], string>> = { export_episode: 'x', session_export: 'r' };

/** One column per cell, named as the file's header. */
function cellsSql(columns: readonly ExportColumn[], context: Pick<QueryContext, 'dialect'>): string {
  return columns.map((column) => `${column.sql(context)} AS ${column.name}`).join(',\n  ');
}

/**
 * Cells as one text, as they appear in a CSV record: each value as the engine writes it as text
 * (integers and codes alike on both engines; decimals are texts already, see decimalText), empty
 * for NULL, joined by commas, never quoted. That is RFC 4180 because no cell of an export ever needs quotes: cells are study ids,
 * numbers, and codes or ';'-joined code lists, whose allowed values hold no comma, quote or line
 * break (export-columns.spec checks them). Should a stored value break that rule, the COPY stream
 * fails the export instead of writing it (CopyRecords). On PostgreSQL this text is built in the
 * parallel workers before the sort, so the leader, which merges the sorted rows and sends them,
 * writes one text per row instead of formatting 17 cells: COPY of the 1.2M-session file took
 * 2.0-2.1 s this way against 2.6-2.9 s for COPY ... CSV of the cells (psql, same hour). The
 * sessions file goes further: its parts are rendered by this function when their rows are
 * written (the plan, the rollup: see SESSION_RECORD_PARTS), and a row of the file only joins them.
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
