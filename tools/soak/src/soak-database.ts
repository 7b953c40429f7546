import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { ApiClient } from './api-client';
import { createScratchDatabase, type DatabaseTarget, dataSourceOptions, dialectOf, type ScratchDatabase } from './api';

export type SoakDatabase = ScratchDatabase;

/**
 * A fresh database for one run: a temporary SQLite file, or a new database on the PostgreSQL
 * server DATABASE_URL names (dropped afterwards).
 */
export function createSoakDatabase(serverUrl: string | undefined): Promise<SoakDatabase> {
  return createScratchDatabase(serverUrl, 'outcomes_soak');
}

/** The environment that points a child process (the API, the seed command) at the database. */
export function databaseEnvironment(target: DatabaseTarget): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  if (target.databaseUrl) env['DATABASE_URL'] = target.databaseUrl;
  else {
    delete env['DATABASE_URL'];
    env['SQLITE_PATH'] = target.sqlitePath;
  }
  return env;
}

/** Every login the seed command makes has this password (see `seed --help`). */
export const SEEDED_PASSWORD = 'demo-password-2026';
/** The owner of the first generated clinic. */
export const SEEDED_OWNER = 'owner@clinic-1.example';

/** Runs the built seed command (dist/tools/seed), as an operator would: one generated clinic. */
export async function seedWithSeedCommand(workspaceRoot: string, target: DatabaseTarget, options: { patients: number; seed: number }): Promise<void> {
  const main = path.join(workspaceRoot, 'dist', 'tools', 'seed', 'src', 'main.js');
  if (!fs.existsSync(main)) throw new Error(`No built seed command at ${main}: run \`npx nx run soak:build\` (it builds the seed too).`);
  const args = ['--clinics', '1', '--patients', String(options.patients), '--seed', String(options.seed), '--json'];
  if (!target.databaseUrl) args.push('--sqlite', target.sqlitePath);
  const child = spawn(process.execPath, [main, ...args], { cwd: workspaceRoot, env: databaseEnvironment(target), stdio: ['ignore', 'pipe', 'pipe'] });
  const output: string[] = [];
  child.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', resolve);
  });
  if (code !== 0) throw new Error(`The seed command failed (exit ${code}): ${output.join('')}`);
}

/** The clinic's active therapists, read through the API as its owner. */
export async function therapistLogins(url: string, owner: { email: string; password: string }): Promise<{ email: string; password: string }[]> {
  const client = await ApiClient.login(url, owner.email, owner.password);
  const { users } = await client.data<{ users: { email: string; role: string; active: boolean }[] }>('{ users { email role active } }');
  return users.filter((user) => user.role === 'THERAPIST' && user.active).map((user) => ({ email: user.email, password: owner.password }));
}

export interface DatabaseCheck {
  stored: number;
  duplicates: number;
  missing: number;
}

/** The run's sessions counted in the database itself: every acknowledged id stored exactly once. */
export async function checkInDatabase(target: DatabaseTarget, runId: string, acknowledgedIds: readonly string[]): Promise<DatabaseCheck> {
  const dataSource = await new DataSource(dataSourceOptions(target)).initialize();
  try {
    const postgres = dialectOf(target.databaseUrl) === 'postgres';
    const parameter = postgres ? '$1' : '?';
    const rows = (await dataSource.query(
      `SELECT client_request_id AS id, COUNT(*) AS n FROM treatment_session WHERE client_request_id LIKE ${parameter} GROUP BY client_request_id`,
      [`${runId}-%`],
    )) as { id: string; n: string | number }[];
    const stored = new Map(rows.map((row) => [row.id, Number(row.n)]));
    return {
      stored: [...stored.values()].reduce((sum, count) => sum + count, 0),
      duplicates: [...stored.values()].filter((count) => count > 1).length,
      missing: acknowledgedIds.filter((id) => !stored.has(id)).length,
    };
  } finally {
    await dataSource.destroy();
  }
}
