import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import type { DatabaseTarget } from '../../src/database/data-source';
import { dialectOf } from '../../src/database/dialect';

export interface TestDatabase {
  target: DatabaseTarget;
  drop(): Promise<void>;
}

/**
 * A fresh, empty database for one test file: a temporary SQLite file, or (when DATABASE_URL is a
 * postgres:// URL) a new PostgreSQL database on that server, so test files can run in parallel.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env['DATABASE_URL'];
  const name = `outcomes_test_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
  if (dialectOf(serverUrl) === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'outcomes-'));
    const sqlitePath = path.join(dir, `${name}.sqlite`);
    return {
      target: { databaseUrl: undefined, sqlitePath },
      drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
    };
  }
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl as string);
  url.pathname = `/${name}`;
  return {
    target: { databaseUrl: url.toString(), sqlitePath: ':memory:' },
    drop: async () => {
      const client = new Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}
