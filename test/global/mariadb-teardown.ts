import fs from 'node:fs';
import type { RowDataPacket } from 'mysql2';
import type { MariaDbServer } from './mariadb-server';

/**
 * Stops the run's MariaDB. When it had died during the run every later test
 * failed with ECONNREFUSED on its socket, which says nothing of why: the
 * reason is printed last, where a CI log's tail shows it, before the data
 * directory with its error log is removed.
 */
export default async function teardown(): Promise<void> {
  const underTest = globalThis.mariaDbUnderTest;
  if (!underTest) return;
  const died = underTest.server.unexpectedExit();
  if (died === undefined) await reportLeftDatabases(underTest.server);
  await underTest.server.stop();
  fs.rmSync(underTest.directory, { recursive: true, force: true });
  if (died !== undefined) process.stderr.write(`\nThe MariaDB server under test died during the run, so the tests after it could not connect.\n${died}\n`);
}

/** Test databases (testkit's `<account>_<8 hex>`) that no test file's environment dropped (mariadb-environment.ts). */
async function reportLeftDatabases(server: MariaDbServer): Promise<void> {
  const admin = await server.admin();
  try {
    const [rows] = await admin.query<Array<{ Database: string } & RowDataPacket>>('SHOW DATABASES');
    const left = rows.map((row) => row.Database).filter((name) => /_[0-9a-f]{8}$/.test(name));
    if (left.length > 0) process.stderr.write(`\n${left.length} test databases were left on the MariaDB server under test (${left.slice(0, 5).join(', ')}...)\n`);
  } finally {
    await admin.end();
  }
}
