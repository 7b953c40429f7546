import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { deploymentTrajectory } from '@outcomes/api/src/analytics/analytics.service';
import { dataSourceOptions } from '@outcomes/api/src/database/data-source';
import { DataSource } from 'typeorm';
import { startApi } from './api-process';
import * as baselines from './baselines';
import { CHROMIUM_EXECUTABLE } from './browser';
import { initialJs, measurePaint } from './dashboard';
import { type BenchTarget, benchTarget, dropDatabase, openRawDatabase, prepareDatabase, type RawDatabase, seedDatabase, type SeedRun } from './database';
import { GOALS } from './goals';
import { CASELOAD, CLINIC_TRAJECTORY, graphQLBody, login, OWNER_OVERVIEW, PASSWORD } from './graphql';
import { type Bench, measureAfterWrite, measureCall, measureExport, measureScenario, measureSqlOnly, measureWrites, readYourWrite, type RunLog } from './measure';
import { type BenchOptions, parseBenchArgs, SIZES, usage, UsageError } from './options';
import { ENGINE_NAMES, type Figure, renderReport, type RunContext, tableRow, verdict } from './report';
import { spread } from './stats';

/** The repository root (where nx.json is), from dist/tools/bench/src or tools/bench/src. */
function workspaceRoot(from: string): string {
  for (let directory = from; ; directory = path.dirname(directory)) {
    if (fs.existsSync(path.join(directory, 'nx.json'))) return directory;
    if (path.dirname(directory) === directory) return process.cwd();
  }
}

interface Dataset {
  clinics: { id: string; patients: number; episodes: number; sessions: number; ownerEmail: string; researcherEmail: string }[];
  patients: number;
  episodes: number;
  sessions: number;
}

async function datasetOf(raw: RawDatabase): Promise<Dataset> {
  const rows = await raw.query<{ id: string; patients: string; episodes: string; sessions: string; owner_email: string; researcher_email: string }>(
    `SELECT c.id AS id,
       (SELECT COUNT(*) FROM patient p WHERE p.clinic_id = c.id) AS patients,
       (SELECT COUNT(*) FROM episode e WHERE e.clinic_id = c.id) AS episodes,
       (SELECT COUNT(*) FROM treatment_session s WHERE s.clinic_id = c.id) AS sessions,
       (SELECT MIN(u.email) FROM app_user u WHERE u.clinic_id = c.id AND u.role = 'OWNER') AS owner_email,
       (SELECT MIN(u.email) FROM app_user u WHERE u.clinic_id = c.id AND u.role = 'RESEARCHER') AS researcher_email
     FROM clinic c`,
  );
  const clinics = rows
    .map((row) => ({
      id: row.id,
      patients: Number(row.patients),
      episodes: Number(row.episodes),
      sessions: Number(row.sessions),
      ownerEmail: row.owner_email,
      researcherEmail: row.researcher_email,
    }))
    .sort((a, b) => b.sessions - a.sessions || a.id.localeCompare(b.id));
  const sum = (key: 'patients' | 'episodes' | 'sessions'): number => clinics.reduce((total, clinic) => total + clinic[key], 0);
  return { clinics, patients: sum('patients'), episodes: sum('episodes'), sessions: sum('sessions') };
}

const MS_PER_DAY = 86_400_000;

async function run(options: BenchOptions, root: string, say: (line: string) => void): Promise<{ figures: Figure[]; json: Record<string, unknown> }> {
  const context: RunContext = { size: options.size, engine: options.engine };
  const startedAt = new Date();
  const loadBefore = os.loadavg();
  const target = benchTarget(options.size, options.serverUrl, root);
  const where = target.engine === 'postgres' ? `PostgreSQL database ${target.databaseName}` : `SQLite ${path.relative(root, target.sqlitePath as string)}`;
  say(`Bench ${options.size} (${SIZES[options.size].description}) on ${where}; load average ${loadBefore.map((value) => value.toFixed(2)).join(' ')}`);

  // The browser is needed last, after minutes of measuring: check for it before anything runs.
  if (!fs.existsSync(CHROMIUM_EXECUTABLE)) {
    throw new Error(`The dashboard figures need Chromium at ${CHROMIUM_EXECUTABLE} (Debian: apt-get install chromium); nothing was measured.`);
  }
  const figures: Figure[] = [];
  const log: RunLog = {};
  const prepared = await prepareDatabase(target, options.size, options.reuse);
  let seed: SeedRun | null = null;
  if (prepared.reused) {
    say(`Database ${prepared.reason}.`);
  } else {
    say(`Seeding (${prepared.reason}) …`);
    seed = await seedDatabase(target, options.size, root);
    say(`Seeded ${seed.summary.rows} rows in ${seed.wallSeconds.toFixed(1)} s.`);
  }
  const seedNote = seed
    ? `\`${seed.command}\` from start to exit (Node's start, migrations, password hash, generation, ${seed.summary.method.toUpperCase()} over ` +
      `${seed.summary.parallelLoads} connection(s), rollups, ANALYZE); the seed's own clock: ${seed.summary.seconds.toFixed(1)} s.`
    : `not measured: the database was ${prepared.reason} (run without --reuse to measure seeding).`;
  figures.push(
    { id: 'seed.seconds', label: 'seeding: time', unit: 's', values: seed ? [seed.wallSeconds] : [], goal: GOALS.seedSeconds, ...(seed ? { note: seedNote } : { unavailable: seedNote }) },
    { id: 'seed.rows', label: 'seeding: rows per second', unit: 'rows/s', values: seed ? [seed.summary.rows / seed.wallSeconds] : [], ...(seed ? {} : { unavailable: 'see seeding: time.' }) },
  );

  const raw = await openRawDatabase(target);
  let apiLog: { readyMs: number; lines: number; tail: string[] } | null = null;
  try {
    const dataset = await datasetOf(raw);
    const largest = dataset.clinics[0];
    if (!largest) throw new Error('The bench database holds no clinic.');
    const [therapist] = await raw.query<{ id: string; email: string; active: string }>(
      `SELECT u.id AS id, u.email AS email, COUNT(*) AS active
       FROM episode e JOIN app_user u ON u.clinic_id = e.clinic_id AND u.id = e.therapist_id
       WHERE e.clinic_id = :clinicId AND e.status = 'ACTIVE' AND u.role = 'THERAPIST'
       GROUP BY u.id, u.email ORDER BY COUNT(*) DESC, u.email LIMIT 1`,
      { clinicId: largest.id },
    );
    if (!therapist) throw new Error('The largest clinic has no therapist with an active episode.');
    // Yesterday in UTC is on or before today in every clinic's zone (all are west of UTC).
    const sessionDate = new Date(Date.now() - MS_PER_DAY).toISOString().slice(0, 10);
    const writable = await raw.query<{ id: string }>(
      `SELECT e.id AS id FROM episode e
       WHERE e.clinic_id = :clinicId AND e.status = 'ACTIVE' AND e.end_date IS NULL AND e.start_date <= :sessionDate
       ORDER BY e.id LIMIT 500`,
      { clinicId: largest.id, sessionDate },
    );
    say(
      `Dataset: ${dataset.clinics.length} clinic(s), ${dataset.patients} patients, ${dataset.episodes} episodes, ${dataset.sessions} sessions; ` +
        `largest clinic ${largest.sessions} sessions; caseload of ${therapist.email} (${therapist.active} active episodes).`,
    );

    say('Starting the API …');
    const api = await startApi(root, target);
    say(`API ready in ${(api.readyMs / 1000).toFixed(1)} s (pid ${api.pid}).`);
    try {
      const bench: Bench = { api, raw, runs: options.runs, seconds: options.duration, say };
      const ownerCookie = await login(api.url, largest.ownerEmail);
      const therapistCookie = await login(api.url, therapist.email);
      const researcherCookie = await login(api.url, largest.researcherEmail);
      const owners: { clinicId: string; cookie: string }[] = [];
      for (const clinic of dataset.clinics) owners.push({ clinicId: clinic.id, cookie: clinic === largest ? ownerCookie : await login(api.url, clinic.ownerEmail) });
      const today = new Date().toISOString().slice(0, 10);

      const overviewBody = graphQLBody(OWNER_OVERVIEW);
      figures.push(
        ...(await measureScenario(
          bench,
          {
            id: 'overview',
            label: "owner's overview, largest clinic",
            nextRequest: () => ({ body: overviewBody, cookie: ownerCookie }),
            nextBaseline: () => baselines.ownerOverview(largest.id, today),
            goals: { 1: GOALS.overview },
            note:
              'ONE GraphQL request carrying outcomeSummary, trajectory and medicationTrend, each grouped by planned frequency. ' +
              `Raw SQL: the same aggregates from treatment_session, episode, medication_report and non_opioid_use (no rollups), ` +
              `${baselines.ownerOverview(largest.id, today).length} statements on one connection.`,
          },
          log,
        )),
      );

      const trajectoryBody = graphQLBody(CLINIC_TRAJECTORY);
      let turn = 0;
      let baselineTurn = 0;
      figures.push(
        ...(await measureScenario(
          bench,
          {
            id: 'trajectory',
            label: `trajectory, every clinic in turn (${owners.length})`,
            nextRequest: () => ({ body: trajectoryBody, cookie: (owners[turn++ % owners.length] as { cookie: string }).cookie }),
            nextBaseline: () => baselines.trajectory({ clinicId: (owners[baselineTurn++ % owners.length] as { clinicId: string }).clinicId }, `'ALL'`),
            note:
              "each request is one clinic's whole trajectory (groupBy NONE) by that clinic's owner, the clinics taken in turn: the nearest the API " +
              'comes to a whole-deployment trajectory, since every analytics query is scoped to the caller’s clinic.',
          },
          log,
        )),
      );
      figures.push(await measureDeploymentTrajectory(bench, target, log));
      figures.push(
        await measureSqlOnly(
          bench,
          'deployment.sql',
          'whole-deployment trajectory: raw SQL over base tables p50, 1 client',
          baselines.trajectory({}, `'ALL'`),
          'every clinic’s sessions at once, as superuser (no row-level security), from treatment_session and episode.',
          log,
        ),
        await measureSqlOnly(
          bench,
          'deployment.rollups',
          'whole-deployment trajectory: raw SQL over the rollups p50, 1 client',
          baselines.trajectoryFromRollups(`'ALL'`),
          'the API’s own trajectory statements without the clinic filter: what a cross-clinic query would cost.',
          log,
        ),
      );

      const caseloadBody = graphQLBody(CASELOAD);
      figures.push(
        ...(await measureScenario(
          bench,
          {
            id: 'caseload',
            label: `therapist's caseload (${therapist.active} active episodes)`,
            nextRequest: () => ({ body: caseloadBody, cookie: therapistCookie }),
            nextBaseline: () => baselines.caseload(largest.id, therapist.id),
            note: `the largest clinic's therapist with the most active episodes; each GraphQL read also writes its audit event, the raw SQL does not.`,
          },
          log,
        )),
      );

      const writeTarget = { cookie: ownerCookie, episodeIds: writable.map((row) => row.id), sessionDate };
      if (writeTarget.episodeIds.length === 0) throw new Error(`No active episode of the largest clinic started by ${sessionDate}.`);
      figures.push(...(await measureWrites(bench, writeTarget, { throughput: GOALS.writesThroughput, p99: GOALS.writesP99 }, log)));
      figures.push(
        await measureAfterWrite(
          bench,
          writeTarget,
          {
            id: 'overview.after-write',
            label: "owner's overview right after a write: GraphQL p50, 1 client",
            query: OWNER_OVERVIEW,
            cookie: ownerCookie,
            note:
              'the same request as the overview above, each one right after a recordSession in the same clinic (not timed): ' +
              'no figure kept from before applies, so the API computes the figures from the cube and its pending deltas.',
          },
          log,
        ),
      );
      figures.push(await readYourWrite(bench, writeTarget, GOALS.readYourWrite));

      const exported = await measureExport(bench, researcherCookie, largest.id, { rows: GOALS.exportRows, rss: GOALS.exportRss });
      log['export'] = exported.log;
      figures.push(...exported.figures);

      const dist = path.join(root, 'apps', 'dashboard', 'dist');
      const js = initialJs(dist);
      log['dashboard.initialJs'] = js;
      figures.push({
        id: 'dashboard.js',
        label: 'dashboard: initial JavaScript, gzip',
        unit: 'kB',
        values: [js.gzipBytes / 1000],
        goal: GOALS.initialJsKb,
        note: `${js.files.map((file) => `${file.file} ${(file.gzipBytes / 1000).toFixed(1)} kB`).join(', ')}: the module script(s) index.html loads and their static imports, each gzipped at level 6; lazy page chunks and CSS not counted (raw ${(js.bytes / 1000).toFixed(1)} kB).`,
      });
      say(`dashboard: ${options.runs} first visits of /overview in Chromium`);
      const paint = await measurePaint(api.url, largest.ownerEmail, PASSWORD, options.runs);
      log['dashboard.paint'] = paint;
      figures.push({
        id: 'dashboard.paint',
        label: 'dashboard: navigation to overview drawn',
        unit: 'ms',
        values: paint.values,
        goal: GOALS.paintMs,
        note:
          paint.waitedFor === 'charts'
            ? `headless Chromium, cache emptied before each run; until every one of the ${paint.chartFrames} chart frames holds its SVG chart (first frame after).`
            : 'headless Chromium, cache emptied before each run. The overview has no charts yet (no .chart-card): measured until its heading is shown and its red-flag and patient lists are filled (nothing aria-busy), first frame after.',
      });
    } finally {
      await api.stop();
      apiLog = { readyMs: api.readyMs, lines: api.logLines(), tail: api.log.slice(-40) };
      if (apiLog.lines > 0) say(`The API logged ${apiLog.lines} warning or error line(s); the last ones are in the JSON (api.logTail).`);
    }

    const loadAfter = os.loadavg();
    const json = {
      tool: 'tools/bench',
      size: options.size,
      engine: options.engine,
      startedAt: startedAt.toISOString(),
      finishedAt: new Date().toISOString(),
      command: `node dist/tools/bench/src/main.js ${process.argv.slice(2).join(' ')}`.trim(),
      database: target.engine === 'postgres' ? target.databaseName : path.relative(root, target.sqlitePath as string),
      options: { runs: options.runs, secondsPerRun: options.duration, reuse: options.reuse },
      machine: { cpus: os.cpus().length, loadAverageBefore: loadBefore, loadAverageAfter: loadAfter, node: process.version },
      api: apiLog,
      dataset: {
        description: SIZES[options.size].description,
        clinics: dataset.clinics.length,
        patients: dataset.patients,
        episodes: dataset.episodes,
        sessions: dataset.sessions,
        largestClinicSessions: largest.sessions,
        preparedAs: prepared.reason,
        seed: seed ? { ...seed.summary, wallSeconds: seed.wallSeconds, command: seed.command } : null,
      },
      figures: figures.map((figure) => ({ ...figure, ...spread(figure.values), verdict: verdict(figure, context), row: tableRow(figure, context) })),
      runs: log,
    };
    return { figures, json };
  } finally {
    await raw.close();
    if (options.cleanup) {
      await dropDatabase(target);
      say(`Dropped ${where}.`);
    }
  }
}

export async function main(argv: readonly string[] = process.argv.slice(2), env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const root = workspaceRoot(__dirname);
  let options: BenchOptions;
  try {
    options = parseBenchArgs(argv, env, root);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`${error.message}\n\n${usage()}\n`);
    return 2;
  }
  if (options.help) {
    process.stdout.write(`${usage()}\n`);
    return 0;
  }
  const say = (line: string): void => {
    process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${line}\n`);
  };
  const { figures, json } = await run(options, root, say);
  const context: RunContext = { size: options.size, engine: options.engine };
  const machine = json['machine'] as { loadAverageBefore: number[]; loadAverageAfter: number[] };
  const title =
    `${options.size} on ${ENGINE_NAMES[options.engine]} — ${options.runs} run(s) of ${options.duration} s per figure; ` +
    `${os.cpus().length}-core load average ${machine.loadAverageBefore.map((value) => value.toFixed(2)).join(' ')} before, ` +
    `${machine.loadAverageAfter.map((value) => value.toFixed(2)).join(' ')} after`;
  process.stdout.write(`\n${title}\n\n${renderReport(figures, context)}\n`);
  fs.mkdirSync(options.outDir, { recursive: true });
  const file = path.join(options.outDir, `${options.size}-${options.engine}-${(json['startedAt'] as string).replace(/[:.]/g, '-')}.json`);
  fs.writeFileSync(file, `${JSON.stringify({ title, ...json }, null, 2)}\n`);
  process.stdout.write(`\nJSON: ${path.relative(process.cwd(), file)}\n`);
  return 0;
}

if (require.main === module) {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`Bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}

/**
 * The whole deployment's trajectory as an operator's tool gets it: the API's deploymentTrajectory
 * over every clinic's cohort cube, called in this process on a connection of the bench's database
 * role (row-level security confines the API's own role to one clinic, so no GraphQL request can
 * ask for it). One call = the SQL and the shaping of every week's figures.
 */
async function measureDeploymentTrajectory(bench: Bench, target: BenchTarget, log: RunLog): Promise<Figure> {
  const dataSource = new DataSource(dataSourceOptions({ databaseUrl: target.databaseUrl, sqlitePath: target.sqlitePath ?? ':memory:' }));
  await dataSource.initialize();
  try {
    const first = await deploymentTrajectory(dataSource.manager);
    const weeks = first.cohorts[0]?.points.length ?? 0;
    return await measureCall(
      bench,
      'deployment.api',
      'whole-deployment trajectory: the API’s function over the cube p50, 1 client',
      async () => {
        await deploymentTrajectory(dataSource.manager);
      },
      GOALS.deploymentTrajectory,
      `deploymentTrajectory() of apps/api (cohort_stat + cohort_delta of every clinic, then libs/metrics for ${weeks} weeks), ` +
        `called in the bench process as an operator's tool would (no HTTP: no API role spans clinics); ${first.pendingClinics} clinic(s) pending.`,
      log,
    );
  } finally {
    await dataSource.destroy();
  }
}
