import { PassThrough, Readable } from 'node:stream';
import type { PoolClient } from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import type { DataSource, EntityManager } from 'typeorm';
import type { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { inlineUuids } from '../database/sql';
import type { CsvCell } from './csv-encoder';
import type { RowShape } from './export-sql';

/** Rows stepped per read (SQLite): enough to amortize, few enough to keep the heap's young generation small. */
export const ROWS_PER_FETCH = 500;

/** SQL in the engine's own placeholders, with its values. */
export interface BoundQuery {
  sql: string;
  values: unknown[];
}

/** A PostgreSQL export in flight: the server's records, and how to stop the server early. */
export interface CopyOut {
  records: Readable;
  /**
   * Stops the COPY on the server (a download cut short) and waits until the connection is free
   * again, so the transaction can roll back and the connection go back to the pool.
   */
  abort(): Promise<void>;
}

/**
 * The COPY statement of a query (COPY takes no bound parameters: see inlineUuids). A query of
 * records (RowShape 'record') in COPY's text format: each record as it is, LF-ended, no header
 * (CopyRecords adds the header and the CRLFs). A query of cells as RFC 4180 CSV with a header
 * (LF line ends): what the measure tool times beside the export.
 */
export function copyStatement(query: BoundQuery, shape: RowShape): string {
  const format = shape === 'record' ? '' : ' WITH (FORMAT csv, HEADER true)';
  return `COPY (${inlineUuids(query.sql, query.values)}) TO STDOUT${format}`;
}

/**
 * PostgreSQL: the records of a query of records as the server formats them (COPY ... TO STDOUT
 * through pg-copy-streams), on the connection of the caller's open transaction, so row-level security
 * and the clinic apply. The server does the formatting, Node only forwards bytes: per row that is
 * a fraction of what parsing rows into values and formatting them again costs (a cursor spent
 * about 7.5 µs of CPU per session row here, most of it in node-postgres building 17 strings), so
 * the export keeps pace with the database. When the reader stops, the socket is not read and
 * TCP holds the server back: backpressure down to PostgreSQL, a bounded buffer in between.
 */
export async function postgresCopy(manager: EntityManager, query: BoundQuery, cancel: (pid: number) => Promise<void>): Promise<CopyOut> {
  const runner = manager.queryRunner as PostgresQueryRunner | undefined;
  if (!runner) throw new Error('postgresCopy needs the manager of an open transaction');
  const client = (await runner.connect()) as PoolClient;
  const [{ pid }] = (await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows as [{ pid: number }];
  const copy = client.query(copyTo(copyStatement(query, 'record')));
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
  const records = new PassThrough();
  copy.pipe(records);
  copy.once('error', (error) => records.destroy(error));
  return {
    records,
    async abort() {
      if (settled) return;
      copy.unpipe(records);
      await cancel(pid);
      // Whatever was in flight is read and dropped until the server reports the cancel.
      copy.resume();
      await done;
    },
  };
}

/** The part of better-sqlite3's API used here (it ships no types of its own). */
interface SqliteStatement {
  raw(toggle: boolean): SqliteStatement;
  iterate(...values: unknown[]): IterableIterator<CsvCell[]>;
}
interface SqliteDatabase {
  prepare(sql: string): SqliteStatement;
  close(): void;
}
type SqliteConstructor = new (path: string, options: { readonly: boolean; fileMustExist: boolean }) => SqliteDatabase;

/**
 * SQLite: the rows of a query from statement.iterate(), wrapped in a Readable that steps the
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
  let rows: IterableIterator<CsvCell[]>;
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
