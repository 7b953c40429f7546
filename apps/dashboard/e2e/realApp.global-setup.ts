import { startRealApp } from './realApp';

/** Starts the real app for the browser tests unless OUTCOMES_URL names one already running. */
export default async function globalSetup(): Promise<void> {
  if (process.env['OUTCOMES_URL']) return;
  const app = await startRealApp();
  // Test workers start after this and inherit the environment.
  process.env['OUTCOMES_URL'] = app.url;
  (globalThis as { outcomesRealApp?: typeof app }).outcomesRealApp = app;
}
