import { BodyRegion, Position, RedFlag, Technique } from '@outcomes/models';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { refreshEpisodeRollups } from '../../src/analytics/episode-rollups';
import { queryRows, type SqlValue } from '../../src/database/sql';
import { TenantTransactions } from '../../src/database/tenant-transactions';
import { Episode } from '../../src/episodes/episode.entity';
import { EpisodeRelease, ExportEpisode } from '../../src/exports/export-run.entity';
import { createClinicFixture, type ClinicFixture, EpisodeFactory, TEST_PASSWORD } from '../support/factories';
import { type GraphQLClient, startTestApp, type TestApp } from '../support/test-app';

/**
 * session_export, the rollup the research export's sessions file is read from, against the
 * definition it stands for: each session's codes sorted and joined, and the latest medication
 * report of its episode dated on or before its day, looked up session by session from the base
 * tables. Written through the API (sessions recorded, edited and deleted, reports before, between
 * and after sessions, with and without non-opioids), so the write path keeps it.
 */

const COLUMNS = `s.episode_id, s.session_date, s.day_index, s.pain_before, s.pain_after, s.position, s.minutes`;
const CODES = (table: string, column: string): string =>
  `(SELECT string_agg(c.${column}, ';' ORDER BY c.${column}) FROM ${table} c WHERE c.clinic_id = s.clinic_id AND c.session_id = s.id)`;
const IN_EFFECT = (value: string): string => `(SELECT ${value} FROM medication_report r
  WHERE r.clinic_id = s.clinic_id AND r.episode_id = s.episode_id AND r.report_date <= s.session_date
  ORDER BY r.report_date DESC LIMIT 1)`;

/** The definition: one lookup per session and value. */
const REFERENCE_SQL = `
  SELECT s.id AS session_id, ${COLUMNS},
    ${CODES('session_technique', 'technique')} AS techniques,
    ${CODES('session_region', 'region')} AS regions,
    ${CODES('session_red_flag', 'red_flag')} AS red_flags,
    ${IN_EFFECT('r.daily_mme')} AS daily_mme,
    ${IN_EFFECT('COALESCE((SELECT SUM(u.doses_per_week) FROM non_opioid_use u WHERE u.clinic_id = r.clinic_id AND u.report_id = r.id), 0)')}
      AS non_opioid_doses,
    ${IN_EFFECT('r.factor_table')} AS factor_table,
    (SELECT COUNT(*) FROM treatment_session o WHERE o.clinic_id = s.clinic_id AND o.episode_id = s.episode_id
      AND (o.session_date < s.session_date OR (o.session_date = s.session_date AND o.id <= s.id))) AS ordinal
  FROM treatment_session s WHERE s.clinic_id = :clinicId`;

const ROLLUP_SQL = `
  SELECT s.session_id, ${COLUMNS}, s.techniques, s.regions, s.red_flags, s.daily_mme, s.non_opioid_doses, s.factor_table, s.ordinal
  FROM session_export s WHERE s.clinic_id = :clinicId`;

const BLOCKS_SQL = `SELECT episode_id, sessions, records FROM session_export_block WHERE clinic_id = :clinicId`;

const RECORD = 'mutation($input: RecordSessionInput!) { recordSession(input: $input) { id version } }';
const UPDATE = 'mutation($input: UpdateSessionInput!) { updateSession(input: $input) { id } }';
const DELETE = 'mutation($id: ID!) { deleteSession(id: $id) }';
const REPORT = 'mutation($input: RecordMedicationReportInput!) { recordMedicationReport(input: $input) { id } }';

type Row = Record<string, SqlValue>;

/** Rows as text (numbers and dates come back in each engine's own types), ordered by session. */
const canonical = (rows: Row[]): string[][] =>
  rows
    .map((row) => Object.keys(row).sort().map((key) => `${key}=${row[key] === null ? '' : String(row[key])}`))
    .sort((a, b) => (a.join() < b.join() ? -1 : 1));

describe('session_export, the sessions file rollup', () => {
  let testApp: TestApp;
  let fixture: ClinicFixture;
  let therapist: GraphQLClient;
  let owner: GraphQLClient;
  let inClinic: <T>(work: (manager: EntityManager) => Promise<T>) => Promise<T>;
  const episodes: Episode[] = [];

  const dateOf = (day: number): string => new Date(Date.parse('2026-01-05T00:00:00Z') + day * 86_400_000).toISOString().slice(0, 10);
  const record = async (episode: Episode, day: number, extra: Record<string, unknown> = {}): Promise<{ id: string; version: number }> =>
    (
      await therapist.data<{ recordSession: { id: string; version: number } }>(RECORD, {
        input: { clientRequestId: randomUUID(), episodeId: episode.id, sessionDate: dateOf(day), painBefore: 6, minutes: 45, techniques: [], ...extra },
      })
    ).recordSession;
  const report = (episode: Episode, day: number, dosesPerDay: number, nonOpioids: { drugClass: string; dosesPerWeek: number }[]): Promise<unknown> =>
    therapist.data(REPORT, {
      input: { episodeId: episode.id, reportDate: dateOf(day), opioids: dosesPerDay > 0 ? [{ drug: 'OXYCODONE', strength: 5, dosesPerDay }] : [], nonOpioids },
    });
  const rowsOf = (sql: string): Promise<Row[]> => inClinic((manager) => queryRows<Row>(manager, sql, { clinicId: fixture.clinic.id }));

  beforeAll(async () => {
    testApp = await startTestApp();
    fixture = await createClinicFixture(testApp.dataSource);
    const transactions = testApp.app.get(TenantTransactions);
    inClinic = (work) => transactions.run(fixture.clinic.id, work);
    episodes.push(
      ...[0, 1, 2].map(() => EpisodeFactory.build(fixture.patient, fixture.therapist, { startDate: '2026-01-05' } as Partial<Episode>)),
    );
    await testApp.dataSource.getRepository(Episode).insert(episodes);
    await inClinic((manager) => refreshEpisodeRollups(manager, { clinicId: fixture.clinic.id }));
    therapist = await testApp.login(fixture.therapist.email, TEST_PASSWORD);
    owner = await testApp.login(fixture.owner.email, TEST_PASSWORD);
  });

  afterAll(async () => {
    await testApp?.close();
  });

  it('holds each session as the lookups from its base tables give it, through records, edits, deletions and reports', async () => {
    const [first, second, third] = episodes as [Episode, Episode, Episode];
    // Episode 1: a session before any report (no medication), then reports on day 7 and day 14.
    await record(first, 0, { techniques: [Technique.SWEDISH, Technique.DEEP_TISSUE], regions: [BodyRegion.LUMBAR] });
    await report(first, 7, 2, [
      { drugClass: 'NSAID', dosesPerWeek: 7 },
      { drugClass: 'ACETAMINOPHEN', dosesPerWeek: 3.5 },
    ]);
    const onReportDay = await record(first, 7, { techniques: [Technique.HEAT], position: Position.PRONE });
    await record(first, 10, { redFlags: [RedFlag.SADDLE_NUMBNESS, RedFlag.BLADDER_BOWEL_CHANGE], painAfter: 4 });
    await report(first, 14, 0, []);
    await record(first, 14);
    await record(first, 21, { techniques: [Technique.TRIGGER_POINT, Technique.MYOFASCIAL_RELEASE, Technique.ASSISTED_STRETCHING] });
    // A session moved across a report and given other codes; another deleted.
    await therapist.data(UPDATE, {
      input: { id: onReportDay.id, expectedVersion: onReportDay.version, sessionDate: dateOf(15), techniques: [Technique.PERCUSSIVE, Technique.HEAT] },
    });
    const removed = await record(first, 16, { techniques: [Technique.SWEDISH] });
    await owner.data(DELETE, { id: removed.id });
    // Episode 2: a report first, then sessions; a report added after the sessions changes none of them.
    await report(second, 0, 3, [{ drugClass: 'GABAPENTINOID', dosesPerWeek: 14 }]);
    await record(second, 2, { regions: [BodyRegion.GLUTEALS, BodyRegion.HAMSTRINGS, BodyRegion.ILIOPSOAS] });
    await record(second, 9);
    await report(second, 30, 1, []);
    // Episode 3: a report dated after its only session.
    await record(third, 1, { techniques: [Technique.NEUROMUSCULAR] });
    await report(third, 5, 1, [{ drugClass: 'MUSCLE_RELAXANT', dosesPerWeek: 2 }]);

    const [rollup, reference] = [await rowsOf(ROLLUP_SQL), await rowsOf(REFERENCE_SQL)];

    expect(rollup).toHaveLength(8);
    expect(canonical(rollup)).toEqual(canonical(reference));
    // The cases above all occur: codes and none, a report in effect and none, doses summed and 0.
    expect(rollup.filter((row) => row['techniques'] === null).length).toBeGreaterThan(0);
    expect(rollup.some((row) => row['red_flags'] === 'BLADDER_BOWEL_CHANGE;SADDLE_NUMBNESS')).toBe(true);
    expect(rollup.filter((row) => row['daily_mme'] === null)).toHaveLength(2);
    expect(rollup.map((row) => Number(row['non_opioid_doses'] ?? -1)).sort((a, b) => a - b)).toEqual([-1, -1, 0, 0, 0, 10.5, 14, 14]);
    expect(rollup.map((row) => row['session_id'])).not.toContain(removed.id);
    expect(rollup.map((row) => Number(row['ordinal'])).sort((a, b) => a - b)).toEqual([1, 1, 1, 2, 2, 3, 4, 5]);

    // Each episode's block: its sessions' records in ordinal order, put together here from their
    // stored parts, the plan's parts as the characters 1 and 2, CRLF-ended.
    const parts = await rowsOf(`SELECT episode_id, ordinal, cells_head, cells_tail FROM session_export WHERE clinic_id = :clinicId`);
    const expected = new Map<string, { sessions: number; records: string }>();
    for (const row of [...parts].sort((a, b) => Number(a['ordinal']) - Number(b['ordinal']))) {
      const block = expected.get(String(row['episode_id'])) ?? { sessions: 0, records: '' };
      block.sessions += 1;
      block.records += `\u0001,${String(row['cells_head'])},\u0002,${String(row['cells_tail'])}\r\n`;
      expected.set(String(row['episode_id']), block);
    }
    const blocks = await rowsOf(BLOCKS_SQL);
    expect(blocks).toHaveLength(3);
    expect(new Map(blocks.map((row) => [String(row['episode_id']), { sessions: Number(row['sessions']), records: String(row['records']) }]))).toEqual(expected);
  });

  it('gets the same record parts and blocks from the migrations that add them as from the rollup and the plan', async () => {
    // The sessions of the test above, as the rollup refresh rendered them; one plan row written by hand.
    const PARTS_SQL = `SELECT session_id, ordinal, cells_head, cells_tail FROM session_export WHERE clinic_id = :clinicId`;
    const refreshed = await rowsOf(PARTS_SQL);
    expect(refreshed).toHaveLength(8);
    const blocks = await rowsOf(BLOCKS_SQL);
    expect(blocks).toHaveLength(3);
    const [episode] = episodes as [Episode];
    const plan = Object.assign(new ExportEpisode(), {
      clinicId: fixture.clinic.id,
      exportId: randomUUID(),
      studyEpisodeId: 7,
      episodeId: episode.id,
      ageBand: '40-44',
      sex: 'FEMALE',
      condition: 'SCIATICA',
      suspectedCause: 'DISC_HERNIATION',
      plannedFrequency: 'WEEKLY',
      startYear: null,
      release: EpisodeRelease.NO_YEAR,
      studyPatientId: 3,
      studyTherapistId: null,
      recordHead: 'stale',
      recordMiddle: 'stale',
    });
    await inClinic((manager) => manager.getRepository(ExportEpisode).insert(plan));

    // The blocks' migration, then the parts' migration, undone; both run again.
    await testApp.dataSource.undoLastMigration();
    await testApp.dataSource.undoLastMigration();
    await testApp.dataSource.runMigrations();

    expect(canonical(await rowsOf(PARTS_SQL))).toEqual(canonical(refreshed));
    expect(canonical(await rowsOf(BLOCKS_SQL))).toEqual(canonical(blocks));
    const [written] = await rowsOf(`SELECT record_head, record_middle FROM export_episode WHERE clinic_id = :clinicId`);
    expect(written).toEqual({ record_head: 'P3,E7', record_middle: 'WEEKLY,DISC_HERNIATION,SCIATICA' });
  });
});
