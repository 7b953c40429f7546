import { createTestDatabase, type TestDatabase } from '@outcomes/api/test/support/test-database';
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions, dialectOf } from './api';
import { databaseEnvironment } from './soak-database';

/**
 * A bulk load killed half-way leaves no half-written clinic and no half-written episode: the
 * seed command loads each clinic in one transaction. The seed command (built from the current
 * sources) loads three clinics; once the first two have committed and the third's load
 * transaction is seen open in the database, the process is killed (SIGKILL). Then the database
 * holds the first two clinics whole and nothing of the third, and running the seed command again
 * loads it. Three, not two: PostgreSQL loads two clinics side by side, so the second of two may
 * commit within milliseconds of the first and leave no time to kill it (CI saw exactly that);
 * the third starts only when a connection is free, so it is alone and has a whole load to go.
 */
const ROOT = path.resolve(__dirname, '..', '..', '..');
const PATIENTS = 1500;
const SEED = 12;
/** Clinics the killed run asks for; it is killed inside the last one's load. */
const CLINICS = 3;
/** The tables the seed command writes, and the column naming the clinic. */
const SEEDED_TABLES: readonly [table: string, clinicColumn: string][] = [
  ['clinic', 'id'],
  ['app_user', 'clinic_id'],
  ['patient', 'clinic_id'],
  ['episode', 'clinic_id'],
  ['treatment_session', 'clinic_id'],
  ['session_technique', 'clinic_id'],
  ['session_region', 'clinic_id'],
  ['session_red_flag', 'clinic_id'],
  ['medication_report', 'clinic_id'],
  ['medication_item', 'clinic_id'],
  ['non_opioid_use', 'clinic_id'],
  ['outcome_measure', 'clinic_id'],
  ['red_flag_alert', 'clinic_id'],
  ['referral', 'clinic_id'],
];

interface SeedRun {
  /** Rows per loaded clinic, as the command reported them ("clinic-1 (1/2): 96001 rows"). */
  loaded: Map<number, number>;
  exit: { code: number | null; signal: NodeJS.Signals | null };
  output: string;
}

describe('a bulk load killed half-way', () => {
  let build: string;
  let database: TestDatabase;
  const postgres = dialectOf(process.env['DATABASE_URL']) === 'postgres';

  beforeAll(async () => {
    // The seed command, compiled from the current sources as its build does.
    build = fs.mkdtempSync(path.join(os.tmpdir(), 'outcomes-seed-build-'));
    execFileSync(
      path.join(ROOT, 'node_modules', '.bin', 'swc'),
      ['tools/seed/src', 'apps/api/src', 'libs/models/src', 'libs/metrics/src', '-d', build, '--config-file', '.swcrc', '--ignore', '**/*.spec.ts,**/*.bench.ts,**/api-test-support.ts', '--quiet'],
      { cwd: ROOT, stdio: 'pipe' },
    );
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database?.drop();
    fs.rmSync(build, { recursive: true, force: true });
  });

  /**
   * Whether a load transaction is open in the database right now (seen from another connection):
   * writing rows, or reading them back to build the clinic's rollups and cohort cube. On
   * PostgreSQL, only a transaction open for over 150 ms counts.
   */
  async function loadTransactionOpen(): Promise<boolean> {
    if (postgres) {
      const client = new Client({ connectionString: database.target.databaseUrl });
      await client.connect();
      try {
        const { rows } = await client.query<{ n: string }>(
          `SELECT COUNT(*) AS n FROM pg_stat_activity
           WHERE datname = current_database() AND pid <> pg_backend_pid() AND xact_start IS NOT NULL
             AND xact_start < now() - interval '150 milliseconds'
             AND query ~* '^\\s*(COPY|INSERT|DELETE|SELECT|WITH)'`,
        );
        return Number(rows[0]?.n) > 0;
      } finally {
        await client.end();
      }
    }
    // SQLite: the writer holds the write lock for its whole transaction; without waiting, ours fails.
    const probe = await new DataSource({ type: 'better-sqlite3', database: database.target.sqlitePath, timeout: 0 }).initialize();
    try {
      await probe.query('BEGIN IMMEDIATE');
      await probe.query('ROLLBACK');
      return false;
    } catch {
      return true;
    } finally {
      await probe.destroy();
    }
  }

  /** Runs the seed command; with `killLast`, kills it inside the last clinic's load. */
  async function seed(clinics: number, killLast: boolean): Promise<SeedRun> {
    const args = ['--clinics', String(clinics), '--patients', String(PATIENTS), '--seed', String(SEED)];
    if (!postgres) args.push('--sqlite', database.target.sqlitePath);
    const child: ChildProcess = spawn(process.execPath, [path.join(build, 'tools', 'seed', 'src', 'main.js'), ...args], {
      cwd: ROOT,
      env: { ...databaseEnvironment(database.target), NODE_PATH: path.join(ROOT, 'node_modules') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const run: SeedRun = { loaded: new Map(), exit: { code: null, signal: null }, output: '' };
    let committed = 0;
    child.stdout?.on('data', (chunk: Buffer) => (run.output += chunk.toString()));
    readline.createInterface({ input: child.stderr as NodeJS.ReadableStream }).on('line', (line) => {
      run.output += `${line}\n`;
      const done = /^clinic-(\d+) \(\d+\/\d+\): (\d+) rows/.exec(line);
      if (done) {
        run.loaded.set(Number(done[1]), Number(done[2]));
        committed += 1;
      }
    });
    const exited = new Promise<SeedRun['exit']>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
    if (killLast) {
      let finished = false;
      void exited.then(() => (finished = true));
      // The last clinic's load transaction, with rows being written, and not a short statistics
      // update: on PostgreSQL a transaction open for over 150 ms; on SQLite, one seen open on
      // several probes in a row. Once all the others have committed, it is the only one open.
      const probesNeeded = postgres ? 1 : 4;
      let openProbes = 0;
      while (!finished) {
        openProbes = committed === clinics - 1 && (await loadTransactionOpen()) ? openProbes + 1 : 0;
        if (openProbes >= probesNeeded) {
          child.kill('SIGKILL');
          break;
        }
        await new Promise((resolve) => setTimeout(resolve, 75));
      }
    }
    run.exit = await exited;
    return run;
  }

  async function inspect<T>(work: (dataSource: DataSource, p: (index: number) => string) => Promise<T>): Promise<T> {
    const dataSource = await new DataSource(dataSourceOptions(database.target)).initialize();
    try {
      return await work(dataSource, (index) => (postgres ? `$${index}` : '?'));
    } finally {
      await dataSource.destroy();
    }
  }

  /** Rows of one clinic over the seeded tables, and of any other clinic. */
  async function rowsOf(dataSource: DataSource, p: (index: number) => string, clinicIndex: number): Promise<{ clinic: number; others: number }> {
    const [owner] = (await dataSource.query(`SELECT clinic_id FROM app_user WHERE email = ${p(1)}`, [`owner@clinic-${clinicIndex}.example`])) as { clinic_id: string }[];
    let clinic = 0;
    let others = 0;
    for (const [table, column] of SEEDED_TABLES) {
      const [row] = (await dataSource.query(
        `SELECT SUM(CASE WHEN ${column} = ${p(1)} THEN 1 ELSE 0 END) AS mine, SUM(CASE WHEN ${column} = ${p(2)} THEN 0 ELSE 1 END) AS theirs FROM ${table}`,
        [owner?.clinic_id ?? '00000000-0000-0000-0000-000000000000', owner?.clinic_id ?? '00000000-0000-0000-0000-000000000000'],
      )) as { mine: string | number | null; theirs: string | number | null }[];
      clinic += Number(row?.mine ?? 0);
      others += Number(row?.theirs ?? 0);
    }
    return { clinic, others };
  }

  /** Episodes whose rollup (written last, in the same transaction) is missing or disagrees with their sessions. */
  async function halfWrittenEpisodes(dataSource: DataSource): Promise<number> {
    const [row] = (await dataSource.query(
      `SELECT COUNT(*) AS n FROM episode e
       LEFT JOIN episode_outcome o ON o.clinic_id = e.clinic_id AND o.episode_id = e.id
       WHERE o.episode_id IS NULL
          OR o.session_count <> (SELECT COUNT(*) FROM treatment_session s WHERE s.clinic_id = e.clinic_id AND s.episode_id = e.id)`,
    )) as { n: string | number }[];
    return Number(row?.n);
  }

  it('leaves the clinics loaded before whole, nothing of the killed one, and loads it again', async () => {
    const killed = await seed(CLINICS, true);

    expect({ signal: killed.exit.signal, loaded: [...killed.loaded.keys()].sort((a, b) => a - b) }).toEqual({ signal: 'SIGKILL', loaded: [1, 2] });
    const afterKill = await inspect(async (dataSource, p) => ({
      first: await rowsOf(dataSource, p, 1),
      second: await rowsOf(dataSource, p, 2),
      third: await rowsOf(dataSource, p, 3),
      halfWritten: await halfWrittenEpisodes(dataSource),
    }));
    // The first two clinics, exactly as reported; nothing else at all (no row of the third).
    expect(afterKill.first).toEqual({ clinic: killed.loaded.get(1), others: killed.loaded.get(2) });
    expect(afterKill.second).toEqual({ clinic: killed.loaded.get(2), others: killed.loaded.get(1) });
    expect(afterKill.third.clinic).toBe(0);
    expect(afterKill.halfWritten).toBe(0);

    const again = await seed(1, false);
    const afterReload = await inspect(async (dataSource, p) => ({
      third: await rowsOf(dataSource, p, 3),
      halfWritten: await halfWrittenEpisodes(dataSource),
    }));
    expect(again.exit).toEqual({ code: 0, signal: null });
    expect(again.loaded.get(3)).toBeGreaterThan(0);
    expect(afterReload.third.clinic).toBe(again.loaded.get(3));
    expect(afterReload.halfWritten).toBe(0);
  });
});
