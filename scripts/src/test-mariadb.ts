import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/**
 * The MariaDB half of `npm test`: the same suites on a real server. In CI a
 * suite that did not run is a failure; on a developer machine without
 * MariaDB the skip is loud and says how to install it.
 */
const MARIADBD = '/usr/sbin/mariadbd';
const root = path.resolve(__dirname, '../..');

if (!fs.existsSync(MARIADBD)) {
  const message = "The MariaDB suite needs Debian's mariadb-server: apt-get update && apt-get install -y mariadb-server";
  if (process.env.CI) {
    process.stderr.write(`\nFAILED: ${message}\n\n`);
    process.exit(1);
  }
  const line = '!'.repeat(message.length + 4);
  process.stderr.write(`\n${line}\n! ${message} !\n! MariaDB suite SKIPPED${' '.repeat(message.length - 21)} !\n${line}\n\n`);
  process.exit(0);
}

const jest = require.resolve('jest/bin/jest', { paths: [root] });
const result = spawnSync(process.execPath, [jest, '--config', path.join(root, 'jest.mariadb.config.js'), ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
process.exit(result.status ?? 1);
