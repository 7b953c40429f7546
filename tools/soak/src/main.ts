import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ApiClient, sleep } from './api-client';
import { type ApiProcess, startBuiltApi } from './api-process';
import { defaultRestartCommand, runCommand } from './postgres-restart';
import { runSoak, type SoakReport, verdict } from './soak';
import {
  checkInDatabase,
  createSoakDatabase,
  type DatabaseCheck,
  SEEDED_OWNER,
  SEEDED_PASSWORD,
  seedWithSeedCommand,
  type SoakDatabase,
  therapistLogins,
} from './soak-database';

export const USAGE = `Usage: soak [options]

N writers record sessions through the GraphQL API for D seconds, retrying some with the same
client request id; then every acknowledged write is checked, once, through the API and (when the
soak started the API itself) in the database, and the API is stopped with SIGTERM under load.

  --writers N            concurrent writers (default 50)
  --seconds N            how long they write (default 60)
  --patients N           patients of the generated clinic (default 300)
  --retry-share F        share of writes sent twice at once (default 0.2)
  --replay-share F       share of acknowledged writes sent again (default 0.1)
  --restart-postgres     restart PostgreSQL half-way (needs DATABASE_URL); recovery must take <= 5 s
  --restart-command CMD  how (default: pg_ctlcluster --skip-systemctl-redirect <version> main restart)
  --url URL              an API already running on a seeded database, instead of starting the built one
  --logins A,B           with --url: therapist emails to write as
  --password P           with --url: their password
  --report FILE          also write the JSON report there
  -h, --help             this help
DATABASE_URL=postgres://... runs on PostgreSQL (a fresh database on that server); SQLite otherwise.
Without --url, the clinic is made by the seed command (dist/tools/seed) and the API started from
dist/apps/api: build both first with \`npx nx run soak:build\`. Short form: --writers 10 --seconds 5.`;

function workspaceRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'nx.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('not inside the workspace');
    dir = parent;
  }
  return dir;
}

function number(text: string | undefined, name: string, fallback: number, min: number, max: number): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isFinite(value) || value < min || value > max) throw new Error(`--${name} must be a number from ${min} to ${max}, got "${text}"`);
  return value;
}

export interface ShutdownCheck {
  inFlight: number;
  answered: number;
  failed: number;
  /** Why the failed ones failed (network error or HTTP status), with counts. */
  failures: Record<string, number>;
  exitCode: number | null;
  exitMs: number;
  database: DatabaseCheck;
}

/** SIGTERM while writes are in flight: each must be answered and stored, and the process exit 0. */
async function shutdownUnderLoad(api: ApiProcess, database: SoakDatabase, login: { email: string; password: string }, runId: string): Promise<ShutdownCheck> {
  const client = await ApiClient.login(api.url, login.email, login.password);
  const { patients } = await client.data<{ patients: { edges: { node: { episodes: { id: string; startDate: string }[] } }[] } }>(
    '{ patients(first: 40) { edges { node { episodes { id startDate } } } } }',
  );
  const episodes = patients.edges.flatMap((edge) => edge.node.episodes);
  if (episodes.length === 0) throw new Error('no episode to write to');
  const ids = Array.from({ length: 20 }, (_, index) => `${runId}-shutdown-${index}`);
  const writes = ids.map((clientRequestId, index) => {
    const episode = episodes[index % episodes.length] as { id: string; startDate: string };
    return client.send<{ recordSession: { id: string } }>('mutation($input: RecordSessionInput!) { recordSession(input: $input) { id } }', {
      input: { clientRequestId, episodeId: episode.id, sessionDate: episode.startDate, painBefore: 4, techniques: ['SWEDISH'], minutes: 30 },
    });
  });
  await sleep(15);
  const stopping = api.stop();
  const replies = await Promise.all(writes);
  const stopped = await stopping;
  const answered = replies.filter((reply) => reply.status === 200 && reply.body?.data?.recordSession.id).length;
  const failures: Record<string, number> = {};
  for (const reply of replies) {
    if (reply.status === 200 && reply.body?.data?.recordSession.id) continue;
    const reason = reply.failure ?? `HTTP ${reply.status} ${reply.body?.errors?.[0]?.extensions?.code ?? ''}`.trim();
    failures[reason] = (failures[reason] ?? 0) + 1;
  }
  return {
    inFlight: ids.length,
    answered,
    failed: ids.length - answered,
    failures,
    exitCode: stopped.code,
    exitMs: stopped.ms,
    database: await checkInDatabase(database.target, `${runId}-shutdown`, ids),
  };
}

export async function main(argv: readonly string[] = process.argv.slice(2)): Promise<number> {
  const { values } = parseArgs({
    args: [...argv],
    strict: true,
    options: {
      writers: { type: 'string' },
      seconds: { type: 'string' },
      patients: { type: 'string' },
      'retry-share': { type: 'string' },
      'replay-share': { type: 'string' },
      'restart-postgres': { type: 'boolean', default: false },
      'restart-command': { type: 'string' },
      url: { type: 'string' },
      logins: { type: 'string' },
      password: { type: 'string' },
      report: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const log = (line: string): void => void process.stderr.write(`${new Date().toISOString()} ${line}\n`);
  const writers = number(values.writers, 'writers', 50, 1, 1000);
  const seconds = number(values.seconds, 'seconds', 60, 1, 86_400);
  const patients = number(values.patients, 'patients', 300, 20, 100_000);
  const serverUrl = process.env['DATABASE_URL'] || undefined;
  if (values['restart-postgres'] && !serverUrl) throw new Error('--restart-postgres needs DATABASE_URL=postgres://… (the cluster it restarts)');
  const restartCommand = values['restart-command'] ? values['restart-command'].split(' ').filter(Boolean) : null;

  let database: SoakDatabase | null = null;
  let api: ApiProcess | null = null;
  let therapists: { email: string; password: string }[];
  let url: string;
  try {
    if (values.url) {
      if (!values.logins || !values.password) throw new Error('--url needs --logins and --password');
      url = values.url.replace(/\/$/, '');
      therapists = values.logins.split(',').map((email) => ({ email: email.trim(), password: values.password as string }));
    } else {
      database = await createSoakDatabase(serverUrl);
      log(`seeding a clinic of ${patients} patients with the seed command (${serverUrl ? 'PostgreSQL' : 'SQLite'})`);
      await seedWithSeedCommand(workspaceRoot(), database.target, { patients, seed: 2026 });
      api = await startBuiltApi(workspaceRoot(), database.target, log);
      url = api.url;
      therapists = await therapistLogins(url, { email: SEEDED_OWNER, password: SEEDED_PASSWORD });
      log(`API ready at ${url}`);
    }

    const report: SoakReport = await runSoak({
      url,
      therapists,
      writers,
      seconds,
      concurrentRetryShare: number(values['retry-share'], 'retry-share', 0.2, 0, 1),
      replayShare: number(values['replay-share'], 'replay-share', 0.1, 0, 1),
      log,
      ...(values['restart-postgres']
        ? { fault: { name: 'PostgreSQL restart', inject: () => runCommand(restartCommand ?? defaultRestartCommand(), log) } }
        : {}),
    });
    const { ok, lines } = verdict(report);
    const checks = [...lines];
    let databaseCheck: DatabaseCheck | null = null;
    let shutdown: ShutdownCheck | null = null;
    if (database && api) {
      databaseCheck = await checkInDatabase(database.target, report.runId, report.acknowledgedIds);
      checks.push(
        `${databaseCheck.stored === report.acknowledged && databaseCheck.duplicates === 0 && databaseCheck.missing === 0 ? 'ok  ' : 'FAIL'} ` +
          `database: ${databaseCheck.stored} rows, ${databaseCheck.duplicates} duplicated, ${databaseCheck.missing} missing`,
      );
      shutdown = await shutdownUnderLoad(api, database, therapists[0] as { email: string; password: string }, report.runId);
      api = null;
      const shutdownOk = shutdown.failed === 0 && shutdown.exitCode === 0 && shutdown.database.missing === 0 && shutdown.database.duplicates === 0;
      checks.push(
        `${shutdownOk ? 'ok  ' : 'FAIL'} SIGTERM with ${shutdown.inFlight} writes in flight: ${shutdown.answered} answered, ` +
          `${shutdown.database.stored} stored, exit ${shutdown.exitCode} after ${shutdown.exitMs} ms`,
      );
    }
    const passed = checks.every((line) => line.startsWith('ok'));
    const { acknowledgedIds, ...summary } = report;
    const output = { ...summary, acknowledgedIdsCount: acknowledgedIds.length, database: databaseCheck, shutdown, passed: passed && ok };
    process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
    for (const line of checks) process.stdout.write(`${line}\n`);
    if (values.report) fs.writeFileSync(values.report, `${JSON.stringify(output, null, 2)}\n`);
    return passed ? 0 : 1;
  } finally {
    if (api) await api.stop();
    if (database) await database.drop();
  }
}

if (require.main === module) {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`Soak failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 2;
    },
  );
}
