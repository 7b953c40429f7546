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
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const root = path.resolve(__dirname, '..', '..', '..');
  return {
    databaseUrl: env['DATABASE_URL'] || undefined,
    sqlitePath: env['SQLITE_PATH'] ?? path.join(root, 'data', 'outcomes.sqlite'),
    port: Number(env['PORT'] ?? 3000),
    production: env['NODE_ENV'] === 'production',
    sessionTtlHours: Number(env['SESSION_TTL_HOURS'] ?? 12),
    dashboardDist: env['DASHBOARD_DIST'] ?? path.join(root, 'apps', 'dashboard', 'dist'),
  };
}
