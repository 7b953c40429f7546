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

/** Records gathered into one chunk before they are pushed: fewer, larger writes to the socket. */
const RECORDS_PER_CHUNK = 256;

/**
 * Turns rows (arrays of cells, in column order) into RFC 4180 CSV text, UTF-8, CRLF line ends,
 * with the header first. Counts the rows it wrote. Used for SQLite's rows (PostgreSQL formats its
 * own records: see postgresCopy and CopyRecords).
 *
 * Not csv-stringify: on this product's rows (17 short cells, no database) csv-stringify formatted
 * about 130k rows/s against about 420k rows/s for this loop on the 2-core machine the export is
 * measured on, and the export must keep up with the database. The unit spec checks this encoder
 * against csv-stringify on awkward values (quotes, commas, line breaks, non-ASCII).
 */
export class CsvEncoder extends Transform {
  rows = 0;
  private pending = '';
  private pendingRecords = 0;

  constructor(header: readonly string[]) {
    super({ writableObjectMode: true, readableObjectMode: false, writableHighWaterMark: 64 });
    this.pending = csvRecord(header);
  }

  override _transform(row: readonly CsvCell[], _encoding: BufferEncoding, callback: TransformCallback): void {
    this.pending += csvRecord(row);
    this.rows += 1;
    this.pendingRecords += 1;
    if (this.pendingRecords >= RECORDS_PER_CHUNK) {
      const chunk = this.pending;
      this.pending = '';
      this.pendingRecords = 0;
      callback(null, Buffer.from(chunk, 'utf8'));
      return;
    }
    callback();
  }

  override _flush(callback: TransformCallback): void {
    const chunk = this.pending;
    this.pending = '';
    callback(null, chunk.length > 0 ? Buffer.from(chunk, 'utf8') : undefined);
  }
}

const LF = 0x0a;
const CR = 0x0d;
/** Bytes no record of COPY's text format may hold: a quote (a cell that would need quoting) or a backslash (COPY's escape). */
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/**
 * PostgreSQL's records (COPY ... TO STDOUT in text format, one text per row: see cellsTextSql and SESSION_RECORD_PARTS) as
 * the export's CSV: the header first, then each LF record end as CRLF (RFC 4180). Counts the
 * records. A chunk holding a quote or a backslash fails the stream: a cell would have needed
 * quoting, or COPY escaped a tab, a line break, a backslash or a NULL record, so the file would
 * not read back as the database holds it. Each is one indexOf per chunk.
 *
 * Each chunk's LFs are found with indexOf, noted in an array kept from chunk to chunk, then the
 * chunk is copied once into a buffer one byte longer per record: no object per record.
 */
export class CopyRecords extends Transform {
  rows = 0;
  private header: Buffer | null;
  /** Offsets of the LFs in the current chunk. */
  private recordEnds = new Uint32Array(1024);

  constructor(header: readonly string[]) {
    super({ readableObjectMode: false, writableObjectMode: false });
    this.header = Buffer.from(csvRecord(header), 'utf8');
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    if (chunk.indexOf(QUOTE) !== -1 || chunk.indexOf(BACKSLASH) !== -1) {
      callback(new Error('An export cell holds a quote, a backslash or a control character; the file would not read back as stored'));
      return;
    }
    let count = 0;
    for (let lineEnd = chunk.indexOf(LF); lineEnd !== -1; lineEnd = chunk.indexOf(LF, lineEnd + 1)) {
      if (count === this.recordEnds.length) {
        const grown = new Uint32Array(count * 2);
        grown.set(this.recordEnds);
        this.recordEnds = grown;
      }
      this.recordEnds[count] = lineEnd;
      count += 1;
    }
    this.rows += count;
    const head = this.header;
    this.header = null;
    const out = Buffer.allocUnsafe((head?.length ?? 0) + chunk.length + count);
    let to = head ? head.copy(out, 0) : 0;
    let from = 0;
    for (let index = 0; index < count; index += 1) {
      const lineEnd = this.recordEnds[index] as number;
      to += chunk.copy(out, to, from, lineEnd);
      out[to] = CR;
      out[to + 1] = LF;
      to += 2;
      from = lineEnd + 1;
    }
    chunk.copy(out, to, from);
    callback(null, out);
  }

  /** A file without rows still has its header. */
  override _flush(callback: TransformCallback): void {
    const head = this.header;
    this.header = null;
    callback(null, head ?? undefined);
  }
}
