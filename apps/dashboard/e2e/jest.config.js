// Browser tests: Node drives Debian's Chromium through playwright-core. Slow by nature (a build,
// a browser launch), hence the long timeout and one worker.
module.exports = {
  ...require('../../../jest.preset.js'),
  displayName: 'dashboard-e2e',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/**/*.e2e.ts'],
  testTimeout: 60000,
  maxWorkers: 1,
};
