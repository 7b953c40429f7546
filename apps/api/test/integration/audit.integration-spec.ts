import { RedFlag } from '@outcomes/models';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { AuditEvent, NO_CLINIC_ID } from '../../src/audit/audit-event.entity';
import { AuditRetention, retentionCutoff } from '../../src/audit/audit-retention.service';
import { AuditService } from '../../src/audit/audit.service';
import { loadConfig } from '../../src/config';
import { dialectOf } from '../../src/database/dialect';
import { TenantTransactions } from '../../src/database/tenant-transactions';
import { RedFlagAlert } from '../../src/red-flags/red-flag-alert.entity';
import { SessionRedFlag, TreatmentSession } from '../../src/sessions/treatment-session.entity';
import { rowCounts } from '../support/audit';
import { createClinicFixture, type ClinicFixture, TEST_PASSWORD } from '../support/factories';
import { type GraphQLClient, startTestApp, type TestApp } from '../support/test-app';

const BROWSE = `query($filter: AuditEventFilter, $first: Int, $after: String) {
  auditEvents(filter: $filter, first: $first, after: $after) {
    edges { cursor node { id action actorUserId actorRole objectType objectId occurredAt detail } }
    pageInfo { endCursor hasNextPage }
  }
}`;
const RECORD = `mutation($input: RecordSessionInput!) { recordSession(input: $input) { id } }`;
const LOGIN = 'mutation($input: LoginInput!) { login(input: $input) { id } }';

interface BrowsedEvent {
  id: string;
  action: string;
  actorUserId: string | null;
  objectType: string | null;
  objectId: string | null;
  occurredAt: string;
  detail: Record<string, unknown> | null;
}
interface Browse {
  auditEvents: { edges: { cursor: string; node: BrowsedEvent }[]; pageInfo: { endCursor: string | null; hasNextPage: boolean } };
}

const onPostgres = dialectOf(process.env['DATABASE_URL']) === 'postgres';

describe('the audit trail', () => {
  let testApp: TestApp;
  let clinic: ClinicFixture;
  let other: ClinicFixture;
  let owner: GraphQLClient;
  let therapist: GraphQLClient;

  const events = (where: Partial<Record<keyof AuditEvent, unknown>>): Promise<AuditEvent[]> =>
    testApp.dataSource.getRepository(AuditEvent).find({ where: where as never, order: { occurredAt: 'ASC' } });

  /** A session with a red flag and its open alert, in the fixture's own episode. */
  async function flaggedSession(fixture: ClinicFixture): Promise<string> {
    const now = new Date();
    const session = Object.assign(new TreatmentSession(), {
      clinicId: fixture.clinic.id,
      id: randomUUID(),
      episodeId: fixture.episode.id,
      therapistId: fixture.therapist.id,
      sessionDate: '2026-01-12',
      dayIndex: 7,
      painBefore: 7,
      painAfter: null,
      position: null,
      minutes: 40,
      notes: null,
      clientRequestId: randomUUID(),
      version: 1,
      createdAt: now,
      updatedAt: now,
    });
    await testApp.dataSource.getRepository(TreatmentSession).insert(session);
    await testApp.dataSource.getRepository(SessionRedFlag).insert({ clinicId: fixture.clinic.id, sessionId: session.id, redFlag: RedFlag.SADDLE_NUMBNESS });
    await testApp.dataSource.getRepository(RedFlagAlert).insert({
      clinicId: fixture.clinic.id,
      id: randomUUID(),
      episodeId: fixture.episode.id,
      sessionId: session.id,
      raisedOn: '2026-01-12',
      createdAt: now,
      resolvedAt: null,
    });
    return session.id;
  }

  beforeAll(async () => {
    testApp = await startTestApp();
    clinic = await createClinicFixture(testApp.dataSource, 'Audited Clinic');
    other = await createClinicFixture(testApp.dataSource, 'Other Clinic');
    owner = await testApp.login(clinic.owner.email, TEST_PASSWORD);
    therapist = await testApp.login(clinic.therapist.email, TEST_PASSWORD);
    await testApp.login(other.owner.email, TEST_PASSWORD);
  });
  afterAll(() => testApp.close());

  describe('what is recorded', () => {
    it('records every login, success and failure, without the email of an unknown account', async () => {
      await testApp.anonymous.send(LOGIN, { input: { email: clinic.researcher.email, password: 'not the password' } });
      await testApp.anonymous.send(LOGIN, { input: { email: 'stranger@unknown.example', password: 'whatever it is' } });

      const successes = await events({ action: 'login.success', actorUserId: clinic.owner.id });
      const failures = await events({ action: 'login.failure' });
      expect(successes).toHaveLength(1);
      expect(failures.map((event) => [event.clinicId, event.objectId, event.detail?.['reason']])).toEqual(
        expect.arrayContaining([
          [clinic.clinic.id, clinic.researcher.id, 'wrong-password'],
          [NO_CLINIC_ID, null, 'unknown-email'],
        ]),
      );
      expect(JSON.stringify(failures)).not.toContain('stranger@unknown.example');
    });

    it('records identifiable data read through nested fields, not only through the operations that audit themselves', async () => {
      const session = await flaggedSession(clinic);
      const { openRedFlagAlerts } = await therapist.data<{ openRedFlagAlerts: { episode: { patient: { name: string } } }[] }>(
        '{ openRedFlagAlerts { id episode { patient { name birthDate } } } }',
      );

      const reads = await events({ action: 'identifiable.read', actorUserId: clinic.therapist.id, objectType: 'patient' });
      expect(openRedFlagAlerts.map((alert) => alert.episode.patient.name)).toContain(clinic.patient.name);
      expect(reads.at(-1)?.detail).toMatchObject({ ids: [clinic.patient.id], fields: ['Patient.birthDate', 'Patient.name'] });
      expect(JSON.stringify(reads)).not.toContain(clinic.patient.name);
      expect(session).toBeDefined();
    });

    it('does not count a user reading their own login as a read of identifiable data', async () => {
      const before = await events({ action: 'identifiable.read', actorUserId: clinic.therapist.id, objectType: 'user' });
      await therapist.data('{ me { email displayName } }');

      await expect(events({ action: 'identifiable.read', actorUserId: clinic.therapist.id, objectType: 'user' })).resolves.toHaveLength(before.length);
    });
  });

  describe('one transaction with the work it records', () => {
    const blockAudit = async (): Promise<void> => {
      if (onPostgres) {
        await testApp.dataSource.query(
          `CREATE FUNCTION block_audit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit store unavailable'; END $$`,
        );
        await testApp.dataSource.query('CREATE TRIGGER block_audit BEFORE INSERT ON audit_event FOR EACH ROW EXECUTE FUNCTION block_audit()');
      } else {
        await testApp.dataSource.query(
          `CREATE TRIGGER block_audit BEFORE INSERT ON audit_event BEGIN SELECT RAISE(ABORT, 'audit store unavailable'); END`,
        );
      }
    };
    const unblockAudit = async (): Promise<void> => {
      await testApp.dataSource.query('DROP TRIGGER IF EXISTS block_audit' + (onPostgres ? ' ON audit_event' : ''));
      if (onPostgres) await testApp.dataSource.query('DROP FUNCTION IF EXISTS block_audit()');
    };
    afterEach(unblockAudit);

    it('stores no write whose audit event cannot be stored, and serves no identifiable read', async () => {
      const tables = ['treatment_session', 'session_technique', 'episode_outcome', 'user_session', 'audit_event'];
      await blockAudit();
      const before = await rowCounts(testApp.dataSource, tables);

      const write = await therapist.send(RECORD, {
        input: { clientRequestId: randomUUID(), episodeId: clinic.episode.id, sessionDate: '2026-01-12', painBefore: 5, techniques: ['SWEDISH'], minutes: 30 },
      });
      const read = await therapist.send('query($id: ID!) { patient(id: $id) { name } }', { id: clinic.patient.id });
      const nested = await therapist.send('{ openRedFlagAlerts { episode { patient { name } } } }');
      const login = await request(testApp.server).post('/graphql').send({ query: LOGIN, variables: { input: { email: clinic.owner.email, password: TEST_PASSWORD } } });

      expect(write.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      expect(read.data?.['patient'] ?? null).toBeNull();
      expect(nested.data ?? null).toBeNull();
      expect(JSON.stringify([read, nested])).not.toContain(clinic.patient.name);
      expect(login.headers['set-cookie']).toBeUndefined();
      await expect(rowCounts(testApp.dataSource, tables)).resolves.toEqual(before);
    });

    it('keeps an event only when its work commits', async () => {
      const transactions = testApp.app.get(TenantTransactions);
      const audit = testApp.app.get(AuditService);
      const marker = `test.rollback.${randomUUID().slice(0, 8)}`;

      await expect(
        transactions.run(clinic.clinic.id, async (manager) => {
          await audit.record(manager, { clinicId: clinic.clinic.id, userId: clinic.owner.id, role: 'OWNER' }, { action: marker });
          throw new Error('the work failed');
        }),
      ).rejects.toThrow('the work failed');
      await expect(events({ action: marker })).resolves.toEqual([]);
    });
  });

  describe('browsing, for the owner', () => {
    it('lists the clinic’s events newest first, in cursor pages that neither skip nor repeat', async () => {
      const all = await testApp.dataSource.getRepository(AuditEvent).countBy({ clinicId: clinic.clinic.id });
      const seen: BrowsedEvent[] = [];
      let after: string | null = null;
      for (let page = 0; page < 100; page += 1) {
        const result: Browse = await owner.data<Browse>(BROWSE, { first: 3, after });
        seen.push(...result.auditEvents.edges.map((edge) => edge.node));
        if (!result.auditEvents.pageInfo.hasNextPage) break;
        after = result.auditEvents.pageInfo.endCursor;
      }

      // Each page's own browse event is newer than the cursor: none appear in later pages.
      expect(seen).toHaveLength(all);
      expect(new Set(seen.map((event) => event.id)).size).toBe(seen.length);
      const times = seen.map((event) => Date.parse(event.occurredAt));
      expect(times).toEqual([...times].sort((a, b) => b - a));
    });

    it('filters by action prefix, actor, object type and time range', async () => {
      const byPrefix = await owner.data<Browse>(BROWSE, { filter: { actionPrefix: 'login.' }, first: 100 });
      const byActor = await owner.data<Browse>(BROWSE, { filter: { actorUserId: clinic.therapist.id }, first: 100 });
      const byType = await owner.data<Browse>(BROWSE, { filter: { objectType: 'patient' }, first: 100 });
      const future = new Date(Date.now() + 3600_000).toISOString();
      const inFuture = await owner.data<Browse>(BROWSE, { filter: { occurredFrom: future }, first: 100 });
      const first = byPrefix.auditEvents.edges.at(-1)?.node as BrowsedEvent;
      const window = await owner.data<Browse>(BROWSE, {
        filter: { occurredFrom: first.occurredAt, occurredTo: new Date(Date.parse(first.occurredAt) + 1).toISOString(), actionPrefix: 'login.' },
        first: 100,
      });

      const nodes = (browse: Browse): BrowsedEvent[] => browse.auditEvents.edges.map((edge) => edge.node);
      expect(nodes(byPrefix).map((event) => event.action)).toEqual(expect.arrayContaining(['login.success', 'login.failure']));
      expect(nodes(byPrefix).every((event) => event.action.startsWith('login.'))).toBe(true);
      expect(nodes(byActor).length).toBeGreaterThan(0);
      expect(nodes(byActor).every((event) => event.actorUserId === clinic.therapist.id)).toBe(true);
      expect(nodes(byType).length).toBeGreaterThan(0);
      expect(nodes(byType).every((event) => event.objectType === 'patient')).toBe(true);
      expect(nodes(inFuture)).toEqual([]);
      expect(nodes(window).map((event) => event.id)).toContain(first.id);
      expect(nodes(window).every((event) => Date.parse(event.occurredAt) === Date.parse(first.occurredAt))).toBe(true);
    });

    it('shows nothing of another clinic', async () => {
      const browse = await owner.data<Browse>(BROWSE, { first: 100, filter: { actionPrefix: 'login.' } });
      const otherIds = [other.owner.id, other.clinic.id];

      expect(JSON.stringify(browse)).not.toMatch(new RegExp(otherIds.join('|')));
      await expect(testApp.dataSource.getRepository(AuditEvent).countBy({ clinicId: other.clinic.id, action: 'login.success' })).resolves.toBe(1);
    });

    it('records each browse, and answers bad filters field by field', async () => {
      const before = await events({ action: 'audit.browse', actorUserId: clinic.owner.id });
      const bad = await owner.send(BROWSE, { filter: { actionPrefix: "x' OR 1=1 --" } });
      const badCursor = await owner.send(BROWSE, { after: 'not-a-cursor' });
      const backwards = await owner.send(BROWSE, { filter: { occurredFrom: '2026-02-01T00:00:00Z', occurredTo: '2026-01-01T00:00:00Z' } });
      await owner.data(BROWSE, { first: 1 });

      expect(bad.errors?.[0]?.extensions?.fields?.[0]?.field).toMatch(/actionPrefix$/);
      expect(badCursor.errors?.[0]?.extensions?.fields?.[0]?.field).toBe('after');
      expect(backwards.errors?.[0]?.extensions?.fields?.[0]?.field).toBe('filter.occurredTo');
      await expect(events({ action: 'audit.browse', actorUserId: clinic.owner.id })).resolves.toHaveLength(before.length + 1);
    });

    it('is the owner’s alone', async () => {
      const researcher = await testApp.login(clinic.researcher.email, TEST_PASSWORD);

      await expect(therapist.errorCode(BROWSE)).resolves.toBe('FORBIDDEN');
      await expect(researcher.errorCode(BROWSE)).resolves.toBe('FORBIDDEN');
      await expect(testApp.anonymous.errorCode(BROWSE)).resolves.toBe('UNAUTHENTICATED');
    });
  });

  describe('retention', () => {
    it('keeps events 6 years by default, as AUDIT_RETENTION_YEARS says otherwise', () => {
      expect(loadConfig({}).auditRetentionYears).toBe(6);
      expect(loadConfig({ AUDIT_RETENTION_YEARS: '10' }).auditRetentionYears).toBe(10);
      expect(() => loadConfig({ AUDIT_RETENTION_YEARS: '0' })).toThrow(/AUDIT_RETENTION_YEARS/);
      expect(() => loadConfig({ AUDIT_RETENTION_YEARS: 'forever' })).toThrow(/AUDIT_RETENTION_YEARS/);
      expect(retentionCutoff(new Date('2026-11-20T12:00:00Z'), 6).toISOString()).toBe('2020-11-20T12:00:00.000Z');
    });

    it('purges every clinic’s events older than the retention, and only those, recording how many', async () => {
      const now = new Date('2026-11-20T12:00:00Z');
      const at = (iso: string): Date => new Date(iso);
      const planted = [
        { clinicId: clinic.clinic.id, occurredAt: at('2019-06-01T00:00:00Z'), expired: true },
        { clinicId: clinic.clinic.id, occurredAt: at('2020-11-20T11:59:59Z'), expired: true },
        { clinicId: clinic.clinic.id, occurredAt: at('2020-11-20T12:00:01Z'), expired: false },
        { clinicId: other.clinic.id, occurredAt: at('2018-01-01T00:00:00Z'), expired: true },
        { clinicId: NO_CLINIC_ID, occurredAt: at('2017-01-01T00:00:00Z'), expired: true },
      ].map((row) => ({ ...row, id: randomUUID() }));
      const rows: AuditEvent[] = planted.map(({ clinicId, occurredAt, id }) => ({
        clinicId,
        id,
        actorUserId: null,
        actorRole: null,
        action: 'test.old',
        objectType: null,
        objectId: null,
        occurredAt,
        detail: null,
      }));
      // As AuditService does: TypeORM's deep-partial type cannot walk the recursive detail type.
      await testApp.dataSource.getRepository(AuditEvent).createQueryBuilder().insert().values(rows as object[]).execute();
      const longer = new AuditRetention(testApp.dataSource, testApp.app.get(TenantTransactions), testApp.app.get(AuditService), { years: 10, scheduled: false });
      const retention = testApp.app.get(AuditRetention);

      await expect(longer.purge(now)).resolves.toBe(0);
      await expect(retention.purge(now)).resolves.toBe(4);

      const left = await events({ action: 'test.old' });
      expect(left.map((event) => event.id)).toEqual(planted.filter((row) => !row.expired).map((row) => row.id));
      const purges = await events({ action: 'audit.purge' });
      expect(purges.map((event) => [event.clinicId, event.detail?.['deleted']]).sort()).toEqual(
        [
          [clinic.clinic.id, 2],
          [other.clinic.id, 1],
          [NO_CLINIC_ID, 1],
        ].sort(),
      );
      expect(retention.retentionYears).toBe(6);
    });
  });

  describe('exports', () => {
    it('records every export', async () => {
      const outcomes: string[] = [];
      for (const path of ['/exports/sessions.csv', '/exports/episodes.csv']) {
        const before = await testApp.dataSource.getRepository(AuditEvent).countBy({ actorUserId: clinic.owner.id });
        const response = await request(testApp.server).get(path).set('Cookie', owner.cookie ?? '');
        const after = await testApp.dataSource.getRepository(AuditEvent).findBy({ actorUserId: clinic.owner.id });
        const audited = after.length > before && after.some((event) => event.action.startsWith('export'));
        outcomes.push(`${path}: ${response.status}, audited: ${audited}`);
      }

      expect(outcomes).toEqual(['/exports/sessions.csv: 200, audited: true', '/exports/episodes.csv: 200, audited: true']);
    });
  });
});
