import { DataSource } from 'typeorm';
import { dataSourceOptions, OutcomeMeasure, TreatmentSession, User } from './api';
import { createTestDatabase, type TestDatabase } from './api-test-support';
import { type ClinicOptions, type GeneratedClinic, generateClinic } from './generate';
import { loadClinic, type LoadProgress, rowsPerStatement } from './load';
import { SeededRandom } from './random';

const TODAY = '2025-11-20';
const OPTIONS: Omit<ClinicOptions, 'clinicIndex' | 'patients'> = {
  startDate: '2025-01-01',
  endDate: TODAY,
  today: TODAY,
  passwordHash: 'hash-of-the-seed-password',
};

/** Table name -> the generated rows bound for it, spelled out here rather than taken from load.ts. */
function expectedRows(clinic: GeneratedClinic): Record<string, number> {
  return {
    clinic: 1,
    app_user: clinic.users.length,
    patient: clinic.patients.length,
    episode: clinic.episodes.length,
    treatment_session: clinic.treatmentSessions.length,
    session_technique: clinic.sessionTechniques.length,
    session_region: clinic.sessionRegions.length,
    session_red_flag: clinic.sessionRedFlags.length,
    medication_report: clinic.medicationReports.length,
    medication_item: clinic.medicationItems.length,
    non_opioid_use: clinic.nonOpioidUses.length,
    outcome_measure: clinic.outcomeMeasures.length,
    red_flag_alert: clinic.redFlagAlerts.length,
    referral: clinic.referrals.length,
  };
}

/** Every foreign key of the clinical schema: child table, its key columns, parent table. */
const FOREIGN_KEYS: readonly [child: string, column: string, parent: string][] = [
  ['app_user', 'clinic_id', 'clinic'],
  ['patient', 'clinic_id', 'clinic'],
  ['patient', 'primary_therapist_id', 'app_user'],
  ['episode', 'patient_id', 'patient'],
  ['episode', 'therapist_id', 'app_user'],
  ['treatment_session', 'episode_id', 'episode'],
  ['treatment_session', 'therapist_id', 'app_user'],
  ['session_technique', 'session_id', 'treatment_session'],
  ['session_region', 'session_id', 'treatment_session'],
  ['session_red_flag', 'session_id', 'treatment_session'],
  ['medication_report', 'episode_id', 'episode'],
  ['medication_item', 'report_id', 'medication_report'],
  ['non_opioid_use', 'report_id', 'medication_report'],
  ['outcome_measure', 'episode_id', 'episode'],
  ['red_flag_alert', 'episode_id', 'episode'],
  ['red_flag_alert', 'session_id', 'treatment_session'],
  ['referral', 'alert_id', 'red_flag_alert'],
  ['referral', 'recorded_by_id', 'app_user'],
];

describe('loadClinic (real database)', () => {
  let database: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = await new DataSource(dataSourceOptions(database.target)).initialize();
    await dataSource.runMigrations();
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  async function count(table: string, clinicId?: string): Promise<number> {
    const clinicColumn = table === 'clinic' ? 'id' : 'clinic_id';
    const rows: { n: number | string }[] = clinicId
      ? await dataSource.query(`SELECT COUNT(*) AS n FROM ${table} WHERE ${clinicColumn} = ${parameter(1)}`, [clinicId])
      : await dataSource.query(`SELECT COUNT(*) AS n FROM ${table}`);
    return Number(rows[0]?.n);
  }

  function parameter(position: number): string {
    return dataSource.options.type === 'postgres' ? `$${position}` : '?';
  }

  describe('two clinics', () => {
    let clinics: GeneratedClinic[];
    const progress: LoadProgress[] = [];

    beforeAll(async () => {
      const root = SeededRandom.fromSeed(31);
      // 150 patients give a few thousand technique rows: more than one INSERT statement's worth.
      clinics = [
        generateClinic(root.split(), { ...OPTIONS, clinicIndex: 1, patients: 150 }),
        generateClinic(root.split(), { ...OPTIONS, clinicIndex: 2, patients: 30 }),
      ];
      await loadClinic(dataSource, clinics[0] as GeneratedClinic, (update) => progress.push(update));
      await loadClinic(dataSource, clinics[1] as GeneratedClinic);
    });

    it('stores exactly the generated rows of each clinic in each table', async () => {
      for (const clinic of clinics) {
        const stored: Record<string, number> = {};
        for (const table of Object.keys(expectedRows(clinic))) stored[table] = await count(table, clinic.clinic.id);
        expect(stored).toEqual(expectedRows(clinic));
      }
      expect(clinics[0]?.sessionTechniques.length).toBeGreaterThan(2000);
    });

    it('leaves no row pointing at a missing parent', async () => {
      const orphans: Record<string, number> = {};
      for (const [child, column, parent] of FOREIGN_KEYS) {
        const parentClinicColumn = parent === 'clinic' ? 'id' : 'clinic_id';
        const match =
          parent === 'clinic' ? `p.id = c.${column}` : `p.${parentClinicColumn} = c.clinic_id AND p.id = c.${column}`;
        const rows: { n: number | string }[] = await dataSource.query(
          `SELECT COUNT(*) AS n FROM ${child} c WHERE NOT EXISTS (SELECT 1 FROM ${parent} p WHERE ${match})`,
        );
        orphans[`${child}.${column}`] = Number(rows[0]?.n);
      }
      expect(orphans).toEqual(Object.fromEntries(Object.keys(orphans).map((key) => [key, 0])));
    });

    it('rebuilds the analytics rollups of every episode in the same load', async () => {
      for (const clinic of clinics) {
        expect(await count('episode_outcome', clinic.clinic.id)).toBe(clinic.episodes.length);
        const weekly: { sessions: number | string }[] = await dataSource.query(
          `SELECT SUM(pain_count) AS sessions FROM episode_week_pain WHERE clinic_id = ${parameter(1)}`,
          [clinic.clinic.id],
        );
        expect(Number(weekly[0]?.sessions)).toBe(clinic.treatmentSessions.length);
      }
    });

    it('reads rows back as they were generated (dates, instants, JSON answers, booleans)', async () => {
      const clinic = clinics[0] as GeneratedClinic;
      const session = clinic.treatmentSessions[clinic.treatmentSessions.length - 1];
      if (!session) throw new Error('the clinic has no sessions');
      const stored = await dataSource.getRepository(TreatmentSession).findOneByOrFail({ clinicId: session.clinicId, id: session.id });
      expect({ ...stored, createdAt: stored.createdAt.getTime(), updatedAt: stored.updatedAt.getTime() }).toEqual({
        ...session,
        createdAt: session.createdAt.getTime(),
        updatedAt: session.updatedAt.getTime(),
      });

      const measure = clinic.outcomeMeasures[0];
      if (!measure) throw new Error('the clinic has no ODI');
      const storedMeasure = await dataSource.getRepository(OutcomeMeasure).findOneByOrFail({ clinicId: measure.clinicId, id: measure.id });
      expect(storedMeasure.answers).toEqual(measure.answers);
      expect(storedMeasure.score).toBeCloseTo(measure.score, 9);

      const owner = await dataSource.getRepository(User).findOneByOrFail({ email: 'owner@clinic-1.example' });
      expect(owner.active).toBe(true);
      expect(owner.clinicId).toBe(clinic.clinic.id);
    });

    it('reports progress chunk by chunk, rising to the clinic total', () => {
      const total = Object.values(expectedRows(clinics[0] as GeneratedClinic)).reduce((sum, n) => sum + n, 0);
      expect(progress.length).toBeGreaterThan(14);
      for (let i = 1; i < progress.length; i += 1) {
        expect((progress[i] as LoadProgress).insertedRows).toBeGreaterThan((progress[i - 1] as LoadProgress).insertedRows);
      }
      expect(progress[progress.length - 1]).toEqual({ table: 'referral', insertedRows: total, totalRows: total });
      expect(progress.filter((update) => update.table === 'session_technique').length).toBeGreaterThan(1);
    });
  });

  it('writes nothing of a clinic whose load fails part-way', async () => {
    const clinic = generateClinic(SeededRandom.fromSeed(32), { ...OPTIONS, clinicIndex: 9, patients: 20 });
    // A repeated (session, technique) pair breaks the primary key after the clinic, users, patients,
    // episodes and sessions have gone in.
    clinic.sessionTechniques.push({ ...(clinic.sessionTechniques[0] as (typeof clinic.sessionTechniques)[number]) });

    await expect(loadClinic(dataSource, clinic)).rejects.toThrow();

    for (const table of ['clinic', 'app_user', 'patient', 'episode', 'treatment_session', 'session_technique']) {
      expect({ table, rows: await count(table, clinic.clinic.id) }).toEqual({ table, rows: 0 });
    }
  });

  it('writes nothing of a clinic whose rows point at a missing parent', async () => {
    const clinic = generateClinic(SeededRandom.fromSeed(33), { ...OPTIONS, clinicIndex: 10, patients: 20 });
    // On PostgreSQL the COPY path switches the row-by-row key triggers off and checks the keys in
    // one query before commit: this is the row that check must catch.
    const technique = clinic.sessionTechniques[0] as (typeof clinic.sessionTechniques)[number];
    clinic.sessionTechniques.push({ ...technique, sessionId: '00000000-0000-4000-8000-000000000000' });

    await expect(loadClinic(dataSource, clinic)).rejects.toThrow();

    for (const table of ['clinic', 'patient', 'treatment_session', 'session_technique', 'episode_outcome']) {
      expect({ table, rows: await count(table, clinic.clinic.id) }).toEqual({ table, rows: 0 });
    }
  });
});

describe('rowsPerStatement', () => {
  it.each([
    // [columns, limit, rows]: the row cap, or what the bound-parameter limit allows.
    [3, 32766, 2000],
    [15, 32766, 2000],
    [20, 32766, 1638],
    [40, 65535, 1638],
    [100, 32766, 327],
  ])('%i columns within %i parameters: %i rows', (columns, limit, rows) => {
    expect(rowsPerStatement(columns, limit)).toBe(rows);
    expect(rows * columns).toBeLessThanOrEqual(limit);
  });
});
