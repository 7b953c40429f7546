// Unit specs of the generator and a load spec against a real database: SQLite by default,
// PostgreSQL when DATABASE_URL says so. Loading a clinic hashes passwords and migrates, hence the timeout.
module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'seed',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  testTimeout: 120000,
};
