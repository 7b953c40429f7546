import { type ExportColumn, FILE_COLUMNS } from './export-columns';
import { ExportFile } from './export-manifest';
import { type QueryContext, type RowShape, SESSION_EXPORT_TABLE } from './export-sql';

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
 * study ids). Within an episode, session dates sort as day offsets do; the date follows the
 * sessions index.
 *
 * The sessions file reads one row per session from the session_export rollup, with no lookups.
 * PostgreSQL hashes the plan, scans the clinic's rollup rows once and sorts the result (in memory
 * at the export's work_mem, measured up to a 1.2M-session file in three processes). SQLite's
 * CROSS JOIN walks the plan in study-id order and each episode's rollup rows through their key
 * (episode, date, id), sorting only within an episode, so its rows stream from the first.
 */
export function fileQuery(
  file: ExportFile,
  context: QueryContext,
  clinicId: string,
  exportId: string,
  shape: RowShape = context.dialect.rowShape,
): FileQuery {
  const select =
    shape === 'record' ? `${recordSql(FILE_COLUMNS[file], context)} AS record` : FILE_COLUMNS[file].map((column) => `${column.sql(context)} AS ${column.name}`).join(',\n  ');
  const parameters = { clinicId, exportId };
  if (file === ExportFile.SESSIONS) {
    return {
      sql: `SELECT ${select}
        FROM export_episode x
        ${context.dialect.planToSessionsJoin} ${SESSION_EXPORT_TABLE} r ON r.clinic_id = x.clinic_id AND r.episode_id = x.episode_id
        WHERE ${RELEASED_EPISODES}
        ORDER BY x.study_episode_id, r.session_date, r.session_id`,
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

/**
 * A row's CSV record as one text: its cells as the engine writes each value as text (the output
 * functions COPY ... CSV uses, so numbers read the same), empty for NULL, joined by commas, never
 * quoted. That is RFC 4180 because no cell of an export ever needs quotes: cells are study ids,
 * numbers, and codes or ';'-joined code lists, whose allowed values hold no comma, quote or line
 * break (export-columns.spec checks them). Should a stored value break that rule, the COPY stream
 * fails the export instead of writing it (CopyRecords). On PostgreSQL this text is built in the
 * parallel workers before the sort, so the leader, which merges the sorted rows and sends them,
 * writes one text per row instead of formatting 17 cells: COPY of the 1.2M-session file took
 * 2.0-2.1 s this way against 2.6-2.9 s for COPY ... CSV of the cells (psql, same hour).
 */
function recordSql(columns: readonly ExportColumn[], context: QueryContext): string {
  return `concat_ws(',', ${columns.map((column) => `COALESCE(CAST((${column.sql(context)}) AS text), '')`).join(', ')})`;
}
