// Component specs in jsdom. The shared preset compiles TypeScript with SWC but without JSX, so
// .tsx files get their own transform: the same options plus the TSX parser and React's automatic
// runtime (no `import React` needed).
const preset = require('../../jest.preset.js');

const [swcJest, swcOptions] = preset.transform['^.+\\.(t|j)sx?$'];
const tsxOptions = {
  ...swcOptions,
  jsc: {
    ...swcOptions.jsc,
    parser: { ...swcOptions.jsc.parser, tsx: true },
    transform: { ...swcOptions.jsc.transform, react: { runtime: 'automatic' } },
  },
};

module.exports = {
  ...preset,
  displayName: 'dashboard',
  rootDir: __dirname,
  testEnvironment: '<rootDir>/src/testing/jsdom-environment.js',
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/src/**/*.spec.tsx'],
  setupFiles: ['<rootDir>/src/testing/setup-jsdom.ts'],
  // Lazy pages load Recharts on first use, which takes seconds under SWC's on-the-fly compile.
  testTimeout: 20000,
  transform: {
    '^.+\\.tsx$': [swcJest, tsxOptions],
    '^.+\\.(t|j)s$': [swcJest, swcOptions],
  },
};
