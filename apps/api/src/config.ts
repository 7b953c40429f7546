import fs from 'node:fs';
import path from 'node:path';

/** Process configuration, read once from the environment. */
export interface AppConfig {
  /** postgres://… selects PostgreSQL; absent selects the SQLite file at sqlitePath. */
  databaseUrl: string | undefined;
  sqlitePath: string;
  port: number;
  production: boolean;
  sessionTtlHours: number;
  /** Where the built dashboard is served from, when it exists. */
  dashboardDist: string;
  /** Audit events older than this many years are purged (HIPAA keeps documentation 6 years). */
  auditRetentionYears: number;
  /** The largest request body accepted, in bytes (express `limit` syntax also accepted: "100kb"). */
  requestBodyLimit: string;
  /** Login attempts one client address may make per minute before it is blocked for a minute. */
  loginAttemptsPerMinute: number;
  /** pino level: fatal, error, warn, info, debug, trace or silent. */
  logLevel: string;
  /** Express "trust proxy" (e.g. "loopback", "1"): how the client address is read behind a proxy. */
  trustProxy: string | undefined;
  /** On SIGTERM, how long the server keeps accepting (and answering) while readiness reports "draining". */
  shutdownDrainMs: number;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const root = workspaceRoot(__dirname);
  return {
    databaseUrl: env['DATABASE_URL'] || undefined,
    sqlitePath: env['SQLITE_PATH'] ?? path.join(root, 'data', 'outcomes.sqlite'),
    port: Number(env['PORT'] ?? 3000),
    production: env['NODE_ENV'] === 'production',
    sessionTtlHours: Number(env['SESSION_TTL_HOURS'] ?? 12),
    dashboardDist: env['DASHBOARD_DIST'] ?? path.join(root, 'apps', 'dashboard', 'dist'),
    auditRetentionYears: positiveNumber(env, 'AUDIT_RETENTION_YEARS', 6),
    requestBodyLimit: env['REQUEST_BODY_LIMIT'] || '100kb',
    loginAttemptsPerMinute: positiveNumber(env, 'LOGIN_ATTEMPTS_PER_MINUTE', 20),
    // Jest sets NODE_ENV=test: test runs log warnings and errors only.
    logLevel: env['LOG_LEVEL'] || (env['NODE_ENV'] === 'test' ? 'warn' : 'info'),
    trustProxy: env['TRUST_PROXY'] || undefined,
    shutdownDrainMs: nonNegativeNumber(env, 'SHUTDOWN_DRAIN_MS', 1000),
  };
}

function positiveNumber(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const text = env[name];
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a number above 0, got "${text}"`);
  return value;
}

function nonNegativeNumber(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const text = env[name];
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isFinite(value) || value < 0) throw new Error(`${name} must be a number of 0 or more, got "${text}"`);
  return value;
}

/** The repository root (where nx.json is), whether this file runs from src/ or from dist/. */
function workspaceRoot(from: string): string {
  for (let directory = from; ; directory = path.dirname(directory)) {
    if (fs.existsSync(path.join(directory, 'nx.json'))) return directory;
    if (path.dirname(directory) === directory) return process.cwd();
  }
}
