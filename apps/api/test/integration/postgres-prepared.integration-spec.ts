import { dialectOf } from '../../src/database/dialect';
import { postgresPrepared } from '../../src/database/sql';
import { createClinicFixture, type ClinicFixture } from '../support/factories';
import { startTestApp, type TestApp } from '../support/test-app';

/*
 * postgresPrepared keeps PREPAREd statements per connection. PREPARE outlives a transaction that
 * fails, so after a failed batch the next batch on the same connection must not PREPARE the same
 * names again blindly ("prepared statement already exists"). PostgreSQL only: SQLite has no
 * PREPARE, and refreshEpisodeRollups runs its statements one by one there.
 */
const onPostgres = dialectOf(process.env['DATABASE_URL']) === 'postgres';

(onPostgres ? describe : describe.skip)('postgresPrepared (PostgreSQL)', () => {
  let testApp: TestApp;
  let fixture: ClinicFixture;

  beforeAll(async () => {
    testApp = await startTestApp();
    fixture = await createClinicFixture(testApp.dataSource);
  });
  afterAll(() => testApp?.close());

  const PATIENTS = 'SELECT p.id FROM patient p WHERE p.clinic_id = :clinicId ORDER BY p.id';
  const EPISODES = 'SELECT e.id FROM episode e WHERE e.clinic_id = :clinicId AND e.patient_id = :patientId';
  // Fails when run (not when prepared): a uuid that is not one.
  const FAILING = `SELECT e.id FROM episode e WHERE e.clinic_id = :clinicId AND e.id = CAST(CAST(:patientId AS text) || 'x' AS uuid)`;

  it('answers each statement in order, and again on a connection whose last batch failed', async () => {
    const runner = testApp.dataSource.createQueryRunner();
    await runner.connect();
    try {
      const parameters = { clinicId: fixture.clinic.id, patientId: fixture.patient.id };
      await runner.startTransaction();
      const [patients, episodes] = await postgresPrepared(runner.manager, [PATIENTS, EPISODES], parameters);
      await runner.commitTransaction();
      expect(patients?.map((row) => row['id'])).toContain(fixture.patient.id);
      expect(episodes?.length).toBeGreaterThanOrEqual(1);

      // PATIENTS is already prepared on this connection; a new statement is prepared, then the batch fails.
      await runner.startTransaction();
      await expect(postgresPrepared(runner.manager, [PATIENTS, 'SELECT p.sex FROM patient p WHERE p.clinic_id = :clinicId', FAILING], parameters)).rejects.toThrow();
      await runner.rollbackTransaction();

      await runner.startTransaction();
      const [again, sexes] = await postgresPrepared(runner.manager, [PATIENTS, 'SELECT p.sex FROM patient p WHERE p.clinic_id = :clinicId'], parameters);
      await runner.commitTransaction();
      expect(again).toEqual(patients);
      expect(sexes?.length).toBe(patients?.length);
    } finally {
      await runner.release();
    }
  });

  it('refuses a parameter that is not a uuid: values are inlined, so nothing else may be', async () => {
    const runner = testApp.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction();
      await expect(postgresPrepared(runner.manager, [PATIENTS], { clinicId: "x' OR '1'='1" })).rejects.toThrow(/not a uuid/);
      await runner.rollbackTransaction();
    } finally {
      await runner.release();
    }
  });
});
