import { AuditEvent } from '@outcomes/api/src/audit/audit-event.entity';
import { refreshEpisodeRollups } from '@outcomes/api/src/analytics/episode-rollups';
import { TreatmentSession } from '@outcomes/api/src/sessions/treatment-session.entity';
import { parseCsvTable } from '@outcomes/api/test/support/csv';
import { type ClinicFixture, createClinicFixture } from '@outcomes/api/test/support/factories';
import { createTestDatabase, type TestDatabase } from '@outcomes/api/test/support/test-database';
import { Condition, Position } from '@outcomes/models';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { buildCodebook, dataSourceOptions, type ExportManifest } from './api';
import { main, OUTPUT_FILES, parseCliArgs, UsageError } from './main';

const CLINIC = '0b0e3c5e-8f7a-4c39-9d53-2f1b6a0c9e11';

describe('parseCliArgs', () => {
  const env = { SQLITE_PATH: '/var/tmp/app.sqlite' };

  it('takes the clinic, the folder, k and the filter, on the app database by default', async () => {
    const options = await parseCliArgs(
      ['--clinic', CLINIC, '--out', 'out', '--k', '7', '--conditions', 'SCIATICA,LOW_BACK_PAIN', '--started-from', '2024-01-01'],
      env,
    );

    expect(options).toMatchObject({ clinicId: CLINIC, outDir: 'out', k: 7, target: { databaseUrl: undefined, sqlitePath: '/var/tmp/app.sqlite' } });
    expect(options.request).toMatchObject({ conditions: [Condition.SCIATICA, Condition.LOW_BACK_PAIN], startedFrom: '2024-01-01' });
  });

  it('takes --sqlite and DATABASE_URL', async () => {
    await expect(parseCliArgs(['--clinic', CLINIC, '--out', 'o', '--sqlite', '/tmp/x.sqlite'], env)).resolves.toMatchObject({
      target: { sqlitePath: '/tmp/x.sqlite' },
    });
    await expect(parseCliArgs(['--clinic', CLINIC, '--out', 'o'], { DATABASE_URL: 'postgres://db/outcomes' })).resolves.toMatchObject({
      target: { databaseUrl: 'postgres://db/outcomes' },
    });
  });

  it.each([
    [['--out', 'o'], '--clinic is required'],
    [['--clinic', 'clinic-1', '--out', 'o'], 'UUID'],
    [['--clinic', CLINIC], '--out is required'],
    [['--clinic', CLINIC, '--out', 'o', '--k', 'five'], '--k'],
    [['--clinic', CLINIC, '--out', 'o', '--conditions', 'HEADACHE'], '--conditions'],
    [['--clinic', CLINIC, '--out', 'o', '--therapist-ids', '42'], '--therapist-ids'],
    [['--clinic', CLINIC, '--out', 'o', '--unknown'], 'unknown'],
  ])('refuses %j', async (argv, message) => {
    const parsed = parseCliArgs(argv, env);
    await expect(parsed).rejects.toThrow(UsageError);
    await expect(parsed).rejects.toThrow(message);
  });
});

describe('the export command (real database)', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let fixture: ClinicFixture;
  let outDir: string;
  let stdout: jest.SpiedFunction<typeof process.stdout.write>;
  let stderr: jest.SpiedFunction<typeof process.stderr.write>;

  /** The command as run from a shell against the test database: --sqlite for SQLite, DATABASE_URL for PostgreSQL. */
  const run = (...argv: string[]): Promise<number> => {
    const { databaseUrl, sqlitePath } = database.target;
    return main(databaseUrl ? argv : [...argv, '--sqlite', sqlitePath], databaseUrl ? { DATABASE_URL: databaseUrl } : {});
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = await new DataSource(dataSourceOptions(database.target)).initialize();
    await dataSource.runMigrations();
    fixture = await createClinicFixture(dataSource);
    await dataSource.transaction(async (manager) => {
      for (const [index, episode] of [fixture.episode, fixture.otherEpisode].entries()) {
        await manager.insert(TreatmentSession, {
          clinicId: episode.clinicId,
          id: `00000000-0000-4000-8000-00000000000${index}`,
          episodeId: episode.id,
          therapistId: episode.therapistId,
          sessionDate: '2026-01-12',
          dayIndex: 7,
          painBefore: 6,
          painAfter: 4,
          position: Position.SIDE_LYING,
          minutes: 45,
          notes: 'Pat Patient mentioned the 02139 clinic',
          clientRequestId: `cli-spec-${index}-request`,
          version: 1,
          createdAt: new Date(),
          updatedAt: new Date(),
        });
      }
      await refreshEpisodeRollups(manager, { clinicId: fixture.clinic.id });
    });
  });

  beforeEach(() => {
    outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'outcomes-export-'));
    stdout = jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
    stderr = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
  });

  afterEach(() => {
    stdout.mockRestore();
    stderr.mockRestore();
    fs.rmSync(outDir, { recursive: true, force: true });
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it('writes both files, the codebook and the manifest, and audits the export as made from the command line', async () => {
    await expect(run('--clinic', fixture.clinic.id, '--out', outDir, '--k', '2')).resolves.toBe(0);

    expect(fs.readdirSync(outDir).sort()).toEqual([...OUTPUT_FILES].sort());
    const manifest = JSON.parse(fs.readFileSync(path.join(outDir, 'manifest.json'), 'utf8')) as ExportManifest;
    const sessions = parseCsvTable(fs.readFileSync(path.join(outDir, 'sessions.csv'), 'utf8'));
    const episodes = parseCsvTable(fs.readFileSync(path.join(outDir, 'episodes.csv'), 'utf8'));
    expect(manifest).toMatchObject({ k: 2, episodes: { selected: 2, releasedFull: 2, suppressed: 0 } });
    expect(sessions.rows).toHaveLength(manifest.files.sessions.rows);
    expect(sessions.rows.map((row) => [row['day_offset'], row['week'], row['position'], row['minutes']])).toEqual([
      ['7', '1', 'SIDE_LYING', '45'],
      ['7', '1', 'SIDE_LYING', '45'],
    ]);
    expect(episodes.rows.map((row) => row['age_band'])).toEqual(['55-59', '55-59']);
    expect(JSON.parse(fs.readFileSync(path.join(outDir, 'codebook.json'), 'utf8'))).toEqual(JSON.parse(JSON.stringify(buildCodebook(2))));
    const everything = OUTPUT_FILES.map((name) => fs.readFileSync(path.join(outDir, name), 'utf8')).join('\n');
    for (const secret of ['Pat Patient', 'Quinn Other', '02139', '1970-05-17', '2026-01-05', '2026-01-12', fixture.patient.id]) {
      expect({ secret, found: everything.includes(secret) }).toEqual({ secret, found: false });
    }

    const events = await dataSource.getRepository(AuditEvent).findBy({ objectId: manifest.exportId });
    expect(events.map((event) => event.action).sort()).toEqual(['export.create', 'export.episodes', 'export.sessions']);
    expect(events.every((event) => event.actorUserId === null && event.detail?.['via'] === 'cli')).toBe(true);
  });

  it('refuses a folder that already holds an export, and a filter finer than a year, and writes nothing', async () => {
    fs.writeFileSync(path.join(outDir, 'sessions.csv'), 'keep me');
    await expect(run('--clinic', fixture.clinic.id, '--out', outDir)).resolves.toBe(2);
    expect(fs.readFileSync(path.join(outDir, 'sessions.csv'), 'utf8')).toBe('keep me');

    const empty = path.join(outDir, 'fresh');
    await expect(run('--clinic', fixture.clinic.id, '--out', empty, '--started-from', '2026-01-05')).rejects.toThrow('startedFrom');
    expect(fs.readdirSync(empty)).toEqual([]);
  });
});
