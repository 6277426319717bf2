/**
 * One jest configuration for the whole monorepo. Workspace packages resolve
 * to their TypeScript sources, so tests need no build; `npm test` still runs
 * `tsc -b` first because ts-jest only transpiles.
 */
const subgraphs = ['community-committees', 'public-security', 'industry-associations', 'commerce-bureau'];

/** @type {import('jest').Config} */
module.exports = {
  rootDir: __dirname,
  testEnvironment: 'node',
  roots: ['<rootDir>/subgraphs', '<rootDir>/gateway', '<rootDir>/scripts', '<rootDir>/test'],
  testMatch: ['**/test/**/*.test.ts', '**/test/**/*.e2e.ts', '**/test/**/*.browser.ts', '**/test/**/*.smoke.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.test.json' }] },
  moduleNameMapper: {
    '^@governance/kit$': '<rootDir>/subgraphs/kit/src/index.ts',
    '^@governance/kit/(.*)$': '<rootDir>/subgraphs/kit/src/$1',
    '^@governance/dataset$': '<rootDir>/subgraphs/dataset/src/index.ts',
    '^@governance/gateway$': '<rootDir>/gateway/src/server.ts',
    '^@governance/gateway/(.*)$': '<rootDir>/gateway/src/$1',
    [`^@governance/(${subgraphs.join('|')})$`]: '<rootDir>/subgraphs/$1/src/subgraph.ts',
    '^@governance/scripts/(.*)$': '<rootDir>/scripts/src/$1',
  },
  modulePathIgnorePatterns: ['<rootDir>/.*/dist/'],
  testTimeout: 60_000,
  // Each e2e file starts its own stack on ephemeral ports; two workers fit two cores.
  maxWorkers: 2,
};
