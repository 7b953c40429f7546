import { Role } from '@outcomes/models';
import argon2 from 'argon2';
import { DataSource } from 'typeorm';
import { dataSourceOptions, dialectOf, Patient, User } from './api';
import { createTestDatabase, type TestDatabase } from './api-test-support';
import { main, parseCliArgs, UsageError } from './main';

describe('parseCliArgs', () => {
  const env = { SQLITE_PATH: '/var/tmp/app.sqlite' };

  it('defaults to one clinic of 100 patients, seed 1, on the app database', () => {
    expect(parseCliArgs([], env)).toMatchObject({
      clinics: 1,
      patientsPerClinic: 100,
      seed: 1,
      demo: false,
      ifEmpty: false,
      target: { databaseUrl: undefined, sqlitePath: '/var/tmp/app.sqlite' },
    });
  });

  it('seeds only the demo clinic with --demo unless clinics are asked for', () => {
    expect(parseCliArgs(['--demo', '--if-empty'], env)).toMatchObject({ clinics: 0, demo: true, ifEmpty: true });
    expect(parseCliArgs(['--demo', '--clinics', '2'], env)).toMatchObject({ clinics: 2, demo: true });
  });

  it('takes the numbers, the SQLite path and DATABASE_URL', () => {
    expect(
      parseCliArgs(['--clinics', '3', '--patients', '2000', '--seed', '42', '--sqlite', '/tmp/x.sqlite'], {
        DATABASE_URL: 'postgres://db/outcomes',
      }),
    ).toMatchObject({
      clinics: 3,
      patientsPerClinic: 2000,
      seed: 42,
      target: { databaseUrl: 'postgres://db/outcomes', sqlitePath: '/tmp/x.sqlite' },
    });
  });

  it.each([
    [['--patients', '0']],
    [['--patients', '1.5']],
    [['--clinics', 'many']],
    [['--seed', '4294967296']],
    [['--unknown']],
    [['stray']],
  ])('refuses %j', (argv) => {
    expect(() => parseCliArgs(argv, env)).toThrow(UsageError);
  });
});

describe('the seed command (real database)', () => {
  let database: TestDatabase;
  let output: string[];
  let stdout: jest.SpiedFunction<typeof process.stdout.write>;
  let stderr: jest.SpiedFunction<typeof process.stderr.write>;

  /** The command as run from a shell against the test database: --sqlite for SQLite, DATABASE_URL for PostgreSQL. */
  function run(...argv: string[]): Promise<number> {
    const { databaseUrl, sqlitePath } = database.target;
    return dialectOf(databaseUrl) === 'postgres'
      ? main(argv, { DATABASE_URL: databaseUrl })
      : main([...argv, '--sqlite', sqlitePath], {});
  }

  async function withDatabase<T>(work: (dataSource: DataSource) => Promise<T>): Promise<T> {
    const dataSource = await new DataSource(dataSourceOptions(database.target)).initialize();
    try {
      return await work(dataSource);
    } finally {
      await dataSource.destroy();
    }
  }

  beforeAll(async () => {
    database = await createTestDatabase();
  });

  afterAll(async () => {
    await database?.drop();
  });

  beforeEach(() => {
    output = [];
    const capture = (chunk: string | Uint8Array): boolean => {
      output.push(String(chunk));
      return true;
    };
    stdout = jest.spyOn(process.stdout, 'write').mockImplementation(capture);
    stderr = jest.spyOn(process.stderr, 'write').mockImplementation(capture);
  });

  afterEach(() => {
    stdout.mockRestore();
    stderr.mockRestore();
  });

  it('migrates an empty database and seeds the demo clinic with working logins', async () => {
    await expect(run('--demo', '--if-empty')).resolves.toBe(0);

    const users = await withDatabase((dataSource) => dataSource.getRepository(User).find({ order: { email: 'ASC' } }));
    expect(users.map((user) => user.email)).toEqual([
      'owner@demo.clinic',
      'researcher@demo.clinic',
      'therapist1@demo.clinic',
      'therapist2@demo.clinic',
    ]);
    await expect(argon2.verify((users[0] as User).passwordHash, 'demo-password-2026')).resolves.toBe(true);
    const text = output.join('');
    for (const user of users) expect(text).toContain(user.email);
    expect(text).toContain('demo-password-2026');
  });

  it('does nothing with --if-empty once a clinic exists, but still prints the demo logins', async () => {
    const patientsBefore = await withDatabase((dataSource) => dataSource.getRepository(Patient).count());

    await expect(run('--demo', '--if-empty', '--clinics', '2')).resolves.toBe(0);

    expect(await withDatabase((dataSource) => dataSource.getRepository(Patient).count())).toBe(patientsBefore);
    expect(output.join('')).toContain('therapist2@demo.clinic');
  });

  it('adds generated clinics after existing ones, prints a summary and never a patient name or birth date', async () => {
    await expect(run('--clinics', '2', '--patients', '25', '--seed', '7')).resolves.toBe(0);

    const { owners, patients } = await withDatabase(async (dataSource) => ({
      owners: (await dataSource.getRepository(User).findBy({ role: Role.OWNER })).map((user) => user.email).sort(),
      patients: await dataSource.getRepository(Patient).find(),
    }));
    expect(owners).toEqual(['owner@clinic-1.example', 'owner@clinic-2.example', 'owner@demo.clinic']);
    expect(patients).toHaveLength(120 + 2 * 25);

    const text = output.join('');
    expect(text).toMatch(/Seeded 2 clinic\(s\): 50 patients, \d+ episodes, \d+ sessions; \d+ rows in [\d.]+ s \(\d+ rows\/s/);
    expect(text).toContain('therapist-2@clinic-2.example');
    for (const patient of patients) {
      expect(text).not.toContain(patient.name);
      expect(text).not.toContain(patient.birthDate);
    }
  });

  it('answers a bad option with the usage and exit code 2, touching nothing', async () => {
    await expect(run('--patients', 'lots')).resolves.toBe(2);
    expect(output.join('')).toContain('Usage: seed');
  });
});
