/**
 * One jest configuration for the whole monorepo. Workspace packages resolve
 * to their TypeScript sources, so tests need no build; `npm test` still runs
 * `tsc -b` first because ts-jest only transpiles.
 */
const fs = require('node:fs');
const path = require('node:path');

/** Each agency's package, as agencies.json lists it (AGENCY_MANIFEST names a variant), mapped to its main module's source. */
const manifestFile = path.resolve(__dirname, process.env.AGENCY_MANIFEST || 'agencies.json');
const agencyModules = Object.fromEntries(
  JSON.parse(fs.readFileSync(manifestFile, 'utf8')).agencies.map((agency) => {
    const folder = path.resolve(path.dirname(manifestFile), agency.package);
    const main = JSON.parse(fs.readFileSync(path.join(folder, 'package.json'), 'utf8')).main || 'dist/subgraph.js';
    return [`^@governance/${agency.name}$`, path.join(folder, main.replace(/^(\.\/)?dist\//, 'src/').replace(/\.js$/, '.ts'))];
  }),
);

/** @type {import('jest').Config} */
module.exports = {
  rootDir: __dirname,
  testEnvironment: 'node',
  roots: ['<rootDir>/subgraphs', '<rootDir>/gateway', '<rootDir>/scripts', '<rootDir>/testkit', '<rootDir>/test'],
  testMatch: ['**/test/**/*.test.ts', '**/test/**/*.e2e.ts', '**/test/**/*.browser.ts', '**/test/**/*.smoke.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.test.json' }] },
  moduleNameMapper: {
    '^@governance/kit$': '<rootDir>/subgraphs/kit/src/index.ts',
    '^@governance/kit/(.*)$': '<rootDir>/subgraphs/kit/src/$1',
    '^@governance/dataset$': '<rootDir>/subgraphs/dataset/src/index.ts',
    '^@governance/gateway$': '<rootDir>/gateway/src/server.ts',
    '^@governance/gateway/(.*)$': '<rootDir>/gateway/src/$1',
    ...agencyModules,
    '^@governance/scripts/(.*)$': '<rootDir>/scripts/src/$1',
    '^@governance/testkit/(.*)$': '<rootDir>/testkit/src/$1',
  },
  modulePathIgnorePatterns: ['<rootDir>/.*/dist/'],
  // Each agency's database is seeded once per run and copied for every test (testkit/src/seed-template.ts).
  globalSetup: '<rootDir>/test/global/sqlite-setup.ts',
  globalTeardown: '<rootDir>/test/global/sqlite-teardown.ts',
  testTimeout: 60_000,
  // Hooks that start whole stacks get longer (test/support/timeouts.ts).
  setupFilesAfterEnv: ['<rootDir>/test/global/hook-timeout.ts'],
  // Each e2e file starts its own stack on ephemeral ports; two workers fit two cores.
  maxWorkers: 2,
};
