import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import type { BenchTarget } from './database';
import { API_ENVIRONMENT, API_NODE_FLAGS } from '@outcomes/api/src/launch';

export interface ApiProcess {
  url: string;
  pid: number;
  /** Milliseconds from spawning the process to /health/ready answering 200 (migrations included). */
  readyMs: number;
  /** The last lines the API wrote (LOG_LEVEL=warn: warnings and errors only), for the report when something fails. */
  log: string[];
  /** How many lines it wrote in all. */
  logLines(): number;
  stop(): Promise<void>;
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

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

async function waitUntilReady(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`The API exited (code ${child.exitCode}) before it was ready`);
    try {
      const response = await fetch(`${url}/health/ready`);
      await response.arrayBuffer();
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    await sleep(100);
  }
  throw new Error(`The API at ${url} was not ready within ${timeoutMs} ms`);
}

/**
 * Starts the built API (dist/apps/api/src/main.js) as `npm start` does, on a free port of
 * 127.0.0.1, against the bench database, with LOG_LEVEL=warn. Logins are not throttled to 20 a
 * minute here: the bench signs in once per clinic owner (21 logins on L).
 */
export async function startApi(workspaceRoot: string, target: BenchTarget): Promise<ApiProcess> {
  const main = path.join(workspaceRoot, 'dist', 'apps', 'api', 'src', 'main.js');
  if (!fs.existsSync(main)) throw new Error(`No built API at ${main}: run \`npm run build\` first.`);
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env, ...API_ENVIRONMENT, PORT: String(port), LOG_LEVEL: 'warn', LOGIN_ATTEMPTS_PER_MINUTE: '1000' };
  if (target.engine === 'postgres') {
    env['DATABASE_URL'] = target.databaseUrl;
  } else {
    delete env['DATABASE_URL'];
    env['SQLITE_PATH'] = target.sqlitePath;
  }
  const started = Date.now();
  const child = spawn(process.execPath, [...API_NODE_FLAGS, main], { cwd: workspaceRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const log: string[] = [];
  let lines = 0;
  const collect = (chunk: Buffer): void => {
    for (const line of chunk.toString().split('\n')) {
      if (!line.trim()) continue;
      lines += 1;
      log.push(line);
      if (log.length > 200) log.shift();
    }
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitUntilReady(url, child, 120_000);
  } catch (error) {
    child.kill('SIGKILL');
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n${log.slice(-20).join('\n')}`);
  }
  return {
    url,
    pid: child.pid as number,
    readyMs: Date.now() - started,
    log,
    logLines: () => lines,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** A field of /proc/<pid>/status in kB (VmRSS, VmHWM, …); Linux only. */
export function procStatusKb(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
  if (!match) throw new Error(`no ${field} in /proc/${pid}/status`);
  return Number(match[1]);
}

/**
 * Resets the process's peak resident set (VmHWM) to its current size (Linux: writing 5 to
 * /proc/<pid>/clear_refs), so that the next reading is the peak of what happens in between.
 * False when the kernel or the permissions do not allow it.
 */
export function resetPeakRss(pid: number): boolean {
  try {
    fs.writeFileSync(`/proc/${pid}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
}

/** CPU seconds (user + system) the process has used so far, from /proc/<pid>/stat; Linux only. */
export function cpuSeconds(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  // utime and stime are the 14th and 15th fields of the whole line, in clock ticks (100 a second on Linux).
  return (Number(fields[11]) + Number(fields[12])) / 100;
}
