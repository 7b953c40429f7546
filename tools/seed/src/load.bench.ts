/**
 * Load speed of one generated clinic into a fresh database (SQLite, or PostgreSQL with DATABASE_URL).
 * Not part of the suite (its name does not match *.spec.ts); run it on purpose with
 *   npx jest -c tools/seed/jest.config.js --testMatch '<rootDir>/src/load.bench.ts'
 * SEED_BENCH_PATIENTS sets the clinic size (default 2000).
 */
import { DataSource } from 'typeorm';
import { dataSourceOptions } from './api';
import { createTestDatabase, type TestDatabase } from './api-test-support';
import { addDays, generateClinic } from './generate';
import { countRows, loadClinic } from './load';
import { SeededRandom } from './random';

const PATIENTS = Number(process.env['SEED_BENCH_PATIENTS'] ?? 2000);
const TODAY = '2025-11-20';

describe(`loading one clinic of ${PATIENTS} patients`, () => {
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

  it('inserts every row and reports rows per second', async () => {
    const generationStart = process.hrtime.bigint();
    const clinic = generateClinic(SeededRandom.fromSeed(1).split(), {
      clinicIndex: 1,
      patients: PATIENTS,
      startDate: addDays(TODAY, -548),
      endDate: TODAY,
      today: TODAY,
      passwordHash: 'not-a-real-hash',
    });
    const generationSeconds = Number(process.hrtime.bigint() - generationStart) / 1e9;

    const loadStart = process.hrtime.bigint();
    let insertSeconds = 0;
    const result = await loadClinic(dataSource, clinic, ({ insertedRows, totalRows }) => {
      if (insertedRows === totalRows) insertSeconds = Number(process.hrtime.bigint() - loadStart) / 1e9;
    });
    const loadSeconds = Number(process.hrtime.bigint() - loadStart) / 1e9;

    const expected = Object.values(countRows(clinic)).reduce((sum, n) => sum + n, 0);
    expect(result.rows).toBe(expected);
    const stored: { n: number | string }[] = await dataSource.query('SELECT COUNT(*) AS n FROM treatment_session');
    expect(Number(stored[0]?.n)).toBe(clinic.treatmentSessions.length);

    process.stdout.write(
      `[seed bench] ${dataSource.options.type}: ${PATIENTS} patients, ${clinic.treatmentSessions.length} sessions, ` +
        `${result.rows} rows; generated in ${generationSeconds.toFixed(2)} s; inserted in ${insertSeconds.toFixed(2)} s ` +
        `(${Math.round(result.rows / insertSeconds)} rows/s), committed with rollups in ${loadSeconds.toFixed(2)} s ` +
        `(${Math.round(result.rows / loadSeconds)} rows/s)\n`,
    );
  });
});
