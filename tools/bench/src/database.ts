import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Client, Pool } from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { dialectOf } from '@outcomes/api/src/database/dialect';
import { SEED, SIZES } from './options';
import type { Engine, Size } from './report';

/** Where the bench's data lives: its own PostgreSQL database on the given server, or a SQLite file under bench/. */
export interface BenchTarget {
  engine: Engine;
  /** postgres://…/outcomes_bench_<size> for PostgreSQL. */
  databaseUrl?: string;
  /** The server's URL as given (DATABASE_URL), for creating and dropping the bench database. */
  serverUrl?: string;
  databaseName?: string;
  sqlitePath?: string;
}

export function benchTarget(size: Size, serverUrl: string | undefined, workspaceRoot: string): BenchTarget {
  if (dialectOf(serverUrl) === 'postgres') {
    const databaseName = `outcomes_bench_${size.toLowerCase()}`;
    const url = new URL(serverUrl as string);
    url.pathname = `/${databaseName}`;
    return { engine: 'postgres', databaseUrl: url.toString(), serverUrl, databaseName };
  }
  return { engine: 'sqlite', sqlitePath: path.join(workspaceRoot, 'bench', `outcomes-bench-${size.toLowerCase()}.sqlite`) };
}

export type SqlValue = string | number | null;
export type SqlParams = Readonly<Record<string, SqlValue>>;

/** The same SQL, written with :name parameters, on either engine: straight to the driver, no ORM in between. */
export interface RawDatabase {
  engine: Engine;
  /** Statements that may run at once: the pool's size on PostgreSQL; 1 on SQLite (better-sqlite3 is synchronous). */
  maxConcurrency: number;
  query<Row = Record<string, SqlValue>>(sql: string, params?: SqlParams): Promise<Row[]>;
  /** Statements one after the other on one connection, as one request of the API runs its statements. */
  batch(statements: readonly { sql: string; params: SqlParams }[]): Promise<void>;
  /** Rows of a SELECT written out as CSV by the database (COPY … TO STDOUT) or, on SQLite, by this process. */
  csvRows(select: string, params: SqlParams): Promise<{ rows: number; bytes: number }>;
  close(): Promise<void>;
}

/** `:name` placeholders as PostgreSQL's `$n` (a name used twice keeps its number); `::type` casts are left alone. */
export function positional(sql: string, params: SqlParams): { text: string; values: SqlValue[] } {
  const order: string[] = [];
  const text = sql.replace(/(?<!:):([A-Za-z_]\w*)/g, (_match, name: string) => {
    if (!(name in params)) throw new Error(`no value for :${name}`);
    let index = order.indexOf(name);
    if (index < 0) index = order.push(name) - 1;
    return `$${index + 1}`;
  });
  return { text, values: order.map((name) => params[name] as SqlValue) };
}

/** A CSV field as RFC 4180 has it: quoted when it holds a comma, a quote or a line break. */
function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export async function openRawDatabase(target: BenchTarget): Promise<RawDatabase> {
  if (target.engine === 'postgres') {
    const pool = new Pool({ connectionString: target.databaseUrl, max: 20 });
    return {
      engine: 'postgres',
      maxConcurrency: 20,
      async query<Row>(sql: string, params: SqlParams = {}) {
        const { text, values } = positional(sql, params);
        return (await pool.query(text, values)).rows as Row[];
      },
      async batch(statements) {
        const client = await pool.connect();
        try {
          for (const { sql, params } of statements) {
            const { text, values } = positional(sql, params);
            await client.query(text, values);
          }
        } finally {
          client.release();
        }
      },
      async csvRows(select, params) {
        const client = await pool.connect();
        try {
          // COPY takes no bind parameters: the values go in as quoted literals.
          const literal = select.replace(/(?<!:):([A-Za-z_]\w*)/g, (_match, name: string) => client.escapeLiteral(String(params[name])));
          const stream = client.query(copyTo(`COPY (${literal}) TO STDOUT WITH (FORMAT csv, HEADER true)`));
          let bytes = 0;
          let lines = 0;
          for await (const chunk of stream as AsyncIterable<Buffer>) {
            bytes += chunk.length;
            for (let at = chunk.indexOf(10); at >= 0; at = chunk.indexOf(10, at + 1)) lines += 1;
          }
          return { rows: lines - 1, bytes };
        } finally {
          client.release();
        }
      },
      close: () => pool.end(),
    };
  }
  const db = new Database(target.sqlitePath as string, { readonly: true, fileMustExist: true });
  const statements = new Map<string, Database.Statement>();
  const prepared = (sql: string): Database.Statement => {
    let statement = statements.get(sql);
    if (!statement) statements.set(sql, (statement = db.prepare(sql)));
    return statement;
  };
  // better-sqlite3 takes :name itself, but refuses values the statement does not name.
  const named = (sql: string, params: SqlParams): Record<string, SqlValue> =>
    Object.fromEntries(Object.entries(params).filter(([name]) => new RegExp(`(?<!:):${name}\\b`).test(sql)));
  return {
    engine: 'sqlite',
    maxConcurrency: 1,
    async query<Row>(sql: string, params: SqlParams = {}) {
      return prepared(sql).all(named(sql, params)) as Row[];
    },
    async batch(list) {
      for (const { sql, params } of list) prepared(sql).all(named(sql, params));
    },
    async csvRows(select, params) {
      const statement = prepared(select);
      let rows = 0;
      let bytes = statement
        .columns()
        .map((column) => column.name)
        .join(',').length + 1;
      for (const row of statement.raw(true).iterate(named(select, params)) as Iterable<unknown[]>) {
        bytes += row.map(csvField).join(',').length + 1;
        rows += 1;
      }
      statement.raw(false);
      return { rows, bytes };
    },
    close: async () => {
      db.close();
    },
  };
}

export interface PreparedDatabase {
  /** True when the data was already there (--reuse and the right number of clinics). */
  reused: boolean;
  /** Why it was (re)seeded, or reused. */
  reason: string;
}

/** Clinics in the bench database, or null when it (or its schema) does not exist yet. */
async function clinicCount(target: BenchTarget): Promise<number | null> {
  if (target.engine === 'postgres') {
    const admin = new Client({ connectionString: target.serverUrl });
    await admin.connect();
    try {
      const found = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [target.databaseName]);
      if (found.rowCount === 0) return null;
    } finally {
      await admin.end();
    }
    const client = new Client({ connectionString: target.databaseUrl });
    await client.connect();
    try {
      const table = await client.query(`SELECT to_regclass('public.clinic') IS NOT NULL AS present`);
      if (!(table.rows[0] as { present: boolean }).present) return null;
      return Number((await client.query('SELECT COUNT(*) AS n FROM clinic')).rows[0].n);
    } finally {
      await client.end();
    }
  }
  if (!fs.existsSync(target.sqlitePath as string)) return null;
  const db = new Database(target.sqlitePath as string, { readonly: true });
  try {
    const table = db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'clinic'`).get();
    return table ? Number((db.prepare('SELECT COUNT(*) AS n FROM clinic').get() as { n: number }).n) : null;
  } finally {
    db.close();
  }
}

/**
 * Reuses the bench database when asked and it holds exactly the size's clinics; otherwise drops it
 * and creates it empty, for the seed to fill.
 */
export async function prepareDatabase(target: BenchTarget, size: Size, reuse: boolean): Promise<PreparedDatabase> {
  const expected = SIZES[size].clinics;
  const clinics = await clinicCount(target);
  if (reuse && clinics === expected) return { reused: true, reason: `reused: it already holds ${clinics} clinic(s)` };
  const reason = !reuse
    ? 'seeded afresh (no --reuse)'
    : clinics === null
      ? 'seeded: no bench database yet'
      : `seeded afresh: it held ${clinics} clinic(s), not ${expected}`;
  await dropDatabase(target);
  if (target.engine === 'postgres') {
    const admin = new Client({ connectionString: target.serverUrl });
    await admin.connect();
    try {
      await admin.query(`CREATE DATABASE ${target.databaseName as string}`);
    } finally {
      await admin.end();
    }
  }
  return { reused: false, reason };
}

export async function dropDatabase(target: BenchTarget): Promise<void> {
  if (target.engine === 'postgres') {
    const admin = new Client({ connectionString: target.serverUrl });
    await admin.connect();
    try {
      await admin.query(`DROP DATABASE IF EXISTS ${target.databaseName as string} WITH (FORCE)`);
    } finally {
      await admin.end();
    }
    return;
  }
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${target.sqlitePath as string}${suffix}`, { force: true });
}

/** What `seed --json` prints (the fields the bench reads). */
export interface SeedSummary {
  clinics: number;
  patients: number;
  episodes: number;
  sessions: number;
  rows: number;
  seconds: number;
  rowsPerSecond: number;
  method: string;
  parallelLoads: number;
  phases?: Record<string, number>;
  generationWaitSeconds?: number;
}

export interface SeedRun {
  /** From starting the seed command to its exit: Node's start, migrations, hashing, generation, loads, ANALYZE. */
  wallSeconds: number;
  summary: SeedSummary;
  command: string;
}

/** Runs the built seed command (dist/tools/seed) into the bench database, as an operator would. */
export async function seedDatabase(target: BenchTarget, size: Size, workspaceRoot: string): Promise<SeedRun> {
  const main = path.join(workspaceRoot, 'dist', 'tools', 'seed', 'src', 'main.js');
  if (!fs.existsSync(main)) throw new Error(`No built seed command at ${main}: run \`npm run build\` first.`);
  const { clinics, patientsPerClinic } = SIZES[size];
  const args = ['--clinics', String(clinics), '--patients', String(patientsPerClinic), '--seed', String(SEED), '--json'];
  const env: NodeJS.ProcessEnv = { ...process.env };
  if (target.engine === 'postgres') env['DATABASE_URL'] = target.databaseUrl;
  else {
    delete env['DATABASE_URL'];
    args.push('--sqlite', target.sqlitePath as string);
  }
  const started = process.hrtime.bigint();
  const child = spawn(process.execPath, [main, ...args], { cwd: workspaceRoot, env, stdio: ['ignore', 'pipe', 'inherit'] });
  let stdout = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', resolve);
  });
  const wallSeconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (code !== 0) throw new Error(`The seed command failed (exit code ${code}): ${stdout}`);
  const line = stdout.trim().split('\n').pop() ?? '';
  return {
    wallSeconds,
    summary: JSON.parse(line) as SeedSummary,
    command: `node dist/tools/seed/src/main.js ${args.join(' ')}`,
  };
}
