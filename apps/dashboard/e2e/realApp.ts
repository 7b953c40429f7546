import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const BUILT = ['dist/apps/api/src/main.js', 'dist/tools/seed/src/main.js', 'apps/dashboard/dist/index.html'];

export interface RealApp {
  url: string;
  stop(): Promise<void>;
}

/**
 * The product as `npm start` runs it, on a throwaway SQLite file with the demo clinic: the built
 * API serving the built dashboard on a free loopback port. Needs `npm run build` first.
 */
export async function startRealApp(): Promise<RealApp> {
  const missing = BUILT.filter((file) => !fs.existsSync(path.join(ROOT, file)));
  if (missing.length > 0) throw new Error(`Build first (npm run build): missing ${missing.join(', ')}`);
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'outcomes-e2e-'));
  const env = { ...process.env, DATABASE_URL: '', SQLITE_PATH: path.join(directory, 'e2e.sqlite'), LOG_LEVEL: 'warn', NODE_ENV: '' };
  execFileSync(process.execPath, ['dist/tools/seed/src/main.js', '--demo'], { cwd: ROOT, env, stdio: 'ignore' });

  const port = await freePort();
  // As npm start does (apps/api/src/launch.ts; its spec checks these match).
  const server = spawn(process.execPath, ['--max-semi-space-size=2', 'dist/apps/api/src/main.js'], {
    cwd: ROOT,
    env: { ...env, PORT: String(port), MALLOC_MMAP_THRESHOLD_: '131072' },
    stdio: 'inherit',
  });
  const url = `http://127.0.0.1:${port}`;
  await waitUntilServing(url, server);
  return {
    url,
    stop: async () => {
      await stopProcess(server);
      fs.rmSync(directory, { recursive: true, force: true });
    },
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function waitUntilServing(url: string, server: ChildProcess): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`The API exited with code ${server.exitCode} before serving`);
    try {
      if ((await fetch(`${url}/login`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The API did not serve ${url} within 30 s`);
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
    setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
  });
}
