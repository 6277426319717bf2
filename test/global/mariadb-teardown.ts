import fs from 'node:fs';

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
  await underTest.server.stop();
  fs.rmSync(underTest.directory, { recursive: true, force: true });
  if (died !== undefined) process.stderr.write(`\nThe MariaDB server under test died during the run, so the tests after it could not connect.\n${died}\n`);
}
