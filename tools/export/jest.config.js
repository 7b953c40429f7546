// Unit specs of the command line, and a run against a real database: SQLite by default,
// PostgreSQL when DATABASE_URL says so (migrating a fresh database takes a while, hence the timeout).
module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'export',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  testTimeout: 120000,
};
