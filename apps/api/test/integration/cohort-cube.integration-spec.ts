import { randomUUID } from 'node:crypto';
import { Frequency, Role } from '@outcomes/models';
import type { EntityManager } from 'typeorm';
import { AnalyticsService } from '../../src/analytics/analytics.service';
import type { Trajectory } from '../../src/analytics/analytics.types';
import { CohortCubeMaintenance } from '../../src/analytics/cohort-cube-maintenance';
import { Measure, type MeasureRow, measureRows, scanRows } from '../../src/analytics/cohort-cube';
import { CohortDimension } from '../../src/analytics/cohort-dimension';
import type { AnalyticsFilter } from '../../src/analytics/dto/analytics-filter.input';
import { AccessScope } from '../../src/common/access-scope';
import { queryRows } from '../../src/database/sql';
import { TenantTransactions } from '../../src/database/tenant-transactions';
import { Episode } from '../../src/episodes/episode.entity';
import { createClinicFixture, type ClinicFixture, EpisodeFactory, TEST_PASSWORD } from '../support/factories';
import { type GraphQLClient, startTestApp, type TestApp } from '../support/test-app';

/*
 * The cohort cube (cohort_stat + cohort_delta) must give exactly the groups a scan of the rollups
 * gives, for every measure and every cohort split, after every kind of write: sessions recorded,
 * edited (date and pain) and deleted, medication reports, an episode's frequency, cause and
 * therapist changed, discharge and drop-out — before the compactor has run and after.
 */
const ALL_MEASURES = Object.values(Measure);
const DIMENSIONS = Object.values(CohortDimension);
const TECHNIQUES = ['DEEP_TISSUE', 'TRIGGER_POINT', 'PIRIFORMIS_RELEASE', 'SWEDISH'];
const START = '2026-01-05';

function dateOf(day: number): string {
  const date = new Date(`${START}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + day);
  return date.toISOString().slice(0, 10);
}

/** A small deterministic generator (LCG), so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function canonical(rows: ReadonlyMap<Measure, readonly MeasureRow[]>): string[] {
  return [...rows]
    .flatMap(([measure, list]) => list.map((row) => `${measure}|${row.cohort}|${row.keys.join('|')}|n=${row.n}|total=${row.total}`))
    .sort();
}

describe('cohort cube', () => {
  let testApp: TestApp;
  let fixture: ClinicFixture;
  let therapist: GraphQLClient;
  let owner: GraphQLClient;
  let transactions: TenantTransactions;
  let maintenance: CohortCubeMaintenance;
  let ownerScope: AccessScope;
  const episodes: Episode[] = [];
  const next = random(20261121);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(next() * values.length)] as T;

  const inClinic = <T>(work: (manager: EntityManager) => Promise<T>): Promise<T> => transactions.run(fixture.clinic.id, work);

  /** Cube and scan agree for every split; returns how many groups were compared. */
  async function expectCubeEqualsScan(): Promise<number> {
    let compared = 0;
    for (const groupBy of DIMENSIONS) {
      const [cube, scan] = await inClinic(async (manager) => [
        canonical(await measureRows(manager, ownerScope, null, groupBy, ALL_MEASURES)),
        canonical(await scanRows(manager, ownerScope, null, groupBy, ALL_MEASURES)),
      ]);
      expect({ groupBy, rows: cube }).toEqual({ groupBy, rows: scan });
      compared += scan.length;
    }
    return compared;
  }

  const pendingDeltas = (): Promise<number> =>
    inClinic(async (manager) => {
      const [row] = await queryRows(manager, 'SELECT COUNT(*) AS deltas FROM cohort_delta WHERE clinic_id = :clinicId', {
        clinicId: fixture.clinic.id,
      });
      return Number(row?.['deltas'] ?? 0);
    });

  const record = (episode: Episode, day: number, painBefore: number): Promise<{ recordSession: { id: string; version: number } }> =>
    therapist.data('mutation($input: RecordSessionInput!) { recordSession(input: $input) { id version } }', {
      input: {
        clientRequestId: randomUUID(),
        episodeId: episode.id,
        sessionDate: dateOf(day),
        painBefore,
        techniques: [pick(TECHNIQUES), ...(next() < 0.5 ? [pick(TECHNIQUES)] : [])].filter((t, i, all) => all.indexOf(t) === i),
        minutes: 45,
      },
    });

  beforeAll(async () => {
    testApp = await startTestApp();
    fixture = await createClinicFixture(testApp.dataSource);
    transactions = testApp.app.get(TenantTransactions);
    maintenance = testApp.app.get(CohortCubeMaintenance);
    // The test folds the deltas itself, when it wants to: the background compactor is stopped.
    await maintenance.onApplicationShutdown();
    ownerScope = new AccessScope(fixture.clinic.id, fixture.owner.id, Role.OWNER);
    const causes = ['PIRIFORMIS', 'DISC_HERNIATION', 'MUSCULAR', 'STENOSIS'] as const;
    for (let index = 0; index < 8; index += 1) {
      const episode = EpisodeFactory.build(fixture.patient, fixture.therapist, {
        suspectedCause: causes[index % causes.length],
        plannedFrequency: index % 3 === 0 ? 'BIWEEKLY' : 'WEEKLY',
        startDate: START,
        symptomDurationWeeks: [3, 8, 20][index % 3],
      } as Partial<Episode>);
      episodes.push(episode);
    }
    await testApp.dataSource.getRepository(Episode).insert(episodes);
    // Inserted directly: the clinic's rollups and cube are rebuilt once, as a bulk load would.
    const { refreshEpisodeRollups } = await import('../../src/analytics/episode-rollups');
    await inClinic((manager) => refreshEpisodeRollups(manager, { clinicId: fixture.clinic.id }));
    therapist = await testApp.login(fixture.therapist.email, TEST_PASSWORD);
    owner = await testApp.login(fixture.owner.email, TEST_PASSWORD);
  });

  afterAll(async () => {
    await testApp?.close();
  });

  it('matches a scan after sessions and medication reports, before and after compaction', async () => {
    for (const episode of episodes) {
      const sessions = 1 + Math.floor(next() * 6);
      let day = 0;
      for (let index = 0; index < sessions; index += 1) {
        await record(episode, day, Math.floor(next() * 11));
        day += pick([6, 7, 8, 13, 14, 15]);
      }
      if (next() < 0.7) {
        await therapist.data('mutation($input: RecordMedicationReportInput!) { recordMedicationReport(input: $input) { id } }', {
          input: { episodeId: episode.id, reportDate: dateOf(0), opioids: [{ drug: 'OXYCODONE', strength: 10, dosesPerDay: 1 + Math.floor(next() * 3) }], nonOpioids: [] },
        });
        await therapist.data('mutation($input: RecordMedicationReportInput!) { recordMedicationReport(input: $input) { id } }', {
          input: { episodeId: episode.id, reportDate: dateOf(day - 1), opioids: next() < 0.5 ? [] : [{ drug: 'OXYCODONE', strength: 5, dosesPerDay: 1 }], nonOpioids: [] },
        });
      }
    }
    expect(await pendingDeltas()).toBeGreaterThan(0);
    expect(await expectCubeEqualsScan()).toBeGreaterThan(50);

    expect(await maintenance.compactAll()).toBeGreaterThan(0);
    expect(await pendingDeltas()).toBe(0);
    await expectCubeEqualsScan();
  });

  it('matches a scan after sessions are edited and deleted and episodes change cohort or end', async () => {
    const target = episodes[1] as Episode;
    const { recordSession: first } = await record(target, 0, 9);
    // Moves the baseline: every week's change from baseline moves with it.
    await therapist.data('mutation($input: UpdateSessionInput!) { updateSession(input: $input) { id } }', {
      input: { id: first.id, expectedVersion: first.version, painBefore: 2, sessionDate: dateOf(3) },
    });
    const { recordSession: extra } = await record(episodes[2] as Episode, 40, 1);
    await owner.data('mutation($id: ID!) { deleteSession(id: $id) }', { id: extra.id });
    await owner.data('mutation($input: UpdateEpisodeInput!) { updateEpisode(input: $input) { id } }', {
      input: { id: (episodes[3] as Episode).id, plannedFrequency: 'BIWEEKLY', suspectedCause: 'STENOSIS', therapistId: fixture.otherTherapist.id, symptomDurationWeeks: 30 },
    });
    await therapist.data('mutation($input: EndEpisodeInput!) { dischargeEpisode(input: $input) { id } }', {
      input: { id: (episodes[4] as Episode).id, endDate: dateOf(90) },
    });
    await therapist.data('mutation($input: EndEpisodeInput!) { markEpisodeDroppedOut(input: $input) { id } }', {
      input: { id: (episodes[5] as Episode).id, endDate: dateOf(90) },
    });
    await expectCubeEqualsScan();
    await maintenance.compactAll();
    await expectCubeEqualsScan();
    // Compaction leaves no empty cells behind.
    const documents = await inClinic((manager) =>
      queryRows(manager, 'SELECT cells FROM cohort_stat WHERE clinic_id = :clinicId', { clinicId: fixture.clinic.id }),
    );
    const cells = documents.flatMap((row) => JSON.parse(String(row['cells'])) as [string, string, string, string, string, number, number][]);
    expect(cells.length).toBeGreaterThan(50);
    expect(cells.filter((cell) => cell[5] === 0 && cell[6] === 0)).toEqual([]);
  });

  it('reuses a clinic-wide figure only while the cube is unchanged, and shows a write in the very next read', async () => {
    const analytics = testApp.app.get(AnalyticsService);
    const trajectory = (filter: AnalyticsFilter | null = null): Promise<Trajectory> =>
      analytics.trajectory(ownerScope, filter, CohortDimension.FREQUENCY);
    const sessions = async (): Promise<number | null> => (await analytics.outcomeSummary(ownerScope, null, CohortDimension.NONE)).total.sessions;
    await maintenance.compactAll();
    const first = await trajectory();
    // The same generation and nothing pending: the very figure computed before.
    expect(await trajectory()).toBe(first);
    const sessionsBefore = await sessions();

    await record(episodes[6] as Episode, 2, 4);
    const afterWrite = await trajectory();
    expect(afterWrite).not.toBe(first);
    expect(afterWrite).not.toEqual(first);
    expect(await sessions()).toBe((sessionsBefore ?? 0) + 1);
    // While the delta is pending, nothing is kept: computed afresh each time.
    expect(await trajectory()).not.toBe(afterWrite);

    await maintenance.compactAll();
    const afterCompaction = await trajectory();
    expect(afterCompaction).toEqual(afterWrite);
    expect(await trajectory()).toBe(afterCompaction);
    expect(await sessions()).toBe((sessionsBefore ?? 0) + 1);

    // A filtered figure is a scan, never kept.
    const weekly: AnalyticsFilter = { frequencies: [Frequency.WEEKLY] };
    const filtered = await trajectory(weekly);
    expect(await trajectory(weekly)).not.toBe(filtered);
    expect(await trajectory(weekly)).toEqual(filtered);
  });

  it('serves a clinic whose cube is pending from the rollups, and builds it at start', async () => {
    const scanBefore = await inClinic(async (manager) => canonical(await scanRows(manager, ownerScope, null, CohortDimension.FREQUENCY, ALL_MEASURES)));
    await inClinic(async (manager) => {
      // As the migration leaves an existing clinic: no cube, and a pending mark.
      await queryRows(manager, 'DELETE FROM cohort_stat WHERE clinic_id = :clinicId', { clinicId: fixture.clinic.id });
      await queryRows(manager, 'INSERT INTO cohort_cube_pending (clinic_id, since) VALUES (:clinicId, :since)', {
        clinicId: fixture.clinic.id,
        since: new Date(),
      });
    });
    const whilePending = await inClinic(async (manager) =>
      canonical(await measureRows(manager, ownerScope, null, CohortDimension.FREQUENCY, ALL_MEASURES)),
    );
    expect(whilePending).toEqual(scanBefore);

    await maintenance.buildPending();
    const [pending] = await inClinic((manager) =>
      queryRows(manager, 'SELECT COUNT(*) AS clinics FROM cohort_cube_pending WHERE clinic_id = :clinicId', { clinicId: fixture.clinic.id }),
    );
    expect(Number(pending?.['clinics'])).toBe(0);
    await expectCubeEqualsScan();
  });
});
