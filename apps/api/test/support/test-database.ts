import { createScratchDatabase, type ScratchDatabase } from '../../src/database/scratch-database';

export type TestDatabase = ScratchDatabase;

/**
 * A fresh, empty database for one test file: a temporary SQLite file, or (when DATABASE_URL is a
 * postgres:// URL) a new PostgreSQL database on that server, so test files can run in parallel.
 */
export function createTestDatabase(): Promise<TestDatabase> {
  return createScratchDatabase(process.env['DATABASE_URL'], 'outcomes_test');
}
