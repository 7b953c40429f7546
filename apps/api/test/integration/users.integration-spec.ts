import { createClinicFixture, type ClinicFixture, TEST_PASSWORD } from '../support/factories';
import { type GraphQLClient, startTestApp, type TestApp } from '../support/test-app';

const CREATE = 'mutation($input: CreateUserInput!) { createUser(input: $input) { id email role active } }';
const UPDATE = 'mutation($input: UpdateUserInput!) { updateUser(input: $input) { id role active } }';

describe('clinic users', () => {
  let testApp: TestApp;
  let fixture: ClinicFixture;
  let owner: GraphQLClient;

  beforeAll(async () => {
    testApp = await startTestApp();
    fixture = await createClinicFixture(testApp.dataSource);
    owner = await testApp.login(fixture.owner.email, TEST_PASSWORD);
  });
  afterAll(() => testApp.close());

  it('lets an owner add a therapist who can then log in', async () => {
    const input = { email: 'New.Therapist@Clinic.example', displayName: 'New Therapist', role: 'THERAPIST', password: 'a long enough password' };
    await expect(owner.data(CREATE, { input })).resolves.toMatchObject({ createUser: { email: 'new.therapist@clinic.example', role: 'THERAPIST', active: true } });

    const therapist = await testApp.login('new.therapist@clinic.example', 'a long enough password');
    await expect(therapist.data('{ me { role } }')).resolves.toEqual({ me: { role: 'THERAPIST' } });
  });

  it.each([
    ['a short password', { password: 'short' }, 'input.password'],
    ['an invalid email', { email: 'not-an-email' }, 'input.email'],
    ['a taken email', { email: 'TAKEN' }, 'input.email'],
  ])('refuses %s', async (_, overrides, field) => {
    const input: Record<string, unknown> = { email: 'x@clinic.example', displayName: 'X', role: 'THERAPIST', password: 'a long enough password', ...overrides };
    if (input['email'] === 'TAKEN') input['email'] = fixture.therapist.email;
    const response = await owner.send(CREATE, { input });

    expect(response.errors?.[0]?.extensions?.fields?.map((problem) => problem.field)).toContain(field);
  });

  it('keeps at least one active owner', async () => {
    await expect(owner.errorCode(UPDATE, { input: { id: fixture.owner.id, role: 'THERAPIST' } })).resolves.toBe('CONFLICT');
    await expect(owner.errorCode(UPDATE, { input: { id: fixture.owner.id, active: false } })).resolves.toBe('CONFLICT');
  });

  it('refuses user management to therapists and researchers', async () => {
    for (const user of [fixture.therapist, fixture.researcher]) {
      const client = await testApp.login(user.email, TEST_PASSWORD);
      await expect(client.errorCode('{ users { id } }')).resolves.toBe('FORBIDDEN');
      await expect(client.errorCode(UPDATE, { input: { id: user.id, role: 'OWNER' } })).resolves.toBe('FORBIDDEN');
    }
  });

  it('does not let an owner manage another clinic’s users', async () => {
    const other = await createClinicFixture(testApp.dataSource, 'Other Clinic');

    await expect(owner.errorCode(UPDATE, { input: { id: other.therapist.id, active: false } })).resolves.toBe('NOT_FOUND');
    const { users } = await owner.data<{ users: { id: string }[] }>('{ users { id } }');
    expect(users.map((user) => user.id)).not.toContain(other.therapist.id);
  });
});
