import { DataSource } from 'typeorm';
import { dataSourceOptions, dialectOf, MedicationItem, OutcomeMeasure, Patient, Referral, TreatmentSession } from './api';
import { createTestDatabase, type TestDatabase } from './api-test-support';
import { CLINIC_TABLES } from './clinic-tables';
import { type ClinicOptions, type GeneratedClinic, generateClinic } from './generate';
import { loadClinic, type LoadMethod } from './load';
import { SeededRandom } from './random';

const TODAY = '2025-11-20';
const OPTIONS: ClinicOptions = {
  clinicIndex: 4,
  patients: 60,
  startDate: '2025-01-01',
  endDate: TODAY,
  today: TODAY,
  passwordHash: 'hash-of-the-seed-password',
};
const ROLLUP_TABLES = ['episode_outcome', 'episode_week_pain', 'episode_technique', 'episode_gap', 'episode_week_medication'];

/** Text that COPY's format must escape, and text that merely looks like its escapes. */
const AWKWARD_NOTES = 'comma, "double" and \'single\' quotes;\ttab\nnewline\r\ncarriage return \\ backslash \\N \\t é 痛み 🙂';
const AWKWARD_NAME = 'O\'Brien, "Jo"\\Smith\tthe second';

/** A generated clinic with the values a text format gets wrong: escapes, empty text against NULL, floats, instants. */
function awkwardClinic(): GeneratedClinic {
  const clinic = generateClinic(SeededRandom.fromSeed(41), OPTIONS);
  const at = <T>(rows: T[], index: number): T => {
    const row = rows[index];
    if (!row) throw new Error(`the clinic has fewer than ${index + 1} rows`);
    return row;
  };
  clinic.clinic.name = 'Back\\slash, "Clinic"\tof\nSomewhere';
  at(clinic.patients, 0).name = AWKWARD_NAME;
  at(clinic.patients, 1).postalCode = null;
  at(clinic.patients, 2).postalCode = '';
  Object.assign(at(clinic.treatmentSessions, 0), { notes: AWKWARD_NOTES, createdAt: new Date(Date.UTC(2025, 0, 2, 3, 4, 5, 678)) });
  Object.assign(at(clinic.treatmentSessions, 1), { notes: '', painAfter: null, position: null });
  Object.assign(at(clinic.medicationItems, 0), { strength: 0.1 + 0.2, dailyDose: 1e-7, dailyMme: 123456.789012345 });
  at(clinic.outcomeMeasures, 0).answers = [0, 5, null, 2, 3, 4, 1, 0, null, 5];
  at(clinic.outcomeMeasures, 0).score = 2 / 3;
  at(clinic.referrals, 0).notes = 'Referred "same day",\nsee letter\\attached';
  return clinic;
}

/** Every row of a table, in a stable order (by the row's own content), as the driver returns it. */
async function tableRows(dataSource: DataSource, table: string): Promise<Record<string, unknown>[]> {
  const rows = (await dataSource.query(`SELECT * FROM ${table}`)) as Record<string, unknown>[];
  return rows
    .map((row) => ({ key: JSON.stringify(row), row }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map(({ row }) => row);
}

describe('loading a clinic with COPY against loading it with INSERT', () => {
  if (dialectOf(process.env['DATABASE_URL']) !== 'postgres') {
    it('is refused on SQLite, which has no COPY and loads with INSERT', async () => {
      const database = await createTestDatabase();
      const dataSource = await new DataSource(dataSourceOptions(database.target)).initialize();
      try {
        await expect(loadClinic(dataSource, awkwardClinic(), undefined, { method: 'copy' })).rejects.toThrow(/PostgreSQL only/);
      } finally {
        await dataSource.destroy();
        await database.drop();
      }
    });
    return;
  }

  const clinic = awkwardClinic();
  const loaded = new Map<LoadMethod, { database: TestDatabase; dataSource: DataSource }>();
  const source = (method: LoadMethod): DataSource => {
    const found = loaded.get(method);
    if (!found) throw new Error(`nothing loaded with ${method}`);
    return found.dataSource;
  };

  beforeAll(async () => {
    // One database per method: the same clinic, with the same ids, goes into each.
    for (const method of ['insert', 'copy'] as const) {
      const database = await createTestDatabase();
      const dataSource = await new DataSource(dataSourceOptions(database.target)).initialize();
      loaded.set(method, { database, dataSource });
      await dataSource.runMigrations();
      await loadClinic(dataSource, clinic, undefined, { method });
    }
  });

  afterAll(async () => {
    for (const { database, dataSource } of loaded.values()) {
      await dataSource.destroy();
      await database.drop();
    }
  });

  it('stores the same number of rows in every table, the rollups included', async () => {
    const counts = async (method: LoadMethod): Promise<Record<string, number>> => {
      const result: Record<string, number> = {};
      for (const table of [...CLINIC_TABLES, ...ROLLUP_TABLES]) result[table] = (await tableRows(source(method), table)).length;
      return result;
    };
    const copied = await counts('copy');
    expect(copied).toEqual(await counts('insert'));
    expect(copied['treatment_session']).toBe(clinic.treatmentSessions.length);
    expect(copied['session_technique']).toBe(clinic.sessionTechniques.length);
    expect(copied['episode_outcome']).toBe(clinic.episodes.length);
  });

  it.each([...CLINIC_TABLES, ...ROLLUP_TABLES])('stores every row of %s field for field as INSERT does', async (table) => {
    const copied = await tableRows(source('copy'), table);
    expect(copied.length).toBeGreaterThan(0);
    expect(copied).toEqual(await tableRows(source('insert'), table));
  });

  it('reads the awkward values back exactly as generated: escapes, empty text and NULL, floats, instants, JSON', async () => {
    const copy = source('copy');
    const [awkwardSession, emptySession] = clinic.treatmentSessions as [TreatmentSession, TreatmentSession];
    const stored = await copy.getRepository(TreatmentSession).findOneByOrFail({ clinicId: clinic.clinic.id, id: awkwardSession.id });
    expect(stored.notes).toBe(AWKWARD_NOTES);
    expect(stored.createdAt.toISOString()).toBe('2025-01-02T03:04:05.678Z');
    expect(stored.sessionDate).toBe(awkwardSession.sessionDate);
    const empty = await copy.getRepository(TreatmentSession).findOneByOrFail({ clinicId: clinic.clinic.id, id: emptySession.id });
    expect({ notes: empty.notes, painAfter: empty.painAfter, position: empty.position }).toEqual({ notes: '', painAfter: null, position: null });

    const patients = await copy.getRepository(Patient).findBy({ clinicId: clinic.clinic.id });
    const byId = new Map(patients.map((patient) => [patient.id, patient]));
    const [named, withoutPostalCode, emptyPostalCode] = clinic.patients;
    expect(byId.get(named?.id ?? '')?.name).toBe(AWKWARD_NAME);
    expect(byId.get(named?.id ?? '')?.birthDate).toBe(named?.birthDate);
    expect(byId.get(withoutPostalCode?.id ?? '')?.postalCode).toBeNull();
    expect(byId.get(emptyPostalCode?.id ?? '')?.postalCode).toBe('');

    const item = clinic.medicationItems[0] as MedicationItem;
    const storedItem = await copy
      .getRepository(MedicationItem)
      .findOneByOrFail({ clinicId: item.clinicId, reportId: item.reportId, drug: item.drug });
    expect([storedItem.strength, storedItem.dailyDose, storedItem.dailyMme]).toEqual([0.30000000000000004, 1e-7, 123456.789012345]);

    const measure = clinic.outcomeMeasures[0] as OutcomeMeasure;
    const storedMeasure = await copy.getRepository(OutcomeMeasure).findOneByOrFail({ clinicId: measure.clinicId, id: measure.id });
    expect(storedMeasure.answers).toEqual([0, 5, null, 2, 3, 4, 1, 0, null, 5]);
    expect(storedMeasure.score).toBe(2 / 3);

    const referral = clinic.referrals[0] as Referral;
    const storedReferral = await copy.getRepository(Referral).findOneByOrFail({ clinicId: referral.clinicId, id: referral.id });
    expect(storedReferral.notes).toBe('Referred "same day",\nsee letter\\attached');
  });
});
