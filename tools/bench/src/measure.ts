import { BodyRegion, Position, Technique } from '@outcomes/models';
import { randomBytes } from 'node:crypto';
import { type ApiProcess, cpuSeconds, procStatusKb, resetPeakRss } from './api-process';
import * as baselines from './baselines';
import type { RawDatabase } from './database';
import { graphQL, graphQLBody, RECORD_SESSION, SESSION_COUNT } from './graphql';
import { type LoadRun, runHttpLoad, runLoop, warmUp } from './load-runner';
import type { Figure, Goal } from './report';
import { ratios } from './stats';

/** What a measurement needs to know about the running system. */
export interface Bench {
  api: ApiProcess;
  raw: RawDatabase;
  runs: number;
  /** Seconds per load run. */
  seconds: number;
  /** Progress for the operator (stderr). */
  say: (line: string) => void;
}

/** Per-run details kept in the JSON beside the figures. */
export type RunLog = Record<string, unknown>;

export interface Scenario {
  id: string;
  label: string;
  /** The GraphQL request, asked for afresh per request (one owner after another, say). */
  nextRequest: () => { body: string; cookie: string };
  /** The raw-SQL statements for the same aggregate over the base tables, asked for afresh per request. */
  nextBaseline: () => baselines.Statement[];
  /** Goals by client count (the issues set them for one warm client). */
  goals?: Partial<Record<number, Goal>>;
  note: string;
}

function failureNote(runs: readonly LoadRun[]): string | undefined {
  const failures = runs.reduce((sum, run) => sum + run.failures, 0);
  if (failures === 0) return undefined;
  const requests = runs.reduce((sum, run) => sum + run.latencies.length + run.failures, 0);
  return `${failures} of ${requests} requests failed (first: ${runs.find((run) => run.firstFailure)?.firstFailure ?? 'no detail'}).`;
}

/** A figure from a set of runs: no number only when no request answered; failures are counted and told. */
function latencyFigure(id: string, label: string, runs: readonly LoadRun[], pick: (run: LoadRun) => number, goal?: Goal, note?: string): Figure {
  const failed = failureNote(runs);
  const failures = runs.reduce((sum, run) => sum + run.failures, 0);
  const answered = runs.filter((run) => run.latencies.length > 0);
  const text = [note, failed].filter(Boolean).join(' ');
  return {
    id,
    label,
    unit: id.endsWith('.throughput') ? 'req/s' : 'ms',
    values: answered.map(pick),
    ...(goal ? { goal } : {}),
    ...(answered.length === 0 ? { unavailable: failed ?? 'no request answered.' } : {}),
    ...(failures > 0 ? { failures } : {}),
    ...(text ? { note: text } : {}),
  };
}

const runSummary = (run: LoadRun): RunLog => ({
  connections: run.connections,
  seconds: run.seconds,
  requests: run.latencies.length,
  throughput: run.throughput,
  p50: run.p50,
  p99: run.p99,
  failures: run.failures,
});

/**
 * GraphQL at 1 and at 20 clients beside the raw SQL over the base tables at the same concurrency,
 * runs interleaved (GraphQL run i, then SQL run i) so each pair meets the same machine; a short
 * warm-up of each first. The ratio is GraphQL p50 ÷ SQL p50 per pair.
 */
export async function measureScenario(bench: Bench, scenario: Scenario, log: RunLog): Promise<Figure[]> {
  const figures: Figure[] = [];
  for (const clients of [1, 20]) {
    const load = { url: bench.api.url, connections: clients, nextRequest: scenario.nextRequest };
    const sqlPossible = clients <= bench.raw.maxConcurrency;
    const sql = (seconds: number): Promise<LoadRun> =>
      runLoop(clients, seconds, () => bench.raw.batch(scenario.nextBaseline()));
    bench.say(`${scenario.label}, ${clients} client(s): warm-up, then ${bench.runs} × ~${bench.seconds} s GraphQL${sqlPossible ? ' and raw SQL' : ''}`);
    const amount = await warmUp(load, bench.seconds);
    if (sqlPossible) await sql(Math.min(1, bench.seconds));
    const graphQLRuns: LoadRun[] = [];
    const sqlRuns: LoadRun[] = [];
    let apiCpu = 0;
    for (let run = 0; run < bench.runs; run += 1) {
      const cpuBefore = cpuSeconds(bench.api.pid);
      graphQLRuns.push(await runHttpLoad({ ...load, amount }));
      apiCpu += cpuSeconds(bench.api.pid) - cpuBefore;
      if (sqlPossible) sqlRuns.push(await sql(bench.seconds));
    }
    const answered = graphQLRuns.reduce((sum, run) => sum + run.latencies.length, 0);
    log[`${scenario.id}.c${clients}`] = {
      graphQL: graphQLRuns.map(runSummary),
      sql: sqlRuns.map(runSummary),
      // What one request costs the API's own (single) thread, beside what it costs the database.
      apiCpuMsPerRequest: answered > 0 ? (apiCpu * 1000) / answered : null,
    };
    const suffix = `${clients} client${clients === 1 ? '' : 's'}`;
    figures.push(
      latencyFigure(
        `${scenario.id}.graphql.c${clients}`,
        `${scenario.label}: GraphQL p50, ${suffix}`,
        graphQLRuns,
        (run) => run.p50,
        scenario.goals?.[clients],
        [clients === 1 ? scenario.note : undefined, answered > 0 ? `The API's process used ${((apiCpu * 1000) / answered).toFixed(1)} ms of CPU per request.` : undefined]
          .filter(Boolean)
          .join(' '),
      ),
    );
    if (!sqlPossible) {
      const reason = 'better-sqlite3 answers one statement at a time, so 20 concurrent raw-SQL clients measure nothing new.';
      figures.push({ id: `${scenario.id}.sql.c${clients}`, label: `${scenario.label}: raw SQL p50, ${suffix}`, unit: 'ms', values: [], unavailable: reason });
      figures.push({ id: `${scenario.id}.ratio.c${clients}`, label: `${scenario.label}: GraphQL ÷ raw SQL, ${suffix}`, unit: 'ratio', values: [], unavailable: 'no raw-SQL figure.' });
      continue;
    }
    const sqlFigure = latencyFigure(`${scenario.id}.sql.c${clients}`, `${scenario.label}: raw SQL p50, ${suffix}`, sqlRuns, (run) => run.p50);
    figures.push(sqlFigure);
    const graphQLFigure = figures[figures.length - 2] as Figure;
    figures.push({
      id: `${scenario.id}.ratio.c${clients}`,
      label: `${scenario.label}: GraphQL ÷ raw SQL, ${suffix}`,
      unit: 'ratio',
      values: ratios(graphQLFigure.values, sqlFigure.values),
    });
  }
  return figures;
}

/** Raw SQL alone, at one client: figures the API has no request for. */
export async function measureSqlOnly(bench: Bench, id: string, label: string, statements: baselines.Statement[], note: string, log: RunLog): Promise<Figure> {
  bench.say(`${label}: warm-up, then ${bench.runs} × ${bench.seconds} s`);
  await runLoop(1, Math.min(1, bench.seconds), () => bench.raw.batch(statements));
  const runs: LoadRun[] = [];
  for (let run = 0; run < bench.runs; run += 1) runs.push(await runLoop(1, bench.seconds, () => bench.raw.batch(statements)));
  log[id] = runs.map(runSummary);
  return latencyFigure(id, label, runs, (run) => run.p50, undefined, note);
}

/** A function of the API's code called in this process (no HTTP), p50 over runs of back-to-back calls. */
export async function measureCall(bench: Bench, id: string, label: string, call: () => Promise<void>, goal: Goal | undefined, note: string, log: RunLog): Promise<Figure> {
  bench.say(`${label}: warm-up, then ${bench.runs} × ${bench.seconds} s`);
  await runLoop(1, Math.min(1, bench.seconds), call);
  const runs: LoadRun[] = [];
  for (let run = 0; run < bench.runs; run += 1) runs.push(await runLoop(1, bench.seconds, call));
  log[id] = runs.map(runSummary);
  return latencyFigure(id, label, runs, (run) => run.p50, goal, note);
}

export interface WriteTarget {
  cookie: string;
  /** Active episodes open for a session on `sessionDate`. */
  episodeIds: string[];
  sessionDate: string;
}

/** A new session's recordSession input for the index-th write: one of the target's episodes in turn. */
function newSessionInput(target: WriteTarget, clientRequestId: string, index: number): Record<string, unknown> {
  return {
    clientRequestId,
    episodeId: target.episodeIds[index % target.episodeIds.length],
    sessionDate: target.sessionDate,
    painBefore: index % 11,
    painAfter: null,
    techniques: [Technique.SWEDISH, Technique.TRIGGER_POINT],
    regions: [BodyRegion.LUMBAR],
    position: Position.PRONE,
    minutes: 45,
    redFlags: [],
    notes: null,
  };
}

/**
 * recordSession at 20 clients: each request a new session (a fresh clientRequestId; the API is
 * idempotent per id, so a repeated id would measure a replay), spread over many active episodes
 * of the largest clinic so that writes do not queue on one episode's rollups.
 */
export async function measureWrites(bench: Bench, target: WriteTarget, goals: { throughput: Goal; p99: Goal }, log: RunLog): Promise<Figure[]> {
  const runTag = randomBytes(6).toString('hex');
  let counter = 0;
  const nextRequest = (): { body: string; cookie: string } => {
    counter += 1;
    const input = newSessionInput(target, `bench-${runTag}-${counter}`, counter);
    return { body: graphQLBody(RECORD_SESSION, { input }), cookie: target.cookie };
  };
  bench.say(`recordSession, 20 clients: warm-up, then ${bench.runs} × ~${bench.seconds} s over ${target.episodeIds.length} episodes`);
  const load = { url: bench.api.url, connections: 20, nextRequest };
  const amount = await warmUp(load, bench.seconds);
  const runs: LoadRun[] = [];
  const cpuBefore = cpuSeconds(bench.api.pid);
  for (let run = 0; run < bench.runs; run += 1) runs.push(await runHttpLoad({ ...load, amount }));
  const written = runs.reduce((sum, run) => sum + run.latencies.length, 0);
  const apiCpuMs = written > 0 ? ((cpuSeconds(bench.api.pid) - cpuBefore) * 1000) / written : Number.NaN;
  log['writes.c20'] = { episodes: target.episodeIds.length, sessionsWritten: counter, apiCpuMsPerRequest: apiCpuMs, runs: runs.map(runSummary) };
  const note =
    `${target.episodeIds.length} active episodes of the largest clinic in turn, dated ${target.sessionDate}; each write adds a session ` +
    `(${counter} in all, warm-up included). The API's process used ${apiCpuMs.toFixed(1)} ms of CPU per write.`;
  return [
    latencyFigure('writes.throughput', 'recordSession: sessions written per second, 20 clients', runs, (run) => run.throughput, goals.throughput, note),
    latencyFigure('writes.p99', 'recordSession: p99 latency, 20 clients', runs, (run) => run.p99, goals.p99),
  ];
}

/**
 * A query right after a write, 1 client: before each timed request one recordSession (not timed),
 * so the clinic's cube has a delta pending and no figure kept from before applies (see
 * CubeFigureCache): the figures are computed afresh from the cube's documents and the deltas.
 */
export async function measureAfterWrite(
  bench: Bench,
  target: WriteTarget,
  read: { id: string; label: string; query: string; cookie: string; goal?: Goal; note: string },
  log: RunLog,
): Promise<Figure> {
  let counter = 0;
  const runTag = randomBytes(6).toString('hex');
  const write = async (): Promise<void> => {
    counter += 1;
    const input = newSessionInput(target, `bench-after-${runTag}-${counter}`, counter);
    await graphQL(bench.api.url, target.cookie, RECORD_SESSION, { input });
  };
  const query = async (): Promise<void> => {
    await graphQL(bench.api.url, read.cookie, read.query);
  };
  bench.say(`${read.label}: warm-up, then ${bench.runs} × ${bench.seconds} s`);
  await runLoop(1, Math.min(1, bench.seconds), query, write);
  const runs: LoadRun[] = [];
  for (let run = 0; run < bench.runs; run += 1) runs.push(await runLoop(1, bench.seconds, query, write));
  log[read.id] = { sessionsWritten: counter, runs: runs.map(runSummary) };
  return latencyFigure(read.id, read.label, runs, (run) => run.p50, read.goal, `${read.note} ${counter} sessions written in all.`);
}

/** A session just written shows in the very next query: total sessions before, one write, total after. */
export async function readYourWrite(bench: Bench, target: WriteTarget, goal: Goal): Promise<Figure> {
  type Count = { outcomeSummary: { total: { sessions: number | null } } };
  const sessions = async (): Promise<number> =>
    Number((await graphQL<Count>(bench.api.url, target.cookie, SESSION_COUNT)).outcomeSummary.total.sessions);
  const values: number[] = [];
  for (let run = 0; run < bench.runs; run += 1) {
    const before = await sessions();
    const input = newSessionInput(target, `bench-ryw-${randomBytes(8).toString('hex')}`, run);
    await graphQL(bench.api.url, target.cookie, RECORD_SESSION, { input });
    values.push((await sessions()) === before + 1 ? 1 : 0);
  }
  return {
    id: 'writes.read-your-write',
    label: 'a session just written shows in the next query',
    unit: 'yes/no',
    values: [Math.min(...values)],
    goal,
    note: `${values.filter((value) => value === 1).length} of ${values.length} writes were counted by the outcomeSummary that followed.`,
  };
}

export interface ExportFigures {
  figures: Figure[];
  log: RunLog;
}

/**
 * The anonymized sessions CSV through the API (GET /exports/sessions.csv, as the researcher),
 * rows per second and the API process's peak RSS while it streams (VmHWM, reset before each
 * run), beside COPY of the clinic's session rows straight from the database.
 */
export async function measureExport(bench: Bench, cookie: string, clinicId: string, goals: { rows: Goal; rss: Goal }): Promise<ExportFigures> {
  const route = '/exports/sessions.csv';
  const apiRate: number[] = [];
  const peakMb: number[] = [];
  const rawRate: number[] = [];
  const log: RunLog = {};
  let unavailable: string | undefined;
  let peakResettable = true;
  bench.say(`export: ${bench.runs} × GET ${route} and COPY`);
  for (let run = 0; run < bench.runs && !unavailable; run += 1) {
    peakResettable = resetPeakRss(bench.api.pid) && peakResettable;
    const started = process.hrtime.bigint();
    const response = await fetch(`${bench.api.url}${route}`, { headers: { cookie } });
    if (response.status !== 200) {
      const text = (await response.text()).slice(0, 200);
      unavailable =
        response.status === 404
          ? `GET ${route} answered 404: the export route is not in this build.`
          : `GET ${route} answered HTTP ${response.status}: ${text}`;
      break;
    }
    let bytes = 0;
    let lines = 0;
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      bytes += chunk.length;
      for (let at = chunk.indexOf(10); at >= 0; at = chunk.indexOf(10, at + 1)) lines += 1;
    }
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const declared = Number(response.headers.get('x-export-rows'));
    const rows = Number.isFinite(declared) && declared > 0 ? declared : lines - 1;
    apiRate.push(rows / seconds);
    peakMb.push(procStatusKb(bench.api.pid, 'VmHWM') / 1024);
    log[`api.${run}`] = { rows, bytes, seconds, lines };

    const copyStarted = process.hrtime.bigint();
    const copied = await bench.raw.csvRows(baselines.CLINIC_SESSION_ROWS, { clinicId });
    const copySeconds = Number(process.hrtime.bigint() - copyStarted) / 1e9;
    rawRate.push(copied.rows / copySeconds);
    log[`copy.${run}`] = { ...copied, seconds: copySeconds };
  }
  if (unavailable) {
    // The raw side is still worth a number: it is what the export will be compared with.
    for (let run = 0; run < bench.runs; run += 1) {
      const started = process.hrtime.bigint();
      const copied = await bench.raw.csvRows(baselines.CLINIC_SESSION_ROWS, { clinicId });
      rawRate.push(copied.rows / (Number(process.hrtime.bigint() - started) / 1e9));
      log[`copy.${run}`] = copied;
    }
  }
  const copyLabel = bench.raw.engine === 'postgres' ? 'COPY … TO STDOUT (CSV)' : 'raw SELECT written as CSV here (SQLite has no COPY)';
  return {
    log,
    figures: [
      { id: 'export.rows', label: 'export: anonymized CSV rows per second (API)', unit: 'rows/s', values: apiRate, goal: goals.rows, ...(unavailable ? { unavailable } : {}) },
      {
        id: 'export.rss',
        label: 'export: API peak RSS while exporting',
        unit: 'MB',
        values: peakMb,
        goal: goals.rss,
        ...(unavailable ? { unavailable } : {}),
        ...(peakResettable ? {} : { note: 'the kernel would not reset VmHWM, so this is the peak since the API started.' }),
      },
      {
        id: 'export.copy',
        label: `export baseline: ${copyLabel} rows per second`,
        unit: 'rows/s',
        values: rawRate,
        note: "the largest clinic's treatment_session rows, all columns, counted as they arrive.",
      },
      {
        id: 'export.ratio',
        label: 'export: API ÷ raw rows per second',
        unit: 'ratio',
        values: unavailable ? [] : ratios(apiRate, rawRate),
        ...(unavailable ? { unavailable: 'no export figure.' } : {}),
      },
    ],
  };
}
