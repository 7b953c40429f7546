import request from 'supertest';
import { AuditEvent } from '../../src/audit/audit-event.entity';
import { createClinicFixture, type ClinicFixture, TEST_PASSWORD } from '../support/factories';
import { startTestApp, type TestApp } from '../support/test-app';

const LOGIN = 'mutation($input: LoginInput!) { login(input: $input) { id role displayName } }';
const ME = '{ me { id email role } }';

describe('authentication', () => {
  let testApp: TestApp;
  let fixture: ClinicFixture;

  beforeAll(async () => {
    testApp = await startTestApp();
    fixture = await createClinicFixture(testApp.dataSource);
  });
  afterAll(() => testApp.close());

  it('logs in with an httpOnly, SameSite=Strict session cookie and answers me', async () => {
    const response = await request(testApp.server)
      .post('/graphql')
      .send({ query: LOGIN, variables: { input: { email: fixture.therapist.email.toUpperCase(), password: TEST_PASSWORD } } });
    const cookie = (response.headers['set-cookie'] as unknown as string[])[0] ?? '';

    expect(response.body.data.login).toEqual({ id: fixture.therapist.id, role: 'THERAPIST', displayName: 'Theo Therapist' });
    expect(cookie).toMatch(/^outcomes_session=[A-Za-z0-9_-]{43};/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);

    const client = await testApp.login(fixture.therapist.email, TEST_PASSWORD);
    await expect(client.data(ME)).resolves.toEqual({ me: { id: fixture.therapist.id, email: fixture.therapist.email, role: 'THERAPIST' } });
  });

  it('refuses a wrong password and an unknown email alike, and audits both', async () => {
    const wrong = await testApp.anonymous.send(LOGIN, { input: { email: fixture.owner.email, password: 'not the password' } });
    const unknown = await testApp.anonymous.send(LOGIN, { input: { email: 'nobody@nowhere.example', password: 'x' } });

    expect(wrong.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(unknown.errors?.[0]).toMatchObject({ message: wrong.errors?.[0]?.message, extensions: { code: 'UNAUTHENTICATED' } });
    const failures = await testApp.dataSource.getRepository(AuditEvent).findBy({ action: 'login.failure' });
    expect(failures.map((event) => event.detail?.['reason']).sort()).toEqual(['unknown-email', 'wrong-password']);
    expect(JSON.stringify(failures)).not.toContain('nobody@nowhere.example');
  });

  it('denies every operation but login to anonymous callers', async () => {
    await expect(testApp.anonymous.errorCode(ME)).resolves.toBe('UNAUTHENTICATED');
    await expect(testApp.anonymous.errorCode('{ patients { edges { node { id } } } }')).resolves.toBe('UNAUTHENTICATED');
  });

  it('revokes the session at logout', async () => {
    const client = await testApp.login(fixture.owner.email, TEST_PASSWORD);
    await expect(client.data('mutation { logout }')).resolves.toEqual({ logout: true });

    await expect(client.errorCode(ME)).resolves.toBe('UNAUTHENTICATED');
  });

  it('refuses identifiable data to a researcher', async () => {
    const researcher = await testApp.login(fixture.researcher.email, TEST_PASSWORD);

    await expect(researcher.errorCode('{ patients { edges { node { name } } } }')).resolves.toBe('FORBIDDEN');
    await expect(researcher.errorCode('query($id: ID!) { patient(id: $id) { name } }', { id: fixture.patient.id })).resolves.toBe('FORBIDDEN');
    await expect(researcher.data(ME)).resolves.toMatchObject({ me: { role: 'RESEARCHER' } });
  });

  it('locks out a deactivated user at once', async () => {
    const therapist = await testApp.login(fixture.otherTherapist.email, TEST_PASSWORD);
    const owner = await testApp.login(fixture.owner.email, TEST_PASSWORD);
    await owner.data('mutation($input: UpdateUserInput!) { updateUser(input: $input) { active } }', {
      input: { id: fixture.otherTherapist.id, active: false },
    });

    await expect(therapist.errorCode(ME)).resolves.toBe('UNAUTHENTICATED');
    await expect(testApp.login(fixture.otherTherapist.email, TEST_PASSWORD)).rejects.toThrow(/Login failed/);
  });

  it('answers a login with the new user even when the old user’s cookie is still sent', async () => {
    const researcher = await testApp.login(fixture.researcher.email, TEST_PASSWORD);
    const response = await request(testApp.server)
      .post('/graphql')
      .set('Cookie', researcher.cookie ?? '')
      .send({ query: LOGIN, variables: { input: { email: fixture.owner.email, password: TEST_PASSWORD } } });

    expect(response.body.errors).toBeUndefined();
    expect(response.body.data.login).toEqual({ id: fixture.owner.id, role: 'OWNER', displayName: 'Olivia Owner' });
  });
});
