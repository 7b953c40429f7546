// The soak's short form (CI) and the killed-bulk-load check, against a real database: SQLite by
// default, PostgreSQL when DATABASE_URL says so. They boot the API, hash passwords and load a
// generated clinic, hence the timeout.
module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'soak',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  // The API imports @nestjs/terminus, published as ES modules only (see apps/api/jest.config.js).
  transformIgnorePatterns: ['/node_modules/(?!@nestjs/terminus/)'],
  testTimeout: 180000,
};
