import NodeEnvironment from 'jest-environment-node';
import { createConnection } from 'mysql2/promise';

/**
 * jest's node environment for the MariaDB suite, which drops the databases a
 * test file made (testkit's freshDatabaseUrl lists them) once the file is
 * done: after its last afterAll, when its subgraphs have stopped. Every test
 * database is seeded in full, and a run had made 4.4 GB of them eight minutes
 * in; kept to the end, they need a disk the CI machine may not have.
 */
export default class MariaDbEnvironment extends NodeEnvironment {
  override async teardown(): Promise<void> {
    const databases = (this.global as { freshMariaDbDatabases?: string[] }).freshMariaDbDatabases ?? [];
    const socketPath = process.env.MARIADB_TEST_SOCKET;
    if (databases.length > 0 && socketPath !== undefined) {
      try {
        const admin = await createConnection({ socketPath, user: 'root' });
        try {
          for (const database of databases) await admin.query(`DROP DATABASE IF EXISTS \`${database}\``);
        } finally {
          await admin.end();
        }
      } catch (error) {
        // A server that died has said so in the tests; the teardown prints why (mariadb-teardown.ts).
        process.stderr.write(`could not drop this file's test databases: ${(error as Error).message}\n`);
      }
    }
    await super.teardown();
  }
}
