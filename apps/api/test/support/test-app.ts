import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import cookieParser from 'cookie-parser';
import type { Server } from 'node:http';
import request from 'supertest';
import { DataSource, type Logger } from 'typeorm';
import { AppModule } from '../../src/app.module';
import { createTestDatabase, type TestDatabase } from './test-database';

export interface GraphQLResponse<Data> {
  data?: Data | null;
  errors?: { message: string; extensions?: { code?: string; fields?: { field: string; message: string }[] } }[];
}

/** Speaks GraphQL over HTTP to the real app, carrying the session cookie of a login. */
export class GraphQLClient {
  constructor(
    private readonly server: Server,
    readonly cookie: string | null = null,
  ) {}

  async send<Data = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResponse<Data>> {
    const call = request(this.server).post('/graphql').set('Content-Type', 'application/json');
    if (this.cookie) call.set('Cookie', this.cookie);
    const response = await call.send({ query, variables });
    return response.body as GraphQLResponse<Data>;
  }

  /** The data of a call that must succeed; a GraphQL error fails the test with its message. */
  async data<Data = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}): Promise<Data> {
    const response = await this.send<Data>(query, variables);
    if (response.errors?.length || !response.data) {
      throw new Error(`GraphQL call failed: ${JSON.stringify(response.errors)}`);
    }
    return response.data;
  }

  /** The error code of a call that must fail. */
  async errorCode(query: string, variables: Record<string, unknown> = {}): Promise<string | undefined> {
    const response = await this.send(query, variables);
    return response.errors?.[0]?.extensions?.code;
  }
}

export interface TestApp {
  app: INestApplication;
  server: Server;
  dataSource: DataSource;
  anonymous: GraphQLClient;
  login(email: string, password: string): Promise<GraphQLClient>;
  close(): Promise<void>;
}

/** The real app, on a fresh database of the engine the suite runs against. */
export async function startTestApp(options: { sqlLogger?: Logger } = {}): Promise<TestApp> {
  const database: TestDatabase = await createTestDatabase();
  const moduleRef = await Test.createTestingModule({
    imports: [AppModule.forRoot({ database: database.target, production: false, sqlLogger: options.sqlLogger })],
  }).compile();
  const app = moduleRef.createNestApplication({ logger: ['error', 'warn'] });
  app.use(cookieParser());
  await app.init();
  const server = app.getHttpServer() as Server;
  return {
    app,
    server,
    dataSource: app.get(DataSource),
    anonymous: new GraphQLClient(server),
    async login(email, password) {
      const response = await request(server)
        .post('/graphql')
        .send({ query: 'mutation($input: LoginInput!) { login(input: $input) { id } }', variables: { input: { email, password } } });
      const setCookie = response.headers['set-cookie'] as unknown as string[] | undefined;
      const cookie = setCookie?.[0]?.split(';')[0];
      if (!cookie) throw new Error(`Login failed for a test user: ${JSON.stringify(response.body)}`);
      return new GraphQLClient(server, cookie);
    },
    async close() {
      await app.close();
      await database.drop();
    },
  };
}
