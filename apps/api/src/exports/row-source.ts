import { PassThrough, Readable, Transform, type TransformCallback } from 'node:stream';
import type { PoolClient } from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import type { DataSource, EntityManager } from 'typeorm';
import type { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { inlineUuids } from '../database/sql';
import { csvRecord, type RecordBlock } from './csv-encoder';
import type { RowShape } from './export-sql';

/** Rows stepped per read (SQLite): enough to amortize, few enough to keep the heap's young generation small. */
export const ROWS_PER_FETCH = 500;

/** SQL in the engine's own placeholders, with its values. */
export interface BoundQuery {
  sql: string;
  values: unknown[];
}

/** A PostgreSQL export in flight: the server's rows in COPY's binary format (see CopyBinaryRecords), and how to stop the server early. */
export interface CopyOut {
  rows: Readable;
  /**
   * Stops the COPY on the server (a download cut short) and waits until the connection is free
   * again, so the transaction can roll back and the connection go back to the pool.
   */
  abort(): Promise<void>;
}

/**
 * The COPY statement of a query (COPY takes no bound parameters: see inlineUuids). A query of
 * records (RowShape 'records') in COPY's binary format, which sends each text as it is (the text
 * format would escape the CRLFs inside a block): CopyBinaryRecords reads it. A query of cells as
 * RFC 4180 CSV with a header (LF line ends): what the measure tool times beside the export.
 */
export function copyStatement(query: BoundQuery, shape: RowShape): string {
  const format = shape === 'records' ? '(FORMAT binary)' : '(FORMAT csv, HEADER true)';
  return `COPY (${inlineUuids(query.sql, query.values)}) TO STDOUT WITH ${format}`;
}

/**
 * PostgreSQL: the rows of a query of records, read with COPY ... TO STDOUT (binary, through
 * pg-copy-streams) on the connection of the caller's open transaction, so
 * row-level security and the clinic apply. The server formats the records, Node only forwards
 * their bytes: parsing rows into values and formatting them again cost about 7.5 µs of CPU per
 * session row with a cursor here. When the reader stops, the socket is not read and TCP holds
 * the server back: backpressure down to PostgreSQL, a bounded buffer in between.
 */
export async function postgresCopy(manager: EntityManager, query: BoundQuery, cancel: (pid: number) => Promise<void>): Promise<CopyOut> {
  const runner = manager.queryRunner as PostgresQueryRunner | undefined;
  if (!runner) throw new Error('postgresCopy needs the manager of an open transaction');
  const client = (await runner.connect()) as PoolClient;
  const [{ pid }] = (await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows as [{ pid: number }];
  const copy = client.query(copyTo(copyStatement(query, 'records')));
  let settled = false;
  const done = new Promise<void>((resolve) => {
    const finish = (): void => {
      settled = true;
      resolve();
    };
    copy.once('end', finish);
    copy.once('error', finish);
  });
  // pipeline() destroys its streams on failure; the COPY stream must outlive that to be drained.
  const rows = new PassThrough();
  copy.pipe(rows);
  copy.once('error', (error) => rows.destroy(error));
  return {
    rows,
    async abort() {
      if (settled) return;
      copy.unpipe(rows);
      await cancel(pid);
      // Whatever was in flight is read and dropped until the server reports the cancel.
      copy.resume();
      await done;
    },
  };
}

/** COPY's binary format (PostgreSQL's COPY documentation, "Binary Format"): an 11-byte signature, then flags and a header extension. */
const BINARY_SIGNATURE = Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1');
const HEADER_FIXED_BYTES = BINARY_SIGNATURE.length + 8;
/** Each tuple: a 16-bit field count (-1 ends the data), then per field a 32-bit length (-1: NULL) and its bytes. */
const END_OF_DATA = -1;
const RECORD_BLOCK_FIELDS = 2;
const INT4_BYTES = 4;
/** A row's field count, the count's length and value, the text's length: what comes before the text. */
const ROW_HEAD_BYTES = 2 + 4 + INT4_BYTES + 4;
const QUOTE = 0x22;

/**
 * PostgreSQL's rows of a query of records (COPY's binary format: per row an int4 count of records
 * and their text) as the export's CSV: the header first, then each row's text as it is. Counts the
 * records. Each chunk becomes one output chunk, its texts moved to its front over their framing
 * (this stream owns the chunks it is given, as a pipe hands them on); only a row split across
 * chunks is copied, into a buffer of its own size. No buffer and no object per row: handing each
 * row of the 1.2M-session file (182,256 rows) on as an object cost the API about 2 s of CPU per
 * download, a third of it collecting garbage, against 1.0-1.6 s this way. A text holding a quote
 * fails the stream: a cell would have needed quoting (none can: see cellsTextSql), so the file
 * would not read back as the database holds it. So does anything but two non-NULL fields with a
 * 4-byte count. Not pg-copy-streams-binary: it decodes every value into a JS value (a string per
 * text), where the export only forwards the bytes.
 */
export class CopyBinaryRecords extends Transform {
  rows = 0;
  private header: Buffer | null;
  private rest: Buffer = Buffer.alloc(0);
  private signatureRead = false;
  private ended = false;

  constructor(header: readonly string[]) {
    super();
    this.header = Buffer.from(csvRecord(header), 'utf8');
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    try {
      this.pushHeader();
      let from = 0;
      if (this.rest.length > 0) {
        // The frame begun in an earlier chunk, completed with as few of this chunk's bytes as it needs.
        for (let missing = this.missingBytes(this.rest); missing > 0; missing = this.missingBytes(this.rest)) {
          if (from === chunk.length) {
            callback();
            return;
          }
          const end = Math.min(chunk.length, from + missing);
          this.rest = Buffer.concat([this.rest, chunk.subarray(from, end)]);
          from = end;
        }
        const frame = this.rest;
        this.rest = Buffer.alloc(0);
        this.forwardFrames(frame, 0);
      }
      this.rest = chunk.subarray(this.forwardFrames(chunk, from));
    } catch (error) {
      callback(error as Error);
      return;
    }
    callback();
  }

  /**
   * Reads the whole frames of `data` from `at` (the signature, rows, the end), moving each row's
   * text to the front of `data` over what was read (a move to the left: a text is at least 14
   * bytes further on than where it goes), so no buffer is allocated, and hands the texts on as one
   * chunk, unless one holds a quote. Returns where the first incomplete frame begins.
   */
  private forwardFrames(data: Buffer, at: number): number {
    let to = 0;
    if (!this.signatureRead) {
      if (data.length - at < HEADER_FIXED_BYTES) return at;
      if (!data.subarray(at, at + BINARY_SIGNATURE.length).equals(BINARY_SIGNATURE)) throw new Error('Not COPY binary data: no signature');
      const extension = data.readInt32BE(at + BINARY_SIGNATURE.length + 4);
      if (data.length - at < HEADER_FIXED_BYTES + extension) return at;
      at += HEADER_FIXED_BYTES + extension;
      this.signatureRead = true;
    }
    while (!this.ended && data.length - at >= 2) {
      const fields = data.readInt16BE(at);
      if (fields === END_OF_DATA) {
        this.ended = true;
        at += 2;
        break;
      }
      if (fields !== RECORD_BLOCK_FIELDS) throw new Error(`COPY row of ${fields} fields; records come as a count and a text`);
      if (data.length - at < ROW_HEAD_BYTES) break;
      if (data.readInt32BE(at + 2) !== INT4_BYTES) throw new Error('COPY row without a 4-byte record count');
      const length = data.readInt32BE(at + 10);
      if (length < 0) throw new Error('COPY row with NULL records');
      const start = at + ROW_HEAD_BYTES;
      if (data.length - start < length) break;
      this.rows += data.readInt32BE(at + 6);
      to += data.copy(data, to, start, start + length);
      at = start + length;
    }
    if (to > 0) {
      const texts = data.subarray(0, to);
      if (texts.indexOf(QUOTE) !== -1) throw new Error('An export cell holds a quote; the file would not read back as stored');
      this.push(texts);
    }
    return at;
  }

  /**
   * How many more bytes the incomplete frame at the start of `data` needs at least: exactly the
   * rest of it once its size can be read, else enough to read its size. 0 when it is whole (or
   * not a frame at all, which forwardFrames then reports).
   */
  private missingBytes(data: Buffer): number {
    if (!this.signatureRead) {
      if (data.length < HEADER_FIXED_BYTES) return HEADER_FIXED_BYTES - data.length;
      return Math.max(0, HEADER_FIXED_BYTES + Math.max(0, data.readInt32BE(BINARY_SIGNATURE.length + 4)) - data.length);
    }
    if (data.length < 2) return 2 - data.length;
    if (data.readInt16BE(0) !== RECORD_BLOCK_FIELDS) return 0;
    if (data.length < ROW_HEAD_BYTES) return ROW_HEAD_BYTES - data.length;
    return Math.max(0, ROW_HEAD_BYTES + Math.max(0, data.readInt32BE(10)) - data.length);
  }

  /** The header, before the first record (and alone in a file without rows). */
  private pushHeader(): void {
    if (this.header) this.push(this.header);
    this.header = null;
  }

  override _flush(callback: TransformCallback): void {
    if (!this.ended || this.rest.length > 0) {
      callback(new Error('COPY binary data ended inside a row or without its end'));
      return;
    }
    this.pushHeader();
    callback();
  }
}

/** The part of better-sqlite3's API used here (it ships no types of its own). */
interface SqliteStatement {
  raw(toggle: boolean): SqliteStatement;
  iterate(...values: unknown[]): IterableIterator<RecordBlock>;
}
interface SqliteDatabase {
  prepare(sql: string): SqliteStatement;
  close(): void;
}
type SqliteConstructor = new (path: string, options: { readonly: boolean; fileMustExist: boolean }) => SqliteDatabase;

/**
 * SQLite: the rows of a query of records (RecordBlock arrays) from statement.iterate(), wrapped in a Readable that steps the
 * iterator only as the stream is read. It runs on a connection of its own, read-only: while an
 * iterator is open, better-sqlite3 refuses any other statement on its connection, and the app's
 * single connection must stay free for every other request. WAL mode lets the reader see the
 * committed state while others write.
 */
export function sqliteRows(dataSource: DataSource, query: BoundQuery): Readable {
  const file = dataSource.options.database;
  if (typeof file !== 'string' || file === ':memory:') {
    throw new Error('Exports read SQLite through a second connection and need a database file, not :memory:');
  }
  const Database = (dataSource.driver as unknown as { sqlite: SqliteConstructor }).sqlite;
  const database = new Database(file, { readonly: true, fileMustExist: true });
  let rows: IterableIterator<RecordBlock>;
  try {
    rows = database.prepare(query.sql).raw(true).iterate(...query.values);
  } catch (error) {
    database.close();
    throw error;
  }
  return new Readable({
    objectMode: true,
    highWaterMark: ROWS_PER_FETCH,
    read() {
      // Synchronous steps: a batch at a time, then the event loop gets its turn.
      for (let fetched = 0; fetched < ROWS_PER_FETCH; fetched += 1) {
        const next = rows.next();
        if (next.done) {
          this.push(null);
          return;
        }
        if (!this.push(next.value)) return;
      }
    },
    destroy(error, callback) {
      rows.return?.();
      database.close();
      callback(error);
    },
  });
}
