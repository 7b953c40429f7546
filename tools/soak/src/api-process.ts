import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import type { DatabaseTarget } from './api';
import { waitUntilReady } from './api-client';
import { databaseEnvironment } from './soak-database';
import { API_ENVIRONMENT, API_NODE_FLAGS } from '@outcomes/api/src/launch';

export interface ApiProcess {
  url: string;
  child: ChildProcess;
  /** SIGTERM; resolves with the exit code and how long the process took to exit. */
  stop(): Promise<{ code: number | null; signal: NodeJS.Signals | null; ms: number }>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Starts the built API (dist/apps/api/src/main.js) on 127.0.0.1 against the database given. */
export async function startBuiltApi(workspaceRoot: string, target: DatabaseTarget, log: (line: string) => void): Promise<ApiProcess> {
  const main = path.join(workspaceRoot, 'dist', 'apps', 'api', 'src', 'main.js');
  if (!fs.existsSync(main)) throw new Error(`No built API at ${main}: run \`npx nx run soak:build\` (it builds the API too).`);
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...databaseEnvironment(target),
    ...API_ENVIRONMENT,
    PORT: String(port),
    LOG_LEVEL: process.env['LOG_LEVEL'] ?? 'warn',
    DASHBOARD_DIST: path.join(workspaceRoot, 'dist', 'no-dashboard'),
  };
  const child = spawn(process.execPath, [...API_NODE_FLAGS, main], { cwd: workspaceRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout?.on('data', (chunk: Buffer) => chunk.toString().split('\n').filter(Boolean).forEach((line) => log(`[api] ${line}`)));
  child.stderr?.on('data', (chunk: Buffer) => chunk.toString().split('\n').filter(Boolean).forEach((line) => log(`[api] ${line}`)));
  // The app listens on every interface by default; the soak only ever talks to 127.0.0.1.
  const url = `http://127.0.0.1:${port}`;
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  await Promise.race([
    waitUntilReady(url, 60_000),
    exited.then(({ code }) => {
      throw new Error(`The API exited (code ${code}) before it was ready`);
    }),
  ]);
  return {
    url,
    child,
    async stop() {
      const started = Date.now();
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
      const result = await exited;
      clearTimeout(timer);
      return { ...result, ms: Date.now() - started };
    },
  };
}
