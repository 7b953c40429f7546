import { Role } from '@outcomes/models';
import type { DataSource } from 'typeorm';
import { Clinic, dialectOfDriver, hashPassword, todayIn, User } from './api';
import { CLINIC_ZONES } from './catalogue';
import type { ClinicPlan, PreparedClinic } from './clinic-plan';
import { clinicSource } from './clinic-source';
import { DEMO_PASSWORD, DEMO_TIMEZONE, demoEmail } from './demo';
import { addDays } from './generate';
import { analyzeAfterLoad, copyTableSpecs, loadClinic, loadCopyTables, type LoadPhases, type LoadProgress, type LoadResult } from './load';

/** Generated clinics' episodes start within this many days before today (18 months). */
export const DEFAULT_HISTORY_DAYS = 548;

/**
 * Clinics loading at once on PostgreSQL, each in its own transaction on its own connection: with
 * generation in a worker thread, two loads keep both cores busy (one load alone leaves the server
 * idle while it waits for the next clinic's text). SQLite has one writer, so one.
 */
export const POSTGRES_PARALLEL_LOADS = 2;

export interface SeedOptions {
  /** Generated clinics to add (besides the demo clinic). */
  clinics: number;
  patientsPerClinic: number;
  seed: number;
  demo: boolean;
  /** Do nothing when the database already holds any clinic. */
  ifEmpty: boolean;
  historyDays?: number;
  /** The moment "today" is taken from; defaults to the clock. */
  now?: Date;
  /**
   * Generate in a worker thread when the compiled worker is there (the CLI); default true. Under
   * Jest the sources are TypeScript and generation stays on this thread whatever this says.
   */
  worker?: boolean;
}

export interface SeedEvents {
  /** A clinic is generated and about to be loaded; `ordinal` counts from 1 up to `count`. */
  onClinicStart?(clinic: { ordinal: number; count: number; label: string; totalRows: number }): void;
  onProgress?(clinic: { ordinal: number; count: number }, progress: LoadProgress): void;
  onClinicDone?(clinic: { ordinal: number; count: number; label: string }, rows: number): void;
  /** Something the operator should know (a skipped step); never PHI. */
  onNotice?(message: string): void;
}

export interface SeedSummary {
  /** True when --if-empty found data and nothing was written. */
  skipped: boolean;
  demoSeeded: boolean;
  clinics: number;
  patients: number;
  episodes: number;
  sessions: number;
  rows: number;
  seconds: number;
  rowsPerSecond: number;
  /** clinic-N numbers of the generated clinics, for printing their logins. */
  clinicIndexes: number[];
  /** How the rows went in: COPY (PostgreSQL) or INSERT (SQLite). */
  method: 'copy' | 'insert';
  /** Clinics loading at once. */
  parallelLoads: number;
  /** Seconds spent in each phase of the loads, summed over clinics (loads overlap, so the sum may exceed `seconds`). */
  phases: LoadPhases;
  /** Seconds the loads stood waiting for a clinic to be generated, summed over loads. */
  generationWaitSeconds: number;
}

/**
 * Seeds a migrated database: the demo clinic and/or generated clinics, each in its own transaction.
 * On PostgreSQL the clinics are generated (and written as COPY text) in a worker thread a little
 * ahead of the loads, and loaded with COPY over two connections at once; clinics may therefore
 * commit out of order, each whole or not at all. SQLite loads one clinic after the other with INSERTs.
 */
export async function runSeed(dataSource: DataSource, options: SeedOptions, events: SeedEvents = {}): Promise<SeedSummary> {
  const started = process.hrtime.bigint();
  const postgres = dialectOfDriver(dataSource.options.type) === 'postgres';
  const parallelLoads = postgres ? POSTGRES_PARALLEL_LOADS : 1;
  const summary: SeedSummary = {
    skipped: false,
    demoSeeded: false,
    clinics: 0,
    patients: 0,
    episodes: 0,
    sessions: 0,
    rows: 0,
    seconds: 0,
    rowsPerSecond: 0,
    clinicIndexes: [],
    method: postgres ? 'copy' : 'insert',
    parallelLoads,
    phases: { write: 0, rollups: 0, keyCheck: 0, commit: 0 },
    generationWaitSeconds: 0,
  };
  if (options.ifEmpty && (await dataSource.getRepository(Clinic).count()) > 0) {
    return { ...summary, skipped: true };
  }

  const now = options.now ?? new Date();
  const historyDays = options.historyDays ?? DEFAULT_HISTORY_DAYS;
  const plans: ClinicPlan[] = [];
  let passwordHash: Promise<string> | null = null;
  // argon2id is slow on purpose: one hash, shared by every login of the run.
  const hash = (): Promise<string> => (passwordHash ??= hashPassword(DEMO_PASSWORD));

  if (options.demo) {
    if (await dataSource.getRepository(User).existsBy({ email: demoEmail(Role.OWNER, 1) })) {
      events.onNotice?.('The demo clinic is already there; not seeding it again.');
    } else {
      plans.push({ kind: 'demo', label: 'demo clinic', today: todayIn(DEMO_TIMEZONE, now), passwordHash: await hash() });
      summary.demoSeeded = true;
    }
  }

  if (options.clinics > 0) {
    // Clinic N always gets the N-th stream of the seed, so adding clinics later never repeats one.
    const firstIndex = (await highestClinicIndex(dataSource)) + 1;
    // The earliest calendar date among the clinics' zones: no session lands on a clinic's tomorrow.
    const today = CLINIC_ZONES.map((zone) => todayIn(zone.timezone, now)).sort()[0] as string;
    const generatedHash = await hash();
    for (let index = firstIndex; index < firstIndex + options.clinics; index += 1) {
      summary.clinicIndexes.push(index);
      plans.push({
        kind: 'generated',
        label: `clinic-${index}`,
        clinicIndex: index,
        seed: options.seed,
        patients: options.patientsPerClinic,
        startDate: addDays(today, -historyDays),
        endDate: today,
        today,
        passwordHash: generatedHash,
      });
    }
  }

  // Each load pulls the next clinic; the source generates at most one clinic beyond those loading,
  // so memory holds a few clinics however many are asked for.
  const source = clinicSource(plans, postgres ? copyTableSpecs(dataSource) : null, {
    worker: options.worker ?? true,
    lookahead: parallelLoads,
  });
  let next = 0;
  let failure: unknown = null;
  const load = async (prepared: PreparedClinic, clinic: { ordinal: number; count: number }): Promise<LoadResult> => {
    const onProgress = (progress: LoadProgress): void => events.onProgress?.(clinic, progress);
    if (prepared.copy) return loadCopyTables(dataSource, prepared.clinicId, prepared.copy, onProgress);
    if (prepared.generated) return loadClinic(dataSource, prepared.generated, onProgress);
    throw new Error(`${prepared.label} was prepared without rows`);
  };
  const loader = async (): Promise<void> => {
    while (failure === null && next < plans.length) {
      const position = next++;
      const clinic = { ordinal: position + 1, count: plans.length };
      try {
        const waitStarted = process.hrtime.bigint();
        const prepared = await source.prepare(position);
        summary.generationWaitSeconds += Number(process.hrtime.bigint() - waitStarted) / 1e9;
        events.onClinicStart?.({ ...clinic, label: prepared.label, totalRows: prepared.totalRows });
        const result = await load(prepared, clinic);
        summary.clinics += 1;
        summary.patients += prepared.patients;
        summary.episodes += prepared.episodes;
        summary.sessions += prepared.sessions;
        summary.rows += result.rows;
        for (const phase of Object.keys(summary.phases) as (keyof LoadPhases)[]) summary.phases[phase] += result.phases[phase];
        events.onClinicDone?.({ ...clinic, label: prepared.label }, result.rows);
      } catch (error) {
        failure ??= error;
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(parallelLoads, plans.length) }, loader));
  } finally {
    await source.close();
  }
  if (failure !== null) throw failure;
  if (summary.clinics > 0) await analyzeAfterLoad(dataSource);

  summary.seconds = Number(process.hrtime.bigint() - started) / 1e9;
  summary.rowsPerSecond = summary.seconds > 0 ? summary.rows / summary.seconds : 0;
  return summary;
}

/** The largest N of the owner@clinic-N.example logins already stored (0 when none). */
async function highestClinicIndex(dataSource: DataSource): Promise<number> {
  const owners = await dataSource
    .getRepository(User)
    .createQueryBuilder('user')
    .select('user.email', 'email')
    .where('user.email LIKE :pattern', { pattern: 'owner@clinic-%.example' })
    .getRawMany<{ email: string }>();
  return owners.reduce((highest, { email }) => {
    const match = /^owner@clinic-(\d+)\.example$/.exec(email);
    return match ? Math.max(highest, Number(match[1])) : highest;
  }, 0);
}
