import { DEFAULT_K_ANONYMITY } from '@outcomes/models';
import { SingleBar } from 'cli-progress';
import { plainToInstance } from 'class-transformer';
import { validate, type ValidationError } from 'class-validator';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import {
  AuditService,
  buildCodebook,
  codebookMarkdown,
  dataSourceOptions,
  type DatabaseTarget,
  dialectOf,
  type ExportActor,
  ExportFile,
  ExportRequest,
  ExportsService,
  loadConfig,
  TenantTransactions,
} from './api';

export const USAGE = `Usage: export --clinic ID --out DIR [options]

Writes a de-identified research export of one clinic: sessions.csv, episodes.csv,
codebook.json, codebook.md and manifest.json, through the same code as GET /exports/*.csv.
Needs database access; the export is audit-logged as made from the command line.
  --clinic ID             the clinic (required)
  --out DIR               output folder (required; created if missing; existing files are not overwritten)
  --k N                   k-anonymity, 2..50 (default ${DEFAULT_K_ANONYMITY})
  --started-from DATE     episodes started on or after this 1 January (YYYY-01-01)
  --started-to DATE       episodes started on or before this 31 December (YYYY-12-31)
  --conditions A,B        condition codes      --causes A,B       suspected-cause codes
  --frequencies A,B       WEEKLY, BIWEEKLY     --techniques A,B   technique codes
  --therapist-ids A,B     therapist user ids   --statuses A,B     ACTIVE, DISCHARGED, DROPPED_OUT
  --sqlite PATH           SQLite file (default: the app's, ${loadConfig().sqlitePath})
  -h, --help              show this help
DATABASE_URL=postgres://... selects PostgreSQL instead of SQLite.`;

export class UsageError extends Error {}

export interface CliOptions {
  clinicId: string;
  outDir: string;
  k: number;
  request: ExportRequest;
  target: DatabaseTarget;
  help: boolean;
}

const LIST_FLAGS = {
  conditions: 'conditions',
  causes: 'causes',
  frequencies: 'frequencies',
  techniques: 'techniques',
  'therapist-ids': 'therapistIds',
  statuses: 'statuses',
} as const;

function readArgs(argv: readonly string[]) {
  try {
    return parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        clinic: { type: 'string' },
        out: { type: 'string' },
        k: { type: 'string' },
        'started-from': { type: 'string' },
        'started-to': { type: 'string' },
        conditions: { type: 'string' },
        causes: { type: 'string' },
        frequencies: { type: 'string' },
        techniques: { type: 'string' },
        'therapist-ids': { type: 'string' },
        statuses: { type: 'string' },
        sqlite: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }).values;
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

const FLAG_OF: Readonly<Record<string, string>> = {
  startedFrom: 'started-from',
  startedTo: 'started-to',
  ...Object.fromEntries(Object.entries(LIST_FLAGS).map(([flag, field]) => [field, flag])),
};

function problemsOf(errors: ValidationError[]): string[] {
  return errors.flatMap((error) => [
    ...Object.values(error.constraints ?? {}).map((message) => `--${FLAG_OF[error.property] ?? error.property}: ${message}`),
    ...problemsOf(error.children ?? []),
  ]);
}

/**
 * Reads the command line. The filter goes through the same validation as the HTTP query (the
 * ExportRequest rules); the export's own rules (whole years, k) are checked by the service.
 */
export async function parseCliArgs(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<CliOptions> {
  const values = readArgs(argv);
  const config = loadConfig(env);
  const target = { databaseUrl: config.databaseUrl, sqlitePath: values.sqlite ?? config.sqlitePath };
  if (values.help) return { clinicId: '', outDir: '', k: DEFAULT_K_ANONYMITY, request: new ExportRequest(), target, help: true };
  if (!values.clinic) throw new UsageError('--clinic is required');
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(values.clinic)) throw new UsageError('--clinic must be a clinic id (a UUID)');
  if (!values.out) throw new UsageError('--out is required');

  const plain: Record<string, unknown> = { startedFrom: values['started-from'], startedTo: values['started-to'], k: values.k };
  for (const [flag, field] of Object.entries(LIST_FLAGS)) plain[field] = values[flag as keyof typeof LIST_FLAGS];
  const request = plainToInstance(ExportRequest, plain);
  const problems = problemsOf(await validate(request, { forbidUnknownValues: true }));
  if (problems.length > 0) throw new UsageError(problems.join('\n'));
  return { clinicId: values.clinic, outDir: values.out, k: request.k ?? DEFAULT_K_ANONYMITY, request, target, help: false };
}

/** The files an export writes, in its output folder. */
export const OUTPUT_FILES: readonly string[] = ['sessions.csv', 'episodes.csv', 'codebook.json', 'codebook.md', 'manifest.json'];

/** Opens each output file for writing, refusing to overwrite one that exists. */
function openOutput(outDir: string, name: string): fs.WriteStream {
  return fs.createWriteStream(path.join(outDir, name), { flags: 'wx', encoding: 'utf8' });
}

function writeNewFile(outDir: string, name: string, text: string): void {
  fs.writeFileSync(path.join(outDir, name), text, { flag: 'wx', encoding: 'utf8' });
}

/** The export service wired by hand: the same classes Nest wires for the HTTP routes. */
export function exportsServiceFor(dataSource: DataSource): ExportsService {
  return new ExportsService(dataSource, new TenantTransactions(dataSource), new AuditService());
}

export async function main(argv: readonly string[] = process.argv.slice(2), env: NodeJS.ProcessEnv = process.env): Promise<number> {
  let options: CliOptions;
  try {
    options = await parseCliArgs(argv, env);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`${error.message}\n\n${USAGE}\n`);
    return 2;
  }
  if (options.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }

  const dataSource = await new DataSource(dataSourceOptions(options.target)).initialize();
  const bar = new SingleBar({
    stream: process.stderr,
    format: '{file} [{bar}] {percentage}% | {value}/{total} rows | ETA {eta_formatted}',
    hideCursor: true,
    clearOnComplete: false,
    etaBuffer: 50,
  });
  let barStarted = false;
  try {
    if (await dataSource.showMigrations()) {
      process.stderr.write('The database schema is not current: start the app once (it migrates), then export.\n');
      return 1;
    }
    const where = dialectOf(options.target.databaseUrl) === 'postgres' ? 'PostgreSQL (DATABASE_URL)' : `SQLite ${options.target.sqlitePath}`;
    process.stderr.write(`Exporting from ${where}: planning k-anonymity (k = ${options.k})...\n`);
    fs.mkdirSync(options.outDir, { recursive: true });
    const existing = OUTPUT_FILES.filter((name) => fs.existsSync(path.join(options.outDir, name)));
    if (existing.length > 0) {
      process.stderr.write(`${options.outDir} already holds ${existing.join(', ')}: choose an empty folder.\n`);
      return 2;
    }

    const service = exportsServiceFor(dataSource);
    const actor: ExportActor = { clinicId: options.clinicId, userId: null, role: null, via: 'cli' };
    const run = await service.create(actor, options.request, options.k);
    const manifest = run.manifest;
    process.stderr.write(
      `Export ${run.id}: ${manifest.files.sessions.rows} session rows and ${manifest.files.episodes.rows} episode rows; ` +
        `${manifest.rowsSuppressed} rows suppressed, ${manifest.episodes.releasedWithoutStartYear} episodes without start year.\n`,
    );

    for (const file of [ExportFile.SESSIONS, ExportFile.EPISODES]) {
      const entry = manifest.files[file];
      bar.start(entry.rows, 0, { file: entry.name });
      barStarted = true;
      const result = await service.write(actor, run, file, openOutput(options.outDir, entry.name), {
        onRows: (rows) => bar.update(rows),
      });
      bar.update(result.rows);
      bar.stop();
      barStarted = false;
      // cli-progress draws nothing when stderr is not a terminal (CI logs): a line per file stands in.
      if (process.stderr.isTTY !== true) process.stderr.write(`${entry.name}: ${result.rows} rows\n`);
    }
    const codebook = buildCodebook(run.k);
    writeNewFile(options.outDir, manifest.codebook.json, `${JSON.stringify(codebook, null, 2)}\n`);
    writeNewFile(options.outDir, manifest.codebook.markdown, codebookMarkdown(codebook));
    writeNewFile(options.outDir, 'manifest.json', `${JSON.stringify(manifest, null, 2)}\n`);
    process.stdout.write(`Wrote ${path.resolve(options.outDir)}: sessions.csv, episodes.csv, codebook.json, codebook.md, manifest.json\n`);
    return 0;
  } finally {
    if (barStarted) bar.stop();
    await dataSource.destroy();
  }
}

if (require.main === module) {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      // Messages of domain errors name fields and rules, never a patient's data.
      process.stderr.write(`Export failed: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
