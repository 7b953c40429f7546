// Unit specs (src/**/*.spec.ts) and integration specs (test/integration/*.integration-spec.ts),
// the latter against a real database: SQLite by default, PostgreSQL when DATABASE_URL says so.
module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'api',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.integration-spec.ts'],
  // @nestjs/terminus 12 ships ES modules only; Node loads them with require(esm), Jest (before
  // Node 24.9) does not, so it is compiled to CommonJS like the sources.
  transformIgnorePatterns: ['/node_modules/(?!@nestjs/terminus/)'],
  testTimeout: 60000,
};
