import { Role } from '@outcomes/models';
import type { DataSource } from 'typeorm';
import { Clinic, hashPassword, todayIn, User } from './api';
import { CLINIC_ZONES } from './catalogue';
import { DEMO_PASSWORD, DEMO_TIMEZONE, demoEmail, generateDemoClinic } from './demo';
import { addDays, generateClinic, type GeneratedClinic } from './generate';
import { countRows, loadClinic, type LoadProgress } from './load';
import { SeededRandom } from './random';

/** Generated clinics' episodes start within this many days before today (18 months). */
export const DEFAULT_HISTORY_DAYS = 548;

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
}

interface PlannedClinic {
  label: string;
  generate(): GeneratedClinic;
}

/** Seeds a migrated database: the demo clinic and/or generated clinics, each in its own transaction. */
export async function runSeed(dataSource: DataSource, options: SeedOptions, events: SeedEvents = {}): Promise<SeedSummary> {
  const started = process.hrtime.bigint();
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
  };
  if (options.ifEmpty && (await dataSource.getRepository(Clinic).count()) > 0) {
    return { ...summary, skipped: true };
  }

  const now = options.now ?? new Date();
  const historyDays = options.historyDays ?? DEFAULT_HISTORY_DAYS;
  const plans: PlannedClinic[] = [];
  let passwordHash: Promise<string> | null = null;
  // argon2id is slow on purpose: one hash, shared by every login of the run.
  const hash = (): Promise<string> => (passwordHash ??= hashPassword(DEMO_PASSWORD));

  if (options.demo) {
    if (await dataSource.getRepository(User).existsBy({ email: demoEmail(Role.OWNER, 1) })) {
      events.onNotice?.('The demo clinic is already there; not seeding it again.');
    } else {
      const today = todayIn(DEMO_TIMEZONE, now);
      const demoHash = await hash();
      plans.push({ label: 'demo clinic', generate: () => generateDemoClinic({ today, passwordHash: demoHash }) });
      summary.demoSeeded = true;
    }
  }

  if (options.clinics > 0) {
    const firstIndex = (await highestClinicIndex(dataSource)) + 1;
    const root = SeededRandom.fromSeed(options.seed);
    // Clinic N always gets the N-th stream of the seed, so adding clinics later never repeats one.
    for (let index = 1; index < firstIndex; index += 1) root.split();
    // The earliest calendar date among the clinics' zones: no session lands on a clinic's tomorrow.
    const today = CLINIC_ZONES.map((zone) => todayIn(zone.timezone, now)).sort()[0] as string;
    const generatedHash = await hash();
    for (let index = firstIndex; index < firstIndex + options.clinics; index += 1) {
      const rng = root.split();
      summary.clinicIndexes.push(index);
      plans.push({
        label: `clinic-${index}`,
        generate: () =>
          generateClinic(rng, {
            clinicIndex: index,
            patients: options.patientsPerClinic,
            startDate: addDays(today, -historyDays),
            endDate: today,
            today,
            passwordHash: generatedHash,
          }),
      });
    }
  }

  for (const [position, plan] of plans.entries()) {
    const clinic = { ordinal: position + 1, count: plans.length };
    // One clinic in memory at a time, so a run of many large clinics stays within memory.
    const generated = plan.generate();
    const totalRows = Object.values(countRows(generated)).reduce((sum, rows) => sum + rows, 0);
    events.onClinicStart?.({ ...clinic, label: plan.label, totalRows });
    const result = await loadClinic(dataSource, generated, (progress) => events.onProgress?.(clinic, progress));
    summary.clinics += 1;
    summary.patients += generated.patients.length;
    summary.episodes += generated.episodes.length;
    summary.sessions += generated.treatmentSessions.length;
    summary.rows += result.rows;
    events.onClinicDone?.({ ...clinic, label: plan.label }, result.rows);
  }

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
