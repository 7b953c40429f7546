import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import type { PoolClient } from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import type { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { CopyBinaryRecords, copyStatement, dataSourceOptions, ExportFile, ExportRun, type RowShape, TenantTransactions } from './api';
import { exportsServiceFor } from './main';

/**
 * Measures the sessions export the way the issue asks: over HTTP from a running API process,
 * rows per second and that process's resident memory sampled throughout, beside
 * `COPY (the same query) TO STDOUT CSV` on PostgreSQL (the database's own ceiling for those rows).
 * The benchmark tool imports measureSessionsExport; `node measure.js --help` runs it by hand.
 */

export interface RssSample {
  /** Seconds since sampling started. */
  at: number;
  kb: number;
}

/** Samples a process's resident set (VmRSS, /proc: Linux) every `everyMs` until stopped. */
export function sampleRss(pid: number, everyMs = 20): { stop(): RssSample[] } {
  const samples: RssSample[] = [];
  const started = process.hrtime.bigint();
  const read = (): void => {
    const kb = residentKb(pid, 'VmRSS');
    if (kb !== null) samples.push({ at: Number(process.hrtime.bigint() - started) / 1e9, kb });
  };
  read();
  const timer = setInterval(read, everyMs);
  return {
    stop() {
      clearInterval(timer);
      read();
      return samples;
    },
  };
}

/** VmRSS (now) or VmHWM (peak since start) of a process, in kB; null when it is gone. */
export function residentKb(pid: number, field: 'VmRSS' | 'VmHWM'): number | null {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}

/** The session cookie of a login, through the GraphQL login mutation. */
export async function login(baseUrl: string, email: string, password: string): Promise<string> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation($input: LoginInput!) { login(input: $input) { id } }', variables: { input: { email, password } } }),
  });
  const cookie = response.headers.getSetCookie()[0]?.split(';')[0];
  if (!cookie) throw new Error(`Login failed with status ${response.status}`);
  return cookie;
}

export interface DownloadTiming {
  status: number;
  exportId: string;
  expectedRows: number;
  /** CSV records received, header excluded. */
  rows: number;
  bytes: number;
  /** Request sent → status and headers received (for a new export: the planning). */
  headersSeconds: number;
  /** Headers → last byte: the streaming. */
  streamSeconds: number;
  totalSeconds: number;
}

/**
 * Downloads a file, reading as fast as it arrives and keeping nothing: counts bytes and CRLFs.
 * Cells of this export never hold a line break, so CRLFs count the records.
 */
export function timeDownload(baseUrl: string, path: string, cookie: string): Promise<DownloadTiming> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const seconds = (): number => Number(process.hrtime.bigint() - started) / 1e9;
    const request = http.get(`${baseUrl}${path}`, { headers: { cookie } }, (response) => {
      const headersSeconds = seconds();
      let bytes = 0;
      let lines = 0;
      let previous = 0;
      response.on('data', (chunk: Buffer) => {
        bytes += chunk.length;
        for (let index = chunk.indexOf(10); index !== -1; index = chunk.indexOf(10, index + 1)) {
          const before = index > 0 ? chunk[index - 1] : previous;
          if (before === 13) lines += 1;
        }
        previous = chunk[chunk.length - 1] ?? 0;
      });
      response.on('end', () => {
        const totalSeconds = seconds();
        resolve({
          status: response.statusCode ?? 0,
          exportId: String(response.headers['x-export-id'] ?? ''),
          expectedRows: Number(response.headers['x-export-rows'] ?? NaN),
          rows: Math.max(0, lines - 1),
          bytes,
          headersSeconds,
          streamSeconds: totalSeconds - headersSeconds,
          totalSeconds,
        });
      });
      response.on('error', reject);
    });
    request.on('error', reject);
  });
}

export interface CopyTiming {
  strategy: string;
  rows: number;
  bytes: number;
  seconds: number;
}

/**
 * COPY of the sessions query of an export straight from the server: the same statement, role,
 * clinic and settings as the export's stream, in a transaction of the same kind, read and
 * dropped. Shape 'records' is the export's own statement (COPY's binary format, one row per
 * episode: its count of records and their text, read as the export reads it); 'cells' is COPY (the same rows, one column per cell) TO STDOUT CSV, the ceiling the issue
 * compares with (the rows counted are its LFs but the header's). The export's own path adds
 * the header, the HTTP hop and the API.
 */
export async function timeCopy(databaseUrl: string, exportId: string, shape: RowShape): Promise<CopyTiming> {
  const dataSource = await new DataSource(dataSourceOptions({ databaseUrl, sqlitePath: ':memory:' })).initialize();
  try {
    const run = await dataSource.getRepository(ExportRun).findOneByOrFail({ id: exportId });
    const service = exportsServiceFor(dataSource);
    return await new TenantTransactions(dataSource).run(run.clinicId, async (manager) => {
      const strategy = await service.joinStrategyFor(manager, run, ExportFile.SESSIONS);
      await service.tuneSession(manager, strategy);
      const statement = copyStatement(service.boundQuery(ExportFile.SESSIONS, strategy, run, shape), shape);
      const client = (await (manager.queryRunner as PostgresQueryRunner).connect()) as PoolClient;
      const started = process.hrtime.bigint();
      const stream = client.query(copyTo(statement));
      let bytes = 0;
      let rows = 0;
      if (shape === 'records') {
        // Read and counted as the export reads them (the CSV it writes is dropped here).
        const reader = new CopyBinaryRecords([]);
        stream.on('data', (chunk: Buffer) => (bytes += chunk.length));
        await pipeline(stream, reader, new Writable({ write: (_chunk, _encoding, callback) => callback() }));
        rows = reader.rows;
      } else {
        let lines = 0;
        for await (const chunk of stream as AsyncIterable<Buffer>) {
          bytes += chunk.length;
          for (let index = chunk.indexOf(10); index !== -1; index = chunk.indexOf(10, index + 1)) lines += 1;
        }
        rows = Math.max(0, lines - 1);
      }
      return { strategy, rows, bytes, seconds: Number(process.hrtime.bigint() - started) / 1e9 };
    });
  } finally {
    await dataSource.destroy();
  }
}

export interface MeasureOptions {
  /** The running API, e.g. http://127.0.0.1:3000, and its process id (for its memory). */
  baseUrl: string;
  apiPid: number;
  /** postgres:// URL of the API's database, for the COPY comparison; omitted: no COPY. */
  databaseUrl?: string;
  /** An OWNER or RESEARCHER login of the clinic to export. */
  email: string;
  password: string;
  /** The export request as a query string ('' = the whole clinic, k = 5). */
  query?: string;
}

export interface MeasureResult {
  /** A new export: plan (k-anonymity, study ids) + sessions file. */
  fresh: DownloadTiming & { rowsPerSecond: number; streamRowsPerSecond: number };
  /** The same export's sessions file again (?exportId=): streaming only. */
  again: DownloadTiming & { rowsPerSecond: number };
  /** COPY of the export's own statement (its records). */
  copy: (CopyTiming & { rowsPerSecond: number }) | null;
  /** COPY (the same rows as cells) TO STDOUT CSV. */
  copyCsv: (CopyTiming & { rowsPerSecond: number }) | null;
  memory: { idleKb: number | null; peakKb: number; peakSecondsIn: number; samples: number; processPeakSinceStartKb: number | null };
}

const perSecond = (rows: number, seconds: number): number => (seconds > 0 ? Math.round(rows / seconds) : 0);

export async function measureSessionsExport(options: MeasureOptions): Promise<MeasureResult> {
  const cookie = await login(options.baseUrl, options.email, options.password);
  const idleKb = residentKb(options.apiPid, 'VmRSS');
  const sampler = sampleRss(options.apiPid);
  let samples: RssSample[] = [];
  let fresh: DownloadTiming;
  let again: DownloadTiming;
  try {
    fresh = await timeDownload(options.baseUrl, `/exports/sessions.csv${options.query ? `?${options.query}` : ''}`, cookie);
    if (fresh.status !== 200) throw new Error(`GET /exports/sessions.csv answered ${fresh.status}`);
    again = await timeDownload(options.baseUrl, `/exports/sessions.csv?exportId=${fresh.exportId}`, cookie);
  } finally {
    samples = sampler.stop();
  }
  const peak = samples.reduce((max, sample) => (sample.kb > max.kb ? sample : max), { at: 0, kb: 0 });
  const copy = options.databaseUrl ? await timeCopy(options.databaseUrl, fresh.exportId, 'records') : null;
  const copyCsv = options.databaseUrl ? await timeCopy(options.databaseUrl, fresh.exportId, 'cells') : null;
  return {
    fresh: { ...fresh, rowsPerSecond: perSecond(fresh.rows, fresh.totalSeconds), streamRowsPerSecond: perSecond(fresh.rows, fresh.streamSeconds) },
    again: { ...again, rowsPerSecond: perSecond(again.rows, again.totalSeconds) },
    copy: copy ? { ...copy, rowsPerSecond: perSecond(copy.rows, copy.seconds) } : null,
    copyCsv: copyCsv ? { ...copyCsv, rowsPerSecond: perSecond(copyCsv.rows, copyCsv.seconds) } : null,
    memory: {
      idleKb,
      peakKb: peak.kb,
      peakSecondsIn: peak.at,
      samples: samples.length,
      processPeakSinceStartKb: residentKb(options.apiPid, 'VmHWM'),
    },
  };
}

/** Starts an API process (e.g. `node dist/apps/api/src/main.js`) and waits until it answers HTTP. */
export async function startApi(command: string[], env: NodeJS.ProcessEnv, port: number, timeoutMs = 120_000): Promise<ChildProcess> {
  const [program, ...args] = command;
  if (!program) throw new Error('No API command');
  const child = spawn(program, args, { env: { ...process.env, ...env, PORT: String(port) }, stdio: ['ignore', 'ignore', 'inherit'] });
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The API exited with ${child.exitCode}`);
    try {
      await fetch(`http://127.0.0.1:${port}/health/live`);
      return child;
    } catch {
      if (Date.now() > deadline) {
        child.kill();
        throw new Error('The API did not answer in time');
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

export const MEASURE_USAGE = `Usage: measure --email EMAIL --password PASSWORD (--api-pid PID --base-url URL | --start-api "node dist/apps/api/src/main.js") [--query 'conditions=SCIATICA&k=5'] [--port 3917]
Times GET /exports/sessions.csv on a running API (memory sampled from /proc/PID/status) and,
with DATABASE_URL=postgres://..., COPY of the same rows. Prints JSON.`;

async function measureMain(argv: readonly string[]): Promise<number> {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      email: { type: 'string' },
      password: { type: 'string' },
      'api-pid': { type: 'string' },
      'base-url': { type: 'string' },
      'start-api': { type: 'string' },
      port: { type: 'string', default: '3917' },
      query: { type: 'string', default: '' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help || !values.email || !values.password || (!values['start-api'] && !(values['api-pid'] && values['base-url']))) {
    process.stdout.write(`${MEASURE_USAGE}\n`);
    return values.help ? 0 : 2;
  }
  const databaseUrl = process.env['DATABASE_URL'];
  let child: ChildProcess | null = null;
  try {
    let baseUrl = values['base-url'] ?? '';
    let apiPid = Number(values['api-pid']);
    if (values['start-api']) {
      const port = Number(values.port);
      child = await startApi(values['start-api'].split(' '), {}, port);
      baseUrl = `http://127.0.0.1:${port}`;
      apiPid = child.pid ?? 0;
      // Let the fresh process settle (startup garbage collected) before its idle memory is read.
      await new Promise((resolve) => setTimeout(resolve, 5000));
    }
    const result = await measureSessionsExport({ baseUrl, apiPid, databaseUrl, email: values.email, password: values.password, query: values.query });
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    return 0;
  } finally {
    child?.kill();
  }
}

if (require.main === module) {
  measureMain(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`Measuring failed: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
