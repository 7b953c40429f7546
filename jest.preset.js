// Shared Jest settings: SWC for speed (with decorator metadata for Nest/TypeORM), source-level
// imports of the libraries, UTC everywhere.
process.env.TZ = 'UTC';
const path = require('node:path');
const fs = require('node:fs');
const swcrc = JSON.parse(fs.readFileSync(path.join(__dirname, '.swcrc'), 'utf8'));
// The build resolves path aliases relative to the repository root; Jest may run from a project folder.
swcrc.jsc.baseUrl = __dirname;

module.exports = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.(t|j)sx?$': ['@swc/jest', { ...swcrc, swcrc: false, sourceMaps: 'inline' }],
  },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
  moduleNameMapper: {
    '^@outcomes/models$': path.join(__dirname, 'libs/models/src/index.ts'),
    '^@outcomes/metrics$': path.join(__dirname, 'libs/metrics/src/index.ts'),
    '^@outcomes/api/(.*)$': path.join(__dirname, 'apps/api/$1'),
  },
};
