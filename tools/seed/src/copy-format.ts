/**
 * PostgreSQL's COPY text format (tab-separated, `\N` for NULL, backslash escapes), written from
 * the generated rows exactly as TypeORM's INSERT would bind them. Pure and free of TypeORM, so the
 * generation worker can run it; load.ts derives the column specs from the entity metadata.
 */

/** How a column's value is written: the column kinds the clinical schema uses, and no others. */
export type CopyKind = 'text' | 'number' | 'boolean' | 'timestamp' | 'date' | 'json';

export interface CopyColumn {
  /** Column name in the database. */
  name: string;
  /** Property of the generated row that holds its value. */
  property: string;
  kind: CopyKind;
}

export interface CopyTableSpec {
  table: string;
  columns: CopyColumn[];
}

/** Some rows of one table as COPY text: one line per row, each ending in a newline. */
export interface CopyChunk {
  text: string;
  rows: number;
}

export interface CopyTable {
  table: string;
  columns: string[];
  chunks: CopyChunk[];
  rows: number;
}

/**
 * Rows per chunk: small enough for a progress bar to move within a large table, large enough that
 * the per-chunk overhead (one stream write) does not matter.
 */
export const COPY_ROWS_PER_CHUNK = 2000;

const SPECIAL = /[\\\n\r\t]/;
const SPECIAL_ALL = /[\\\n\r\t]/g;
const ESCAPES: Readonly<Record<string, string>> = { '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** Text as COPY reads it back unchanged: backslash, newline, carriage return and tab escaped. */
export function escapeCopyText(text: string): string {
  return SPECIAL.test(text) ? text.replace(SPECIAL_ALL, (character) => ESCAPES[character] as string) : text;
}

/** A calendar date the way TypeORM binds one: a 'YYYY-MM-DD' string as it is, a Date by its local date. */
function dateText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value instanceof Date) {
    const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
    return `${pad(value.getFullYear(), 4)}-${pad(value.getMonth() + 1)}-${pad(value.getDate())}`;
  }
  throw new TypeError(`a date must be a 'YYYY-MM-DD' string or a Date, got ${typeof value}`);
}

/**
 * One field. NULL is `\\N`; an undefined value is refused, because COPY cannot ask for a column's
 * DEFAULT row by row the way an INSERT can. Numbers are written by JavaScript's shortest
 * round-trip form, which PostgreSQL reads back to the same double (node-postgres binds them the same way).
 * A value of the wrong type is refused (a TypeError naming `where`) rather than guessed at.
 */
export function copyField(value: unknown, kind: CopyKind, where: string): string {
  try {
    return field(value, kind);
  } catch (error) {
    throw new TypeError(`${where}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** copyField without the location: the hot path, which only builds a location when a value is refused. */
function field(value: unknown, kind: CopyKind): string {
  if (value === null) return '\\N';
  if (value === undefined) throw new TypeError('no value (COPY has no per-row DEFAULT)');
  switch (kind) {
    case 'text':
      if (typeof value !== 'string') throw new TypeError(`expected a string, got ${typeof value}`);
      return escapeCopyText(value);
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) throw new TypeError(`expected a finite number, got ${String(value)}`);
      return String(value);
    case 'boolean':
      if (typeof value !== 'boolean') throw new TypeError(`expected a boolean, got ${typeof value}`);
      return value ? 't' : 'f';
    case 'timestamp':
      // An instant: the ISO form in UTC names it exactly, whatever the session's time zone.
      if (!(value instanceof Date) || Number.isNaN(value.getTime())) throw new TypeError('expected a valid Date');
      return value.toISOString();
    case 'date':
      return escapeCopyText(dateText(value));
    case 'json':
      // TypeORM's simple-json: JSON text in a text column.
      return escapeCopyText(JSON.stringify(value));
  }
}

/** A table's rows as COPY text, in chunks of at most `rowsPerChunk` rows. */
export function copyTable(spec: CopyTableSpec, rows: readonly object[], rowsPerChunk = COPY_ROWS_PER_CHUNK): CopyTable {
  const { columns } = spec;
  const chunks: CopyChunk[] = [];
  for (let start = 0; start < rows.length; start += rowsPerChunk) {
    const end = Math.min(rows.length, start + rowsPerChunk);
    let text = '';
    for (let index = start; index < end; index += 1) {
      const row = rows[index] as Record<string, unknown>;
      for (let position = 0; position < columns.length; position += 1) {
        const column = columns[position] as CopyColumn;
        if (position > 0) text += '\t';
        try {
          text += field(row[column.property], column.kind);
        } catch (error) {
          throw new TypeError(`${spec.table}.${column.name} (row ${index}): ${error instanceof Error ? error.message : String(error)}`);
        }
      }
      text += '\n';
    }
    chunks.push({ text, rows: end - start });
  }
  return { table: spec.table, columns: columns.map((column) => column.name), chunks, rows: rows.length };
}
