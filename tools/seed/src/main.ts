import { parseArgs } from 'node:util';
import { Role } from '@outcomes/models';
import { MultiBar, type SingleBar } from 'cli-progress';
import { DataSource } from 'typeorm';
import { type DatabaseTarget, dataSourceOptions, dialectOf, loadConfig } from './api';
import { DEMO_PASSWORD, demoLoginLines } from './demo';
import { clinicEmail, therapistCountFor } from './generate';
import { runSeed, type SeedOptions, type SeedSummary } from './run';

/** A clinic is generated in memory before it is loaded (~60 rows a patient): larger runs take more clinics. */
export const MAX_PATIENTS_PER_CLINIC = 50_000;

export function usage(env: NodeJS.ProcessEnv = process.env): string {
  return `Usage: seed [options]

Fills the database with synthetic clinics (runs the migrations first).
  --clinics N     generated clinics to add (default 1, or 0 with --demo)
  --patients N    patients per generated clinic (default 100, at most ${MAX_PATIENTS_PER_CLINIC})
  --seed N        random seed, 0..4294967295 (default 1): the same seed gives the same clinics
  --demo          seed the demo clinic (fixed seed, 120 patients, fixed logins)
  --if-empty      do nothing when any clinic exists (the demo logins are still printed with --demo)
  --sqlite PATH   SQLite file (default: the app's, ${loadConfig(env).sqlitePath})
  --json          print the summary as one JSON object instead of sentences (for scripts such as the benchmark)
  -h, --help      show this help
DATABASE_URL=postgres://... selects PostgreSQL instead of SQLite.
Every seeded login, demo or generated, has the password ${DEMO_PASSWORD}.`;
}

export interface CliOptions extends SeedOptions {
  target: DatabaseTarget;
  help: boolean;
  json: boolean;
}

export class UsageError extends Error {}

/** Reads the command line; throws UsageError on anything it cannot take literally. */
export function parseCliArgs(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): CliOptions {
  const values = readArgs(argv);
  const config = loadConfig(env);
  return {
    // With --demo alone, only the demo clinic: generated clinics are asked for explicitly.
    clinics: integerOption('clinics', values.clinics ?? (values.demo ? '0' : '1'), 0, 100_000),
    patientsPerClinic: integerOption('patients', values.patients, 1, MAX_PATIENTS_PER_CLINIC),
    seed: integerOption('seed', values.seed, 0, 0xffff_ffff),
    demo: values.demo,
    ifEmpty: values['if-empty'],
    help: values.help,
    json: values.json,
    target: { databaseUrl: config.databaseUrl, sqlitePath: values.sqlite ?? config.sqlitePath },
  };
}

function readArgs(argv: readonly string[]) {
  try {
    return parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        clinics: { type: 'string' },
        patients: { type: 'string', default: '100' },
        seed: { type: 'string', default: '1' },
        demo: { type: 'boolean', default: false },
        'if-empty': { type: 'boolean', default: false },
        sqlite: { type: 'string' },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }).values;
  } catch (error) {
    // node:util reports unknown options and missing values with a TypeError; they are usage errors here.
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

function integerOption(name: string, text: string, min: number, max: number): number {
  const value = Number(text);
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(value) || value < min || value > max) {
    throw new UsageError(`--${name} must be a whole number from ${min} to ${max}, got "${text}"`);
  }
  return value;
}

/** The run's report: counts and speed only, never a patient's name or birth date. */
export function summaryLines(summary: SeedSummary, options: Pick<SeedOptions, 'patientsPerClinic'>): string[] {
  if (summary.skipped) return ['The database already holds clinics; --if-empty: nothing seeded.'];
  const lines = [
    `Seeded ${summary.clinics} clinic(s): ${summary.patients} patients, ${summary.episodes} episodes, ` +
      `${summary.sessions} sessions; ${summary.rows} rows in ${summary.seconds.toFixed(1)} s ` +
      `(${Math.round(summary.rowsPerSecond)} rows/s end to end: generation, password hashing, ` +
      `${summary.method === 'copy' ? `COPY over ${summary.parallelLoads} connection(s)` : 'INSERTs'} and rollups).`,
  ];
  for (const index of summary.clinicIndexes) {
    const therapists = therapistCountFor(options.patientsPerClinic);
    lines.push(
      `clinic-${index} logins (password: ${DEMO_PASSWORD}): ${clinicEmail(index, Role.OWNER, 1)}, ` +
        `${clinicEmail(index, Role.THERAPIST, 1)} … ${clinicEmail(index, Role.THERAPIST, therapists)}, ` +
        `${clinicEmail(index, Role.RESEARCHER, 1)}`,
    );
  }
  return lines;
}

export async function main(argv: readonly string[] = process.argv.slice(2), env: NodeJS.ProcessEnv = process.env): Promise<number> {
  let options: CliOptions;
  try {
    options = parseCliArgs(argv, env);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`${error.message}\n\n${usage(env)}\n`);
    return 2;
  }
  if (options.help) {
    process.stdout.write(`${usage(env)}\n`);
    return 0;
  }

  const where =
    dialectOf(options.target.databaseUrl) === 'postgres' ? 'PostgreSQL (DATABASE_URL)' : `SQLite ${options.target.sqlitePath}`;
  process.stderr.write(`Seeding ${where}\n`);
  const dataSource = await new DataSource(dataSourceOptions(options.target)).initialize();
  // One bar per clinic loading (PostgreSQL loads two at once). cli-progress draws nothing when
  // stderr is not a terminal (CI logs); a line per clinic stands in.
  const interactive = process.stderr.isTTY === true;
  const bars = new MultiBar({
    stream: process.stderr,
    format: '{label} [{bar}] {percentage}% | {value}/{total} rows | ETA {eta_formatted}',
    hideCursor: true,
    clearOnComplete: false,
    // A smoother rate: the first chunks (a handful of clinic and user rows) say nothing about the rest.
    etaBuffer: 30,
  });
  const barOf = new Map<number, SingleBar>();
  try {
    const migrations = await dataSource.runMigrations();
    if (migrations.length > 0) process.stderr.write(`Applied ${migrations.length} migration(s).\n`);

    const summary = await runSeed(dataSource, options, {
      onClinicStart: ({ ordinal, count, label, totalRows }) => {
        // Off a terminal cli-progress hands back a bar it never started, which still prints when stopped.
        if (interactive) barOf.set(ordinal, bars.create(totalRows, 0, { label: `${label} (${ordinal}/${count})` }));
      },
      onClinicDone: ({ ordinal, count, label }, rows) => {
        const bar = barOf.get(ordinal);
        if (bar) {
          bar.stop();
          bars.remove(bar);
          barOf.delete(ordinal);
        }
        if (!interactive) process.stderr.write(`${label} (${ordinal}/${count}): ${rows} rows\n`);
      },
      onProgress: ({ ordinal }, { insertedRows }) => barOf.get(ordinal)?.update(insertedRows),
      onNotice: (message) => process.stderr.write(`${message}\n`),
    });
    bars.stop();

    if (options.json) {
      process.stdout.write(`${JSON.stringify(summary)}\n`);
      return 0;
    }
    for (const line of summaryLines(summary, options)) process.stdout.write(`${line}\n`);
    if (options.demo) for (const line of demoLoginLines()) process.stdout.write(`${line}\n`);
    return 0;
  } finally {
    bars.stop();
    await dataSource.destroy();
  }
}

if (require.main === module) {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`Seeding failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
