// Unit specs (src/**/*.spec.ts) and integration specs (test/integration/*.integration-spec.ts),
// the latter against a real database: SQLite by default, PostgreSQL when DATABASE_URL says so.
module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'api',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.integration-spec.ts'],
  testTimeout: 60000,
};
