import { Transform, type TransformCallback } from 'node:stream';

/** A cell as the database drivers hand it over: text, a number, or NULL (an empty cell). */
export type CsvCell = string | number | bigint | null | undefined;

const NEEDS_QUOTES = /[",\r\n]/;
const RECORD_END = '\r\n';

/**
 * One RFC 4180 field: quoted only when it holds a comma, a quote, a CR or an LF; quotes doubled.
 * (A lone CR or LF is quoted too, not only a whole CRLF: readers split records on either.)
 */
export function csvField(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'string' ? value : String(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One RFC 4180 record, CRLF-terminated. */
export function csvRecord(cells: readonly CsvCell[]): string {
  let line = cells.length > 0 ? csvField(cells[0]) : '';
  for (let index = 1; index < cells.length; index += 1) line += ',' + csvField(cells[index]);
  return line + RECORD_END;
}

/**
 * Some of a file's CSV records as one text (each record CRLF-ended), and how many there are: one
 * row of an export file's query (RowShape 'records') as SQLite returns it. (PostgreSQL's rows come
 * as COPY's bytes: see CopyBinaryRecords.)
 */
export type RecordBlock = readonly [count: number, records: string];

/** Characters gathered into one chunk before it is pushed: fewer, larger writes to the socket (about a stream's default buffer). */
const CHUNK_CHARS = 16 * 1024;
const QUOTE = '"';

/**
 * An export file's CSV from SQLite: the header record, then the blocks of records the database
 * formatted (see RowShape), as they are. Counts the records. A block holding a quote fails the
 * stream: a cell would have needed quoting, so the file would not read back as the database
 * holds it (no cell of an export can: see cellsTextSql). That check is one search per block;
 * nothing is parsed or formatted per record here.
 */
export class RecordBlocks extends Transform {
  rows = 0;
  private pending: string;

  constructor(header: readonly string[]) {
    super({ writableObjectMode: true, readableObjectMode: false, writableHighWaterMark: 64 });
    this.pending = csvRecord(header);
  }

  override _transform([count, records]: RecordBlock, _encoding: BufferEncoding, callback: TransformCallback): void {
    if (records.includes(QUOTE)) {
      callback(new Error('An export cell holds a quote; the file would not read back as stored'));
      return;
    }
    this.rows += count;
    this.pending += records;
    callback(null, this.pending.length >= CHUNK_CHARS ? this.drain() : undefined);
  }

  /** A file without rows still has its header. */
  override _flush(callback: TransformCallback): void {
    callback(null, this.pending.length > 0 ? this.drain() : undefined);
  }

  private drain(): Buffer {
    const chunk = Buffer.from(this.pending, 'utf8');
    this.pending = '';
    return chunk;
  }
}
