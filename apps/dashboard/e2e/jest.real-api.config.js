// Browser tests against the real product: by default the built app (npm run build) started on a
// throwaway SQLite file with the demo clinic (realApp.ts); or an app already running, named by
// OUTCOMES_URL — then point it at a throwaway database, never a real clinic: the tests record
// sessions and referrals.
module.exports = {
  ...require('./jest.config.js'),
  displayName: 'dashboard-real-api',
  testMatch: ['<rootDir>/**/*.real-api.ts'],
  globalSetup: '<rootDir>/realApp.global-setup.ts',
  globalTeardown: '<rootDir>/realApp.global-teardown.ts',
  testTimeout: 90000,
};
