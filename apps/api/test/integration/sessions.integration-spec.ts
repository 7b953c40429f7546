import { randomUUID } from 'node:crypto';
import { todayIn } from '../../src/common/dates';
import { TreatmentSession } from '../../src/sessions/treatment-session.entity';
import { auditEvents, rowCounts } from '../support/audit';
import { createClinicFixture, type ClinicFixture, TEST_PASSWORD } from '../support/factories';
import { type GraphQLClient, startTestApp, type TestApp } from '../support/test-app';

const RECORD = `mutation($input: RecordSessionInput!) {
  recordSession(input: $input) { id episodeId dayIndex painBefore painAfter techniques regions redFlags minutes version notes }
}`;
const UPDATE = `mutation($input: UpdateSessionInput!) {
  updateSession(input: $input) { id painBefore painAfter techniques version }
}`;
const WRITE_TABLES = ['treatment_session', 'session_technique', 'session_region', 'session_red_flag', 'red_flag_alert'];

describe('treatment sessions', () => {
  let testApp: TestApp;
  let fixture: ClinicFixture;
  let therapist: GraphQLClient;
  let owner: GraphQLClient;

  const validInput = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
    clientRequestId: randomUUID(),
    episodeId: fixture.episode.id,
    sessionDate: '2026-01-19',
    painBefore: 7,
    painAfter: 5,
    techniques: ['DEEP_TISSUE', 'PIRIFORMIS_RELEASE'],
    regions: ['GLUTEALS', 'PIRIFORMIS_DEEP_ROTATORS'],
    position: 'PRONE',
    minutes: 60,
    redFlags: [],
    notes: 'Tender over the left piriformis.',
    ...overrides,
  });

  beforeAll(async () => {
    testApp = await startTestApp();
    fixture = await createClinicFixture(testApp.dataSource);
    therapist = await testApp.login(fixture.therapist.email, TEST_PASSWORD);
    owner = await testApp.login(fixture.owner.email, TEST_PASSWORD);
  });
  afterAll(() => testApp.close());

  it('records a session with its techniques and regions, the day index from the episode start, and an audit event', async () => {
    const input = validInput();
    const { recordSession } = await therapist.data<{ recordSession: Record<string, unknown> }>(RECORD, { input });

    // The episode starts 2026-01-05; the 19th is 14 days later.
    expect(recordSession).toMatchObject({
      episodeId: fixture.episode.id,
      dayIndex: 14,
      painBefore: 7,
      painAfter: 5,
      techniques: ['DEEP_TISSUE', 'PIRIFORMIS_RELEASE'],
      regions: ['GLUTEALS', 'PIRIFORMIS_DEEP_ROTATORS'],
      redFlags: [],
      version: 1,
    });
    const events = await auditEvents(testApp.dataSource, 'session.record');
    expect(events.map((event) => event.objectId)).toContain(recordSession['id']);
    expect(JSON.stringify(events)).not.toContain('piriformis.');
  });

  it.each([
    ['pain 11', { painBefore: 11 }, 'input.painBefore'],
    ['pain -1', { painBefore: -1 }, 'input.painBefore'],
    ['pain 3.5', { painBefore: 3.5 }, 'input.painBefore'],
    ['pain after 12', { painAfter: 12 }, 'input.painAfter'],
    ['an unknown technique', { techniques: ['REIKI'] }, 'input.techniques[0]'],
    ['a session before the episode started', { sessionDate: '2026-01-04' }, 'input.sessionDate'],
    ['a session in the future', { sessionDate: '2999-01-01' }, 'input.sessionDate'],
    ['a date that does not exist', { sessionDate: '2026-02-30' }, 'input.sessionDate'],
    ['0 minutes', { minutes: 0 }, 'input.minutes'],
    ['a malformed client request id', { clientRequestId: 'x' }, 'input.clientRequestId'],
  ])('refuses %s with a field-level BAD_USER_INPUT and writes nothing', async (_, overrides, field) => {
    const before = await rowCounts(testApp.dataSource, WRITE_TABLES);

    const response = await therapist.send(RECORD, { input: validInput(overrides) });

    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.extensions?.fields?.map((problem) => problem.field)).toContain(field);
    await expect(rowCounts(testApp.dataSource, WRITE_TABLES)).resolves.toEqual(before);
  });

  it('stores one session when the same client request id is sent twice, and returns the same one', async () => {
    const input = validInput();
    const first = await therapist.data<{ recordSession: { id: string } }>(RECORD, { input });
    const retry = await therapist.data<{ recordSession: { id: string } }>(RECORD, { input });

    expect(retry.recordSession.id).toBe(first.recordSession.id);
    await expect(
      testApp.dataSource.getRepository(TreatmentSession).countBy({ clientRequestId: input['clientRequestId'] as string }),
    ).resolves.toBe(1);
  });

  it('stores one session when retries of one client request id race each other', async () => {
    const input = validInput();
    const responses = await Promise.all(Array.from({ length: 8 }, () => therapist.data<{ recordSession: { id: string } }>(RECORD, { input })));

    expect(new Set(responses.map((response) => response.recordSession.id)).size).toBe(1);
    await expect(
      testApp.dataSource.getRepository(TreatmentSession).countBy({ clientRequestId: input['clientRequestId'] as string }),
    ).resolves.toBe(1);
  });

  it('refuses a client request id reused for another episode', async () => {
    const input = validInput();
    await therapist.data(RECORD, { input });
    const otherEpisode = await testApp.login(fixture.owner.email, TEST_PASSWORD);

    await expect(otherEpisode.errorCode(RECORD, { input: { ...input, episodeId: fixture.otherEpisode.id } })).resolves.toBe('CONFLICT');
  });

  it('updates with the current version and refuses a stale one with CONFLICT', async () => {
    const { recordSession } = await therapist.data<{ recordSession: { id: string } }>(RECORD, { input: validInput() });
    const id = recordSession.id;

    const updated = await therapist.data<{ updateSession: Record<string, unknown> }>(UPDATE, {
      input: { id, expectedVersion: 1, painBefore: 6, techniques: ['TRIGGER_POINT'] },
    });
    expect(updated.updateSession).toEqual({ id, painBefore: 6, painAfter: 5, techniques: ['TRIGGER_POINT'], version: 2 });

    const stale = await owner.send(UPDATE, { input: { id, expectedVersion: 1, painBefore: 2 } });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const stored = await testApp.dataSource.getRepository(TreatmentSession).findOneByOrFail({ id });
    expect([stored.painBefore, stored.version]).toEqual([6, 2]);
  });

  it('lets exactly one of two concurrent updates of the same version win', async () => {
    const { recordSession } = await therapist.data<{ recordSession: { id: string } }>(RECORD, { input: validInput() });
    const results = await Promise.all([
      therapist.send(UPDATE, { input: { id: recordSession.id, expectedVersion: 1, painBefore: 4 } }),
      owner.send(UPDATE, { input: { id: recordSession.id, expectedVersion: 1, painBefore: 3 } }),
    ]);

    const codes = results.map((result) => result.errors?.[0]?.extensions?.code ?? 'OK').sort();
    expect(codes).toEqual(['CONFLICT', 'OK']);
  });

  it('opens a red-flag alert that stays open until a referral is recorded', async () => {
    const { recordSession } = await therapist.data<{ recordSession: { id: string } }>(RECORD, {
      input: validInput({ redFlags: ['SADDLE_NUMBNESS', 'NIGHT_PAIN'] }),
    });
    const open = await owner.data<{ openRedFlagAlerts: { id: string; sessionId: string; redFlags: string[]; sameDayReferral: boolean }[] }>(
      '{ openRedFlagAlerts { id sessionId redFlags sameDayReferral } }',
    );
    const alert = open.openRedFlagAlerts.find((candidate) => candidate.sessionId === recordSession.id);
    expect(alert).toMatchObject({ redFlags: ['NIGHT_PAIN', 'SADDLE_NUMBNESS'], sameDayReferral: true });

    await therapist.data('mutation($input: RecordReferralInput!) { recordReferral(input: $input) { id } }', {
      input: { alertId: alert?.id, referredOn: todayIn('UTC'), destination: 'EMERGENCY_DEPARTMENT' },
    });

    const after = await owner.data<{ openRedFlagAlerts: { id: string }[] }>('{ openRedFlagAlerts { id } }');
    expect(after.openRedFlagAlerts.map((candidate) => candidate.id)).not.toContain(alert?.id);
    await expect(
      therapist.errorCode('mutation($input: RecordReferralInput!) { recordReferral(input: $input) { id } }', {
        input: { alertId: alert?.id, referredOn: todayIn('UTC'), destination: 'PHYSICIAN' },
      }),
    ).resolves.toBe('CONFLICT');
  });

  it('refuses a therapist another therapist’s episode, and lets only an owner delete', async () => {
    await expect(therapist.errorCode(RECORD, { input: validInput({ episodeId: fixture.otherEpisode.id }) })).resolves.toBe('FORBIDDEN');

    const { recordSession } = await therapist.data<{ recordSession: { id: string } }>(RECORD, { input: validInput() });
    const remove = 'mutation($id: ID!) { deleteSession(id: $id) }';
    await expect(therapist.errorCode(remove, { id: recordSession.id })).resolves.toBe('FORBIDDEN');
    await expect(owner.data(remove, { id: recordSession.id })).resolves.toEqual({ deleteSession: true });
    await expect(testApp.dataSource.getRepository(TreatmentSession).existsBy({ id: recordSession.id })).resolves.toBe(false);
  });

  it('does not let one clinic see or write another clinic’s episodes', async () => {
    const other = await createClinicFixture(testApp.dataSource, 'Other Clinic');
    const otherOwner = await testApp.login(other.owner.email, TEST_PASSWORD);

    await expect(otherOwner.errorCode(RECORD, { input: validInput() })).resolves.toBe('NOT_FOUND');
    await expect(otherOwner.errorCode('query($id: ID!) { episode(id: $id) { id } }', { id: fixture.episode.id })).resolves.toBe('NOT_FOUND');
    await expect(otherOwner.errorCode('query($id: ID!) { patient(id: $id) { name } }', { id: fixture.patient.id })).resolves.toBe('NOT_FOUND');
  });
});
