import { Patient } from '../../src/patients/patient.entity';
import { auditEvents, rowCounts } from '../support/audit';
import { createClinicFixture, type ClinicFixture, EpisodeFactory, PatientFactory, TEST_PASSWORD } from '../support/factories';
import { StatementCounter } from '../support/statement-counter';
import { type GraphQLClient, startTestApp, type TestApp } from '../support/test-app';

const CREATE = 'mutation($input: CreatePatientInput!) { createPatient(input: $input) { id name birthDate sex postalCode primaryTherapist { id } } }';
const LIST = `query($first: Int, $after: String, $search: String) {
  patients(first: $first, after: $after, search: $search) { edges { cursor node { id name } } pageInfo { endCursor hasNextPage } }
}`;

interface PatientPage {
  patients: { edges: { node: { id: string; name: string } }[]; pageInfo: { endCursor: string | null; hasNextPage: boolean } };
}

describe('patients', () => {
  const counter = new StatementCounter();
  let testApp: TestApp;
  let fixture: ClinicFixture;
  let owner: GraphQLClient;
  let therapist: GraphQLClient;

  beforeAll(async () => {
    testApp = await startTestApp({ sqlLogger: counter });
    fixture = await createClinicFixture(testApp.dataSource);
    owner = await testApp.login(fixture.owner.email, TEST_PASSWORD);
    therapist = await testApp.login(fixture.therapist.email, TEST_PASSWORD);
  });
  afterAll(() => testApp.close());

  it('creates a therapist’s patient in their own caseload', async () => {
    const { createPatient } = await therapist.data<{ createPatient: Record<string, unknown> }>(CREATE, {
      input: { name: '  Ada Lovelace ', birthDate: '1962-12-10', sex: 'FEMALE', postalCode: '02139' },
    });

    expect(createPatient).toMatchObject({ name: 'Ada Lovelace', birthDate: '1962-12-10', primaryTherapist: { id: fixture.therapist.id } });
  });

  it.each([
    ['an empty name', { name: '   ' }, 'input.name'],
    ['a birth date in the future', { birthDate: '2999-01-01' }, 'input.birthDate'],
    ['an unknown sex code', { sex: 'X' }, 'input.sex'],
    ['an owner naming no therapist', {}, 'input.primaryTherapistId'],
    ['an owner naming the researcher as therapist', { primaryTherapistId: 'RESEARCHER' }, 'input.primaryTherapistId'],
  ])('refuses %s with a field error and writes nothing', async (_, overrides, field) => {
    const before = await rowCounts(testApp.dataSource, ['patient']);
    const input: Record<string, unknown> = { name: 'Grace Hopper', birthDate: '1950-12-09', sex: 'FEMALE', ...overrides };
    if (input['primaryTherapistId'] === 'RESEARCHER') input['primaryTherapistId'] = fixture.researcher.id;

    const response = await owner.send(CREATE, { input });

    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.extensions?.fields?.map((problem) => problem.field)).toContain(field);
    await expect(rowCounts(testApp.dataSource, ['patient'])).resolves.toEqual(before);
  });

  it('pages through patients by name with cursors and searches by part of the name', async () => {
    const names = ['Zed Alpha', 'Yara Beta', 'Xavier Gamma', 'Wanda Delta', 'Vic Epsilon'];
    await testApp.dataSource.getRepository(Patient).insert(names.map((name) => PatientFactory.build(fixture.otherTherapist, { name })));

    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: PatientPage = await owner.data<PatientPage>(LIST, { first: 3, after });
      seen.push(...page.patients.edges.map((edge) => edge.node.name));
      after = page.patients.pageInfo.hasNextPage ? page.patients.pageInfo.endCursor : null;
    } while (after);

    expect(seen).toEqual([...seen].sort());
    expect(seen).toEqual(expect.arrayContaining([...names, 'Pat Patient', 'Quinn Other']));
    expect(new Set(seen).size).toBe(seen.length);
    const search = await owner.data<PatientPage>(LIST, { search: 'GAMMA' });
    expect(search.patients.edges.map((edge) => edge.node.name)).toEqual(['Xavier Gamma']);
    const wildcard = await owner.data<PatientPage>(LIST, { search: '%' });
    expect(wildcard.patients.edges).toEqual([]);
  });

  it('shows a therapist only their own caseload and refuses another therapist’s patient', async () => {
    const page = await therapist.data<PatientPage>(LIST, { first: 100 });
    const ids = page.patients.edges.map((edge) => edge.node.id);

    expect(ids).toContain(fixture.patient.id);
    expect(ids).not.toContain(fixture.otherPatient.id);
    await expect(therapist.errorCode('query($id: ID!) { patient(id: $id) { name } }', { id: fixture.otherPatient.id })).resolves.toBe('FORBIDDEN');
  });

  it('audits every read of a patient', async () => {
    await owner.data('query($id: ID!) { patient(id: $id) { name birthDate } }', { id: fixture.patient.id });

    const reads = await auditEvents(testApp.dataSource, 'patient.read');
    expect(reads.at(-1)).toMatchObject({ actorUserId: fixture.owner.id, objectType: 'patient', objectId: fixture.patient.id });
    expect(JSON.stringify(reads)).not.toContain('Pat Patient');
    const lists = await auditEvents(testApp.dataSource, 'patient.list');
    expect(lists.length).toBeGreaterThan(0);
  });

  it('lists 50 patients with their episodes and sessions in a constant number of statements (no N+1)', async () => {
    const other = await createClinicFixture(testApp.dataSource, 'Busy Clinic');
    const patients = Array.from({ length: 50 }, (_, index) => PatientFactory.build(other.therapist, { name: `Busy ${String(index).padStart(2, '0')}` }));
    await testApp.dataSource.getRepository(Patient).insert(patients);
    await testApp.dataSource.manager.insert(
      'episode',
      patients.flatMap((patient) => [EpisodeFactory.build(patient, other.therapist), EpisodeFactory.build(patient, other.therapist, { startDate: '2025-06-02' })]),
    );
    const busyOwner = await testApp.login(other.owner.email, TEST_PASSWORD);
    const query = `query($first: Int) { patients(first: $first, search: "Busy") { edges { node {
      id name primaryTherapist { displayName } episodes { id condition sessions { id painBefore techniques } medicationReports { id } }
    } } } }`;

    const small = await counter.count(() => busyOwner.data<PatientPage>(query, { first: 5 }));
    const large = await counter.count(() => busyOwner.data<PatientPage>(query, { first: 50 }));

    expect(large.result.patients.edges).toHaveLength(50);
    expect(large.selects).toBe(small.selects);
    expect(large.selects).toBeLessThanOrEqual(12);
  });
});
