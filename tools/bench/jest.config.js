// Unit specs of the harness's pure parts (percentiles, verdicts, the table): no database, no API.
module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'bench',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
