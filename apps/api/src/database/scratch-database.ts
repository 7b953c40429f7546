import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import type { DatabaseTarget } from './data-source';
import { dialectOf } from './dialect';

export interface ScratchDatabase {
  target: DatabaseTarget;
  drop(): Promise<void>;
}

/**
 * A fresh, empty database for one test file or one tool run: a temporary SQLite file, or (when
 * serverUrl is a postgres:// URL) a new database on that server, dropped by drop(). The name is
 * the code's prefix and a random suffix, and goes into CREATE/DROP DATABASE (which take no
 * parameters) quoted as an identifier.
 */
export async function createScratchDatabase(serverUrl: string | undefined, prefix: string): Promise<ScratchDatabase> {
  if (!/^[a-z][a-z0-9_]*$/.test(prefix)) throw new RangeError(`A scratch database prefix is lower-case letters, digits and _, got "${prefix}"`);
  const name = `${prefix}_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
  if (dialectOf(serverUrl) === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), `${prefix.replace(/_/g, '-')}-`));
    return {
      target: { databaseUrl: undefined, sqlitePath: path.join(dir, `${name}.sqlite`) },
      drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
    };
  }
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${admin.escapeIdentifier(name)}`);
  await admin.end();
  const url = new URL(serverUrl as string);
  url.pathname = `/${name}`;
  return {
    target: { databaseUrl: url.toString(), sqlitePath: ':memory:' },
    drop: async () => {
      const client = new Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`);
      await client.end();
    },
  };
}
