import { RedFlag, Role } from '@outcomes/models';
import fc from 'fast-check';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { RedFlagAlert } from '../../src/red-flags/red-flag-alert.entity';
import { TreatmentSession } from '../../src/sessions/treatment-session.entity';
import { createClinicFixture, type ClinicFixture, TEST_PASSWORD } from '../support/factories';
import { rowCounts } from '../support/audit';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * Hostile input, generated: every case is a valid mutation with one or two fields replaced by
 * something invalid (out of range, non-integer, NaN, huge, odd Unicode, the wrong type, SQL or
 * HTML injection, a future date, a reused id), while the other fields carry hostile but valid
 * text. Each must be answered below 500, with an error naming only fields that were corrupted,
 * and must leave every table as it was.
 */

const RUNS = 600;

// ---- values --------------------------------------------------------------------------------

const SQL_INJECTION = ["'; DROP TABLE patient; --", "' OR '1'='1", '1; DELETE FROM audit_event', "\\'; SELECT pg_sleep(10); --", 'Robert"); DROP TABLE app_user;--'];
const HTML_INJECTION = ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '"><svg onload=alert(1)>', 'javascript:alert(1)'];
const ODD_BUT_VALID_TEXT = ['Zoë Ñúñez', '王小明', 'مريض', 'a\u202Eevil', 'e\u0301\u0301\u0301', '👩‍⚕️🦴', 'tab\there', 'line\nbreak'];
const CONTROL_CHARACTERS = ['nul\u0000byte', 'bell\u0007', 'escape\u001B[31m', 'del\u007F'];
const LONE_SURROGATES = ['\uD800', 'broken\uDC00pair', 'x\uDBFFy'];

/** Text that is valid where free text is allowed, and hostile to whoever renders or queries it. */
const hostileValidText = fc.constantFrom(...SQL_INJECTION, ...HTML_INJECTION, ...ODD_BUT_VALID_TEXT);
/** Strings no field of the API accepts. */
const brokenText = fc.constantFrom(...CONTROL_CHARACTERS, ...LONE_SURROGATES);
/** Longer than any text field allows, counted in characters (code points), as the API counts. */
const hugeString = fc.integer({ min: 10_001, max: 12_000 }).chain((length) => fc.constantFrom('x', 'é', '😀', "'").map((character) => character.repeat(length)));
const notAnIdentifier = fc.oneof(fc.constantFrom(...SQL_INJECTION, ...HTML_INJECTION, '', 'null', '00000000-0000-0000-0000', 'ｘ'.repeat(36)), brokenText);
/** Not whole numbers in range: out of range, fractions, NaN/Infinity (JSON null), huge, and other types. */
const badInteger = (min: number, max: number): fc.Arbitrary<unknown> =>
  fc.oneof(
    fc.integer({ min: -1_000_000, max: min - 1 }),
    fc.integer({ min: max + 1, max: 1_000_000 }),
    fc.double({ min: min + 0.01, max: max - 0.01, noNaN: true }).filter((value) => !Number.isInteger(value)),
    fc.constantFrom(2 ** 31, -(2 ** 31) - 1, 1e20, -1e308, 1.5e-300),
    fc.constantFrom('5', '', 'five', true, false, [], {}, [3]),
  );
/** The same, where the field is required: JSON null (what NaN and Infinity become) is invalid too. */
const badRequiredInteger = (min: number, max: number): fc.Arbitrary<unknown> => fc.oneof(badInteger(min, max), fc.constant(Number.NaN), fc.constant(Infinity), fc.constant(null));
const badDate = fc.oneof(
  fc.constantFrom('2026-02-30', '2026-13-01', '2026-00-10', '26-01-12', '2026/01/12', '2026-1-2', '２０２６-01-12', '2026-01-12T00:00:00Z', ''),
  fc.constantFrom(...SQL_INJECTION, ...HTML_INJECTION),
  fc.constantFrom(20260112, true, [], {}, null),
  brokenText,
);
const futureDate = fc.constantFrom('2999-01-01', '2027-01-01', '2100-12-31', '9999-12-31');
const badEnum = fc.oneof(fc.constantFrom('REIKI', 'deep_tissue', 'Deep Tissue', '', 'NULL', 'DEEP_TISSUE ', ...SQL_INJECTION), fc.constantFrom(1, true, null, {}), brokenText);
const badEnumList = (valid: string): fc.Arbitrary<unknown> =>
  fc.oneof(
    badEnum.map((value) => [value]),
    fc.constant([valid, valid]),
    fc.constant([valid, null]),
    fc.constantFrom(null, 42, { [valid]: true }),
  );
const wrongShape = fc.constantFrom(42, 'input', [], true, null, [{}]);
const extraField = fc.constantFrom('hack', '__proto__', 'constructor', 'clinicId', 'therapistId ', 'id; DROP');

// ---- the mutations ---------------------------------------------------------------------------

interface Case {
  mutation: string;
  variables: Record<string, unknown>;
  /** The fields corrupted, as the API names them ("input.painBefore"). */
  corrupted: string[];
  /** The error code an invalid case must get: a field error, or CONFLICT for a reused id. */
  expect: 'BAD_USER_INPUT' | 'CONFLICT';
}

interface MutationSpec {
  name: string;
  document: string;
  role: Role.OWNER | Role.THERAPIST;
  base: () => Record<string, unknown>;
  /** Invalid values, by input field. */
  invalid: Record<string, fc.Arbitrary<unknown>>;
}

describe('hostile input to the mutations', () => {
  let testApp: TestApp;
  let fixture: ClinicFixture;
  const cookies = new Map<Role, string>();
  let sessionId = '';
  let alertId = '';
  let usedClientRequestId = '';

  const specs = (): MutationSpec[] => [
    {
      name: 'recordSession',
      document: 'mutation($input: RecordSessionInput!) { recordSession(input: $input) { id } }',
      role: Role.THERAPIST,
      base: () => ({
        clientRequestId: randomUUID(),
        episodeId: fixture.episode.id,
        sessionDate: '2026-01-19',
        painBefore: 7,
        painAfter: 5,
        techniques: ['DEEP_TISSUE'],
        regions: ['GLUTEALS'],
        position: 'PRONE',
        minutes: 60,
        redFlags: [],
        notes: 'Notes.',
      }),
      invalid: {
        // A client request id is any 8-64 of [A-Za-z0-9_-]: a broken uuid such as '00000000-0000-0000-0000' is a valid one.
        clientRequestId: fc.oneof(
          fc.constantFrom('x', 'short', 'a'.repeat(65), 'has space in it', 'ünïcödé-id-123'),
          notAnIdentifier.filter((value) => typeof value !== 'string' || !/^[A-Za-z0-9_-]{8,64}$/.test(value)),
          fc.constantFrom(12345678, null),
        ),
        episodeId: fc.oneof(notAnIdentifier, fc.constant(null)),
        sessionDate: fc.oneof(badDate, futureDate, fc.constantFrom('2026-01-04', '1970-01-01')),
        painBefore: badRequiredInteger(0, 10),
        painAfter: badInteger(0, 10),
        minutes: badRequiredInteger(5, 240),
        techniques: badEnumList('DEEP_TISSUE'),
        regions: badEnumList('GLUTEALS'),
        redFlags: badEnumList('SADDLE_NUMBNESS'),
        position: badEnum.filter((value) => value !== null),
        notes: fc.oneof(hugeString, brokenText, fc.constantFrom(12, true, ['a'], {})),
      },
    },
    {
      name: 'updateSession',
      document: 'mutation($input: UpdateSessionInput!) { updateSession(input: $input) { id } }',
      role: Role.THERAPIST,
      base: () => ({ id: sessionId, expectedVersion: 1, painBefore: 5, notes: 'Changed.' }),
      invalid: {
        id: fc.oneof(notAnIdentifier, fc.constant(null)),
        expectedVersion: fc.oneof(fc.constantFrom(0, -1, 1.5, '1', null, Number.NaN), fc.integer({ min: -1000, max: 0 })),
        painBefore: badInteger(0, 10),
        sessionDate: fc.oneof(badDate.filter((value) => value !== null), futureDate),
        minutes: badInteger(5, 240),
        notes: fc.oneof(hugeString, brokenText),
      },
    },
    {
      name: 'createPatient',
      document: 'mutation($input: CreatePatientInput!) { createPatient(input: $input) { id } }',
      role: Role.OWNER,
      base: () => ({ name: 'Valid Name', birthDate: '1970-05-17', sex: 'FEMALE', postalCode: '02139', primaryTherapistId: fixture.therapist.id }),
      invalid: {
        name: fc.oneof(fc.constantFrom('', '   ', '\n\t'), fc.integer({ min: 201, max: 5000 }).map((length) => 'n'.repeat(length)), hugeString, brokenText, fc.constantFrom(12, null, ['x'])),
        birthDate: fc.oneof(badDate, futureDate, fc.constantFrom('1899-12-31', '0001-01-01')),
        sex: badEnum,
        postalCode: fc.oneof(fc.constantFrom('x', '<script>', 'ä1234', '1'.repeat(16), ' 12345', "1' OR '1"), brokenText),
        primaryTherapistId: fc.oneof(notAnIdentifier, fc.constant('researcher')),
      },
    },
    {
      name: 'updatePatient',
      document: 'mutation($input: UpdatePatientInput!) { updatePatient(input: $input) { id } }',
      role: Role.OWNER,
      base: () => ({ id: fixture.patient.id, name: 'Renamed Patient' }),
      invalid: {
        id: fc.oneof(notAnIdentifier, fc.constant(null)),
        name: fc.oneof(fc.constantFrom('', '   '), hugeString, brokenText),
        birthDate: fc.oneof(badDate.filter((value) => value !== null), futureDate),
        sex: badEnum.filter((value) => value !== null),
        postalCode: fc.constantFrom('x', '<b>bold</b>', '1'.repeat(16)),
      },
    },
    {
      name: 'openEpisode',
      document: 'mutation($input: OpenEpisodeInput!) { openEpisode(input: $input) { id } }',
      role: Role.OWNER,
      base: () => ({
        patientId: fixture.patient.id,
        therapistId: fixture.therapist.id,
        condition: 'SCIATICA',
        suspectedCause: 'PIRIFORMIS',
        plannedFrequency: 'WEEKLY',
        startDate: '2026-03-01',
        symptomDurationWeeks: 8,
      }),
      invalid: {
        patientId: fc.oneof(notAnIdentifier, fc.constant(null)),
        therapistId: fc.oneof(notAnIdentifier, fc.constant('researcher')),
        condition: badEnum,
        suspectedCause: badEnum,
        plannedFrequency: badEnum,
        startDate: fc.oneof(badDate, futureDate),
        symptomDurationWeeks: badRequiredInteger(0, 1040),
      },
    },
    {
      name: 'recordMedicationReport',
      document: 'mutation($input: RecordMedicationReportInput!) { recordMedicationReport(input: $input) { id } }',
      role: Role.THERAPIST,
      base: () => ({
        episodeId: fixture.episode.id,
        reportDate: '2026-01-20',
        opioids: [{ drug: 'TRAMADOL', strength: 50, dosesPerDay: 2 }],
        nonOpioids: [{ drugClass: 'NSAID', dosesPerWeek: 7 }],
      }),
      invalid: {
        episodeId: notAnIdentifier,
        reportDate: fc.oneof(badDate, futureDate),
        opioids: fc.oneof(
          fc.record({ drug: badEnum, strength: fc.constant(50), dosesPerDay: fc.constant(2) }).map((item) => [item]),
          fc.oneof(fc.constantFrom(0, -5, 2001, 1e300, '50', null, Number.NaN), fc.double({ min: 2000.001, max: 1e9, noNaN: true })).map((strength) => [{ drug: 'TRAMADOL', strength, dosesPerDay: 2 }]),
          fc.constantFrom(0, -1, 25, 1e12, null, 'twice').map((dosesPerDay) => [{ drug: 'TRAMADOL', strength: 50, dosesPerDay }]),
          fc.constant([{ drug: 'FENTANYL_TRANSDERMAL', strength: 25, dosesPerDay: 2 }]),
          fc.constant([
            { drug: 'TRAMADOL', strength: 50, dosesPerDay: 2 },
            { drug: 'TRAMADOL', strength: 100, dosesPerDay: 1 },
          ]),
          wrongShape.filter((value) => value !== null && !(Array.isArray(value) && value.length === 0)),
        ),
        nonOpioids: fc.oneof(
          fc.constantFrom(-1, 201, 1e9, 'seven', null).map((dosesPerWeek) => [{ drugClass: 'NSAID', dosesPerWeek }]),
          badEnum.map((drugClass) => [{ drugClass, dosesPerWeek: 3 }]),
        ),
      },
    },
    {
      name: 'recordOdi',
      document: 'mutation($input: RecordOdiInput!) { recordOdi(input: $input) { id } }',
      role: Role.THERAPIST,
      base: () => ({ episodeId: fixture.episode.id, measuredOn: '2026-01-19', answers: [1, 2, 3, 0, 1, 2, 3, 1, 0, 2] }),
      invalid: {
        episodeId: notAnIdentifier,
        measuredOn: fc.oneof(badDate, futureDate),
        answers: fc.oneof(
          fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 0, maxLength: 9 }),
          fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 11, maxLength: 40 }),
          fc.constantFrom(6, -1, 2.5, 99).map((bad) => [bad, 1, 1, 1, 1, 1, 1, 1, 1, 1]),
          fc.constant([null, null, null, 1, 1, 1, 1, 1, 1, 1]),
          fc.constantFrom('1,2,3', null, { 0: 1 }),
        ),
      },
    },
    {
      name: 'recordReferral',
      document: 'mutation($input: RecordReferralInput!) { recordReferral(input: $input) { id } }',
      role: Role.THERAPIST,
      base: () => ({ alertId, referredOn: '2026-01-13', destination: 'PHYSICIAN', notes: 'Called the GP.' }),
      invalid: {
        alertId: notAnIdentifier,
        referredOn: fc.oneof(badDate, futureDate, fc.constant('2026-01-11')),
        destination: badEnum,
        notes: fc.oneof(fc.integer({ min: 5001, max: 9000 }).map((length) => 'r'.repeat(length)), brokenText),
      },
    },
    {
      name: 'createUser',
      document: 'mutation($input: CreateUserInput!) { createUser(input: $input) { id } }',
      role: Role.OWNER,
      base: () => ({ email: `new-${randomUUID().slice(0, 8)}@clinic.example`, displayName: 'New Therapist', role: 'THERAPIST', password: 'a long enough password' }),
      invalid: {
        email: fc.oneof(fc.constantFrom('not-an-email', 'a@b', '@clinic.example', 'x@y.z\u0000', "'; DROP TABLE app_user;--@x.io", 'existing'), hugeString),
        displayName: fc.oneof(fc.constantFrom('', ' '), brokenText, hugeString),
        role: fc.oneof(badEnum, fc.constant('ADMIN')),
        password: fc.oneof(fc.constantFrom('short', '', 'elevenchars'), fc.integer({ min: 257, max: 2000 }).map((length) => 'p'.repeat(length)), brokenText),
      },
    },
  ];

  beforeAll(async () => {
    testApp = await startTestApp();
    fixture = await createClinicFixture(testApp.dataSource, 'Hostile Clinic');
    const owner = await testApp.login(fixture.owner.email, TEST_PASSWORD);
    const therapist = await testApp.login(fixture.therapist.email, TEST_PASSWORD);
    cookies.set(Role.OWNER, owner.cookie ?? '');
    cookies.set(Role.THERAPIST, therapist.cookie ?? '');
    // A session (to update and whose client id is reused) with a red flag (whose alert is answered).
    const recorded = await therapist.data<{ recordSession: { id: string } }>(
      'mutation($input: RecordSessionInput!) { recordSession(input: $input) { id } }',
      {
        input: {
          clientRequestId: (usedClientRequestId = `used-${randomUUID()}`),
          episodeId: fixture.episode.id,
          sessionDate: '2026-01-12',
          painBefore: 6,
          techniques: ['SWEDISH'],
          minutes: 45,
          redFlags: [RedFlag.SADDLE_NUMBNESS],
        },
      },
    );
    sessionId = recorded.recordSession.id;
    const alert = await testApp.dataSource.getRepository(RedFlagAlert).findOneByOrFail({ sessionId });
    alertId = alert.id;
  });
  afterAll(() => testApp.close());

  /** Every table's row count and a digest of the rows that the mutations could change. */
  async function snapshot(): Promise<string> {
    const counts = await rowCounts(testApp.dataSource);
    const patient = await testApp.dataSource.query('SELECT name, birth_date, postal_code, sex FROM patient ORDER BY id');
    const session = await testApp.dataSource.getRepository(TreatmentSession).findOneByOrFail({ id: sessionId });
    return JSON.stringify([counts, patient, [session.painBefore, session.notes, session.version, session.minutes]]);
  }

  const caseOf = (spec: MutationSpec): fc.Arbitrary<Case> => {
    const fieldNames = Object.keys(spec.invalid);
    const corrupted = fc.oneof(
      { weight: 8, arbitrary: fc.subarray(fieldNames, { minLength: 1, maxLength: 2 }) },
      { weight: 1, arbitrary: fc.constant(['<shape>']) },
      { weight: 1, arbitrary: fc.constant(['<extra>']) },
    );
    return corrupted.chain((fields: readonly string[]) =>
      fc
        .tuple(
          fc.tuple(...fields.map((field) => (field === '<shape>' ? wrongShape : field === '<extra>' ? extraField : (spec.invalid[field] as fc.Arbitrary<unknown>)))),
          hostileValidText,
        )
        .map(([values, decoration]): Case => {
          const input = spec.base();
          // Valid text that is hostile to whoever renders or queries it rides along in free-text fields.
          if ('notes' in input && !fields.includes('notes')) input['notes'] = decoration;
          if (spec.name === 'createPatient' && !fields.includes('name')) input['name'] = `Patient ${decoration}`;
          if (fields[0] === '<shape>') return { mutation: spec.name, variables: { input: values[0] }, corrupted: ['input'], expect: 'BAD_USER_INPUT' };
          if (fields[0] === '<extra>') {
            const withExtra = JSON.parse(JSON.stringify(input)) as Record<string, unknown>;
            Object.defineProperty(withExtra, String(values[0]), { value: 1, enumerable: true });
            return { mutation: spec.name, variables: { input: withExtra }, corrupted: ['input'], expect: 'BAD_USER_INPUT' };
          }
          fields.forEach((field, index) => {
            input[field] = resolvePlaceholder(values[index]);
          });
          return { mutation: spec.name, variables: { input }, corrupted: fields.map((field) => `input.${field}`), expect: 'BAD_USER_INPUT' };
        }),
    );
  };

  /** Ids that exist but are of the wrong kind, and an email that is taken: reused ids. */
  function resolvePlaceholder(value: unknown): unknown {
    if (value === 'researcher') return fixture.researcher.id;
    if (value === 'existing') return fixture.therapist.email;
    return value;
  }

  /** Reused ids that are not field errors: a client request id used for another episode's session, a stale version. */
  const reusedIdCases = (): fc.Arbitrary<Case> =>
    fc.constantFrom<Case>(
      {
        mutation: 'recordSession',
        variables: {
          input: { clientRequestId: usedClientRequestId, episodeId: fixture.otherEpisode.id, sessionDate: '2026-01-19', painBefore: 3, techniques: [], minutes: 30 },
        },
        corrupted: ['input.clientRequestId'],
        expect: 'CONFLICT',
      },
      { mutation: 'updateSession', variables: { input: { id: sessionId, expectedVersion: 2, painBefore: 1 } }, corrupted: ['input.expectedVersion'], expect: 'CONFLICT' },
    );

  it(`answers ${RUNS} generated invalid inputs with field-level errors, never a 5xx, and writes nothing`, async () => {
    const all = specs();
    const documents = new Map(all.map((spec) => [spec.name, spec]));
    const before = await snapshot();
    const seen = new Map<string, number>();
    const arbitrary = fc.oneof(...all.map((spec) => ({ weight: 10, arbitrary: caseOf(spec) })), { weight: 2, arbitrary: fc.constant(null).chain(reusedIdCases) });

    await fc.assert(
      fc.asyncProperty(arbitrary, async (hostile) => {
        const spec = documents.get(hostile.mutation) as MutationSpec;
        seen.set(hostile.mutation, (seen.get(hostile.mutation) ?? 0) + 1);
        const response = await request(testApp.server)
          .post('/graphql')
          .set('Content-Type', 'application/json')
          .set('Cookie', cookies.get(spec.role) ?? '')
          .send(JSON.stringify({ query: spec.document, variables: hostile.variables }));
        const body = response.body as { data?: Record<string, unknown> | null; errors?: { extensions?: { code?: string; fields?: { field: string }[] } }[] };
        const describe = `${hostile.mutation} ${JSON.stringify(hostile.variables).slice(0, 300)} → ${response.status} ${JSON.stringify(body).slice(0, 400)}`;

        expect(response.status < 500 ? describe : `5xx: ${describe}`).toBe(describe);
        expect(body.data?.[hostile.mutation] ?? null).toBeNull();
        const codes = (body.errors ?? []).map((error) => error.extensions?.code);
        expect(codes.length > 0 && codes.every((code) => code === hostile.expect) ? hostile.expect : describe).toBe(hostile.expect);
        // A field error names only fields that were corrupted, or fields inside them.
        const fields = (body.errors ?? []).flatMap((error) => error.extensions?.fields ?? []).map((problem) => problem.field);
        const related = (field: string): boolean => hostile.corrupted.some((path) => field === path || field.startsWith(`${path}.`) || field.startsWith(`${path}[`));
        const fieldLevel = hostile.expect !== 'BAD_USER_INPUT' || (fields.length > 0 && fields.every(related));
        expect(fieldLevel ? 'field-level' : describe).toBe('field-level');
        expect((await snapshot()) === before ? 'nothing written' : `written by ${describe}`).toBe('nothing written');
      }),
      { numRuns: RUNS, endOnFailure: true },
    );

    expect([...seen.values()].reduce((sum, count) => sum + count, 0)).toBeGreaterThanOrEqual(RUNS);
    expect([...seen.keys()].sort()).toEqual(all.map((spec) => spec.name).sort());
  });

  it('is not the validation that fails: the same mutations with their valid base inputs are stored', async () => {
    const stored: string[] = [];
    for (const spec of specs()) {
      if (spec.name === 'updateSession' || spec.name === 'recordReferral') continue; // they change the fixtures the generator uses
      const response = await request(testApp.server).post('/graphql').set('Cookie', cookies.get(spec.role) ?? '').send({ query: spec.document, variables: { input: spec.base() } });
      if ((response.body as { data?: Record<string, { id: string } | null> }).data?.[spec.name]?.id) stored.push(spec.name);
    }

    expect(stored.sort()).toEqual(['createPatient', 'createUser', 'openEpisode', 'recordMedicationReport', 'recordOdi', 'recordSession', 'updatePatient']);
  });
});
