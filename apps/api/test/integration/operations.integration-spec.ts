import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import { Logger } from 'nestjs-pino';
import { randomUUID } from 'node:crypto';
import net from 'node:net';
import { Writable } from 'node:stream';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { AppModule, type AppOptions } from '../../src/app.module';
import { TenantTransactions } from '../../src/database/tenant-transactions';
import { type GracefulShutdown, installGracefulShutdown } from '../../src/health/graceful-shutdown';
import { REDACTED, redactMessage, redactPhi } from '../../src/logging/phi-redaction';
import { GRAPHQL_LIMITS } from '../../src/security/graphql-limits';
import { applyHttpHardening } from '../../src/security/http-hardening';
import { FREE_LOGIN_FAILURES } from '../../src/security/login-throttle';
import { TreatmentSession } from '../../src/sessions/treatment-session.entity';
import { createClinicFixture, type ClinicFixture, TEST_PASSWORD } from '../support/factories';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

/** The app as main.ts runs it (pino logs, helmet, body limit), on a real port of 127.0.0.1. */
interface RunningApp {
  app: INestApplication;
  /** The SIGTERM path of main.ts, without the signal (and without exiting the test process). */
  shutdown: GracefulShutdown;
  url: string;
  dataSource: DataSource;
  logs: string[];
  login(email: string, password?: string): Promise<string>;
  close(): Promise<void>;
}

async function startRunningApp(options: Partial<AppOptions> = {}, drainMs = 0): Promise<RunningApp> {
  const database: TestDatabase = await createTestDatabase();
  const logs: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logs.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      done();
    },
  });
  const production = options.production ?? false;
  const moduleRef = await Test.createTestingModule({
    imports: [
      AppModule.forRoot({
        database: database.target,
        production,
        logging: { level: 'info', stream },
        auditRetention: { years: 6, scheduled: false },
        ...options,
      }),
    ],
  }).compile();
  const app = moduleRef.createNestApplication<NestExpressApplication>({ bufferLogs: true });
  app.useLogger(app.get(Logger));
  applyHttpHardening(app, { production, requestBodyLimit: '100kb', trustProxy: undefined });
  const shutdown = installGracefulShutdown(app, drainMs, app.get(Logger), { signals: false, exit: () => undefined });
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as net.AddressInfo;
  const url = `http://127.0.0.1:${address.port}`;
  let closed = false;
  return {
    app,
    shutdown,
    url,
    dataSource: app.get(DataSource),
    logs,
    async login(email, password = TEST_PASSWORD) {
      const response = await request(url).post('/graphql').send({ query: 'mutation($input: LoginInput!) { login(input: $input) { id } }', variables: { input: { email, password } } });
      const cookie = (response.headers['set-cookie'] as unknown as string[] | undefined)?.[0]?.split(';')[0];
      if (!cookie) throw new Error(`login failed: ${JSON.stringify(response.body)}`);
      return cookie;
    },
    async close() {
      if (!closed && !shutdown.closed) {
        closed = true;
        await app.close();
      }
      await database.drop();
    },
  };
}

const gql = (url: string, cookie: string | null, query: string, variables: Record<string, unknown> = {}): request.Test => {
  const call = request(url).post('/graphql').set('Content-Type', 'application/json');
  if (cookie) call.set('Cookie', cookie);
  return call.send({ query, variables });
};

describe('operations', () => {
  let running: RunningApp;
  let fixture: ClinicFixture;
  let owner: string;

  beforeAll(async () => {
    running = await startRunningApp({ loginAttemptsPerMinute: 8 });
    fixture = await createClinicFixture(running.dataSource, 'Operations Clinic');
    owner = await running.login(fixture.owner.email);
  });
  afterAll(() => running.close());

  describe('health', () => {
    it('reports liveness, and readiness with the database', async () => {
      const live = await request(running.url).get('/health/live');
      const ready = await request(running.url).get('/health/ready');

      expect(live.status).toBe(200);
      expect(live.body).toEqual({ status: 'ok' });
      expect(ready.status).toBe(200);
      expect(ready.body).toMatchObject({ status: 'ok', info: { database: { status: 'up' }, shutdown: { status: 'up' } } });
    });

    it('is not ready while the database does not answer', async () => {
      const query = jest.spyOn(running.dataSource, 'query').mockRejectedValue(new Error('connection refused'));
      try {
        const ready = await request(running.url).get('/health/ready');

        expect(ready.status).toBe(503);
        expect(ready.body).toMatchObject({ status: 'error', error: { database: { status: 'down' } } });
      } finally {
        query.mockRestore();
      }
      await expect(request(running.url).get('/health/ready')).resolves.toHaveProperty('status', 200);
    });
  });

  describe('HTTP hardening', () => {
    it('sends security headers on the API and the health probes, and no X-Powered-By', async () => {
      for (const response of [await gql(running.url, owner, '{ me { id } }'), await request(running.url).get('/health/live')]) {
        expect(response.headers['content-security-policy']).toContain("default-src 'self'");
        expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
        expect(response.headers['x-frame-options']).toBe('DENY');
        expect(response.headers['x-content-type-options']).toBe('nosniff');
        expect(response.headers['referrer-policy']).toBe('no-referrer');
        expect(response.headers['x-powered-by']).toBeUndefined();
        expect(response.headers['strict-transport-security']).toBeUndefined(); // production only
      }
    });

    it('refuses a body over the size limit with 413, and unreadable JSON with 400', async () => {
      const big = await request(running.url)
        .post('/graphql')
        .set('Content-Type', 'application/json')
        .send({ query: '{ me { id } }', variables: { padding: 'x'.repeat(120_000) } });
      const broken = await request(running.url).post('/graphql').set('Content-Type', 'application/json').send('{"query": ');

      expect(big.status).toBe(413);
      expect(big.body).toEqual({ error: { code: 'PAYLOAD_TOO_LARGE', message: 'The request body is too large.' } });
      expect(broken.status).toBe(400);
    });
  });

  describe('GraphQL limits', () => {
    /** episode → patient → episodes → patient → …: `depth` levels under the root field. */
    const nested = (depth: number): string => {
      const chain = (level: number): string => (level === depth ? 'id' : `${level % 2 === 0 ? 'patient' : 'episodes'} { ${chain(level + 1)} }`);
      return `query($id: ID!) { episode(id: $id) { ${chain(0)} } }`;
    };

    it('refuses a query deeper than the limit before running it', async () => {
      const shallow = await gql(running.url, owner, nested(4), { id: fixture.episode.id });
      const deep = await gql(running.url, owner, nested(GRAPHQL_LIMITS.maxDepth + 2), { id: fixture.episode.id });

      expect(shallow.body.errors).toBeUndefined();
      expect(deep.status).toBe(400);
      expect(deep.body.errors[0]).toMatchObject({ extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
      expect(deep.body.errors[0].message).toMatch(/depth limit/);
    });

    it('refuses too many aliases, too many directives, too costly and too long documents', async () => {
      const aliases = `{ ${Array.from({ length: GRAPHQL_LIMITS.maxAliases + 1 }, (_, index) => `a${index}: me { id }`).join(' ')} }`;
      const directives = `{ me { id ${Array.from({ length: GRAPHQL_LIMITS.maxDirectives + 1 }, () => '@include(if: true)').join(' ')} } }`;
      // Within the depth and alias limits, but each alias nests lists 9 deep: cost ≈ 14 × 500.
      const deepList = 'patients { edges { node { episodes { patient { episodes { patient { episodes { sessions { id painBefore painAfter minutes notes techniques regions redFlags version } } } } } } } } }';
      const costly = `{ ${Array.from({ length: 14 }, (_, index) => `c${index}: ${deepList}`).join(' ')} }`;
      const long = `{ me { ${Array.from({ length: GRAPHQL_LIMITS.maxTokens }, () => 'id').join(' ')} } }`;

      for (const [document, pattern, code] of [
        [aliases, /Aliases limit/, 'GRAPHQL_VALIDATION_FAILED'],
        [directives, /Directives limit/, 'GRAPHQL_VALIDATION_FAILED'],
        [costly, /cost/i, 'GRAPHQL_VALIDATION_FAILED'],
        [long, /tokens/, 'GRAPHQL_PARSE_FAILED'],
      ] as const) {
        const response = await gql(running.url, owner, document);
        expect({ document: document.slice(0, 60), status: response.status, code: response.body.errors?.[0]?.extensions?.code }).toEqual({
          document: document.slice(0, 60),
          status: 400,
          code,
        });
        expect(response.body.errors[0].message).toMatch(pattern);
      }
    });

    it('refuses batched operations', async () => {
      const response = await request(running.url)
        .post('/graphql')
        .set('Content-Type', 'application/json')
        .set('Cookie', owner)
        .send([{ query: '{ me { id } }' }, { query: '{ me { id } }' }]);

      expect(response.status).toBe(400);
      expect(response.body.errors[0].message).toMatch(/batching/i);
    });

    it('refuses requests a browser could send cross-site without a preflight (CSRF)', async () => {
      const get = await request(running.url).get('/graphql').query({ query: '{ me { id } }' }).set('Cookie', owner);
      const form = await request(running.url)
        .post('/graphql')
        .set('Content-Type', 'text/plain')
        .set('Cookie', owner)
        .send(JSON.stringify({ query: 'mutation { logout }' }));

      expect(get.status).toBe(400);
      expect(form.status).toBe(400);
      expect(JSON.stringify([get.body, form.body])).toMatch(/Cross-Site Request Forgery/);
      await expect(gql(running.url, owner, '{ me { id } }')).resolves.toHaveProperty('body.data.me.id', fixture.owner.id);
    });
  });

  describe('login throttling', () => {
    const login = (email: string, password: string): request.Test =>
      gql(running.url, null, 'mutation($input: LoginInput!) { login(input: $input) { id } }', { input: { email, password } });

    it(`lets ${FREE_LOGIN_FAILURES} failures pass, then makes each further attempt wait twice as long, then forgets after a success`, async () => {
      const email = fixture.researcher.email;
      const failures = [];
      for (let attempt = 0; attempt < FREE_LOGIN_FAILURES; attempt += 1) failures.push(await login(email, 'wrong password'));
      const blocked = await login(email, TEST_PASSWORD);
      await new Promise((resolve) => setTimeout(resolve, 1100));
      const afterWait = await login(email, TEST_PASSWORD);

      expect(failures.map((response) => response.body.errors[0].extensions.code)).toEqual(Array(FREE_LOGIN_FAILURES).fill('UNAUTHENTICATED'));
      expect(blocked.body.errors[0].extensions).toMatchObject({ code: 'TOO_MANY_REQUESTS', retryAfterSeconds: 1 });
      expect(blocked.headers['retry-after']).toBe('1');
      expect(afterWait.body.data.login.id).toBe(fixture.researcher.id);
    });

    it('limits the login attempts of one client address per minute, whatever the email', async () => {
      const codes: string[] = [];
      for (let attempt = 0; attempt < 9; attempt += 1) {
        const response = await login(`nobody-${attempt}@nowhere.example`, 'whatever');
        codes.push(response.body.errors[0].extensions.code);
      }

      expect(codes.at(-1)).toBe('TOO_MANY_REQUESTS');
      expect(codes.filter((code) => code === 'UNAUTHENTICATED').length).toBeLessThanOrEqual(8);
      // Only login is throttled: the rest of the API still answers this address.
      await expect(gql(running.url, owner, '{ me { id } }')).resolves.toHaveProperty('body.data.me.id', fixture.owner.id);
    });
  });

  describe('structured logs', () => {
    it('logs every request as one JSON line with method, path, status and an id, and no PHI', async () => {
      const patientName = `Hermione Phi-${randomUUID().slice(0, 6)}`;
      const created = await gql(running.url, owner, 'mutation($input: CreatePatientInput!) { createPatient(input: $input) { id name } }', {
        input: { name: patientName, birthDate: '1961-07-04', sex: 'FEMALE', postalCode: 'ZZ9 9ZZ', primaryTherapistId: fixture.therapist.id },
      });
      await gql(running.url, owner, 'query($search: String) { patients(search: $search) { edges { node { name } } } }', { search: patientName });
      running.app.get(Logger).error(`QueryFailedError: duplicate key value violates unique constraint. Key (email)=(${fixture.therapist.email}) already exists.`);
      running.app.get(Logger).warn({ patient: { name: patientName, birthDate: '1961-07-04' }, variables: { input: { notes: 'secret' } } }, 'context');
      await new Promise((resolve) => setTimeout(resolve, 50));

      const lines = running.logs.map((line) => JSON.parse(line) as Record<string, unknown>);
      const requests = lines.filter((line) => line['msg'] === 'request completed');
      const text = running.logs.join('\n');
      expect(created.body.data.createPatient.name).toBe(patientName);
      expect(requests.length).toBeGreaterThan(0);
      expect(requests.at(-1)).toMatchObject({ req: { method: 'POST', path: '/graphql' }, res: { statusCode: 200 } });
      expect(String((requests.at(-1)?.['req'] as { id?: unknown }).id)).toMatch(/^[0-9a-f-]{36}$/);
      for (const phi of [patientName, '1961-07-04', 'ZZ9 9ZZ', fixture.owner.email, fixture.therapist.email, owner.split('=')[1] ?? 'cookie', 'secret']) {
        expect(text.includes(phi) ? `PHI in the logs: ${phi}` : 'clean').toBe('clean');
      }
      expect(text).toContain(REDACTED);
    });

    it('redacts PHI keys at any depth and quoted values in error messages', () => {
      const error = new Error('invalid input syntax for type uuid: "Pat Patient"');
      const redacted = redactPhi({ a: { b: [{ email: 'x@y.z', id: 'keep-me' }] }, birthDate: '1970-01-01', err: error });

      expect(JSON.stringify(redacted)).not.toMatch(/x@y\.z|1970-01-01|Pat Patient/);
      expect(JSON.stringify(redacted)).toContain('keep-me');
      expect(redactMessage('Key (email)=(pat@example.com) already exists.')).toBe(`Key (email)=(${REDACTED}) already exists.`);
    });
  });

  describe('graceful shutdown', () => {
    it('drains (still answering, readiness down, connections closed after each answer), finishes the request in flight, then closes', async () => {
      const draining = await startRunningApp({}, 400);
      try {
        const clinic = await createClinicFixture(draining.dataSource, 'Closing Clinic');
        const cookie = await draining.login(clinic.therapist.email);
        const session = Object.assign(new TreatmentSession(), {
          clinicId: clinic.clinic.id,
          id: randomUUID(),
          episodeId: clinic.episode.id,
          therapistId: clinic.therapist.id,
          sessionDate: '2026-01-12',
          dayIndex: 7,
          painBefore: 6,
          painAfter: null,
          position: null,
          minutes: 45,
          notes: null,
          clientRequestId: randomUUID(),
          version: 1,
          createdAt: new Date(),
          updatedAt: new Date(),
        });
        await draining.dataSource.getRepository(TreatmentSession).insert(session);

        // Hold the session's row (PostgreSQL: a row lock; SQLite: the writer queue) so the update waits.
        let release: () => void = () => undefined;
        const gate = new Promise<void>((resolve) => (release = resolve));
        const holding = draining.app.get(TenantTransactions).run(clinic.clinic.id, async (manager) => {
          await manager.update(TreatmentSession, { clinicId: clinic.clinic.id, id: session.id }, { minutes: 45 });
          await gate;
        });
        const inFlight = gql(draining.url, cookie, 'mutation($input: UpdateSessionInput!) { updateSession(input: $input) { id version painBefore } }', {
          input: { id: session.id, expectedVersion: 1, painBefore: 3 },
        }).then((response) => response);
        await new Promise((resolve) => setTimeout(resolve, 200));

        let closed = false;
        const closing = draining.shutdown.shutDown('SIGTERM').then(() => (closed = true));
        const ready = await request(draining.url).get('/health/ready');
        const live = await request(draining.url).get('/health/live');
        // The drain (400 ms), then a quiet moment without new connections, then no listener.
        await new Promise((resolve) => setTimeout(resolve, 1200));
        const refused = await new Promise<string>((resolve) => {
          const socket = net.connect({ host: '127.0.0.1', port: Number(new URL(draining.url).port) });
          socket.once('connect', () => (socket.destroy(), resolve('connected')));
          socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
        });
        const closedWhileInFlight = closed;
        release();
        await holding;
        const answered = await inFlight;
        await closing;

        expect(ready.status).toBe(503);
        expect(ready.body).toMatchObject({ error: { shutdown: { status: 'down', message: 'draining' } } });
        expect(live.status).toBe(200);
        expect(live.headers['connection']).toBe('close');
        expect(refused).toBe('ECONNREFUSED');
        expect(closedWhileInFlight).toBe(false);
        expect(answered.status).toBe(200);
        expect(answered.body.data.updateSession).toEqual({ id: session.id, version: 2, painBefore: 3 });
        expect(closed).toBe(true);
      } finally {
        await draining.close();
      }
    });
  });

  describe('in production', () => {
    let production: RunningApp;
    let nodeEnv: string | undefined;

    beforeAll(async () => {
      nodeEnv = process.env['NODE_ENV'];
      process.env['NODE_ENV'] = 'production'; // the session cookie reads it
      production = await startRunningApp({ production: true });
    });
    afterAll(async () => {
      process.env['NODE_ENV'] = nodeEnv;
      await production.close();
    });

    it('turns introspection, stack traces and field suggestions off, and sends HSTS', async () => {
      const introspection = await gql(production.url, null, '{ __schema { types { name } } }');
      const typo = await gql(production.url, null, '{ mee { id } }');

      expect(introspection.body.errors[0].message).toMatch(/introspection/i);
      expect(introspection.body.data ?? null).toBeNull();
      expect(JSON.stringify([introspection.body, typo.body])).not.toMatch(/stacktrace|Did you mean/);
      expect(introspection.headers['strict-transport-security']).toMatch(/max-age=31536000/);
      expect(introspection.headers['content-security-policy']).toContain('upgrade-insecure-requests');
    });

    it('sets the session cookie Secure, httpOnly and SameSite=Strict', async () => {
      const clinic = await createClinicFixture(production.dataSource, 'Production Clinic');
      const response = await gql(production.url, null, 'mutation($input: LoginInput!) { login(input: $input) { id } }', {
        input: { email: clinic.owner.email, password: TEST_PASSWORD },
      });
      const cookie = (response.headers['set-cookie'] as unknown as string[])[0] ?? '';

      expect(cookie).toMatch(/; Secure/i);
      expect(cookie).toMatch(/HttpOnly/i);
      expect(cookie).toMatch(/SameSite=Strict/i);
    });
  });
});
