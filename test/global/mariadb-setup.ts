import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
// globalSetup runs outside jest's module map, so the kit is imported from its source by path.
import { agencyManifest } from '../../subgraphs/kit/src/agencies';
import { createAgencyAccounts } from '../../testkit/src/agency-accounts';
import { mariaDbInstalled, startMariaDb, type MariaDbServer } from './mariadb-server';

declare global {
  var mariaDbUnderTest: { server: MariaDbServer; directory: string } | undefined;
}

/**
 * jest globalSetup of the MariaDB suite: one throwaway server for the run;
 * test workers inherit where it is and the agency passwords through the environment.
 */
export default async function setup(): Promise<void> {
  if (!mariaDbInstalled()) throw new Error('MariaDB is not installed: apt-get update && apt-get install -y mariadb-server');
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'governance-mariadb-'));
  const server = await startMariaDb(directory);
  const admin = await server.admin();
  try {
    const passwords = await createAgencyAccounts(
      admin,
      agencyManifest().agencies.map((agency) => agency.name),
    );
    process.env.TEST_DATABASE = 'mariadb';
    process.env.MARIADB_TEST_PORT = String(server.port);
    process.env.MARIADB_TEST_SOCKET = server.socket;
    process.env.MARIADB_TEST_PASSWORDS = JSON.stringify(passwords);
  } finally {
    await admin.end();
  }
  globalThis.mariaDbUnderTest = { server, directory };
}
