/**
 * The same subgraph, end-to-end, contract and statement-count tests, on a
 * throwaway MariaDB server instead of SQLite files (test/global/mariadb-setup.ts).
 */
const base = require('./jest.config.js');

/** @type {import('jest').Config} */
module.exports = {
  ...base,
  roots: ['<rootDir>/subgraphs', '<rootDir>/test'],
  testMatch: ['<rootDir>/subgraphs/*/test/**/*.test.ts', '<rootDir>/test/**/*.e2e.ts', '<rootDir>/test/**/*.mysql.ts'],
  // The kit's unit tests use in-memory SQLite on purpose; the launcher tests run the SQLite default.
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/subgraphs/kit/', '<rootDir>/test/platform.e2e.ts', '<rootDir>/test/launcher.e2e.ts', '<rootDir>/test/observability.e2e.ts'],
  // Drops each test file's databases when the file is done.
  testEnvironment: '<rootDir>/test/global/mariadb-environment.ts',
  globalSetup: '<rootDir>/test/global/mariadb-setup.ts',
  globalTeardown: '<rootDir>/test/global/mariadb-teardown.ts',
};
