import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { createConnection } from 'mysql2/promise';
import type { DataSource } from 'typeorm';
import { agencyAccount } from './agency-accounts';

/** Which database the tests run on: SQLite files by default, MariaDB under jest.mariadb.config.js. */
export function testDatabase(): 'sqlite' | 'mariadb' {
  return process.env.TEST_DATABASE === 'mariadb' ? 'mariadb' : 'sqlite';
}

declare global {
  /** The MariaDB databases this test file made, which test/global/mariadb-environment.ts drops when the file is done. */
  var freshMariaDbDatabases: string[] | undefined;
}

/**
 * A DATABASE_URL for a fresh, empty database of this subgraph: a new SQLite
 * file in `dataDir`, or a new MariaDB database that only the agency's own
 * user may use (dropped when the test file ends).
 */
export async function freshDatabaseUrl(subgraph: string, dataDir: string): Promise<string> {
  if (testDatabase() === 'sqlite') return `sqlite:${path.join(dataDir, `${subgraph}.sqlite`)}`;
  const account = agencyAccount(subgraph);
  const database = `${account}_${randomBytes(4).toString('hex')}`;
  const admin = await createConnection({ socketPath: process.env.MARIADB_TEST_SOCKET, user: 'root' });
  try {
    await admin.query(`CREATE DATABASE \`${database}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
    (globalThis.freshMariaDbDatabases ??= []).push(database);
  } finally {
    await admin.end();
  }
  const passwords = JSON.parse(process.env.MARIADB_TEST_PASSWORDS ?? '{}') as Record<string, string>;
  return `mariadb://${account}:${passwords[subgraph]}@127.0.0.1:${process.env.MARIADB_TEST_PORT}/${database}`;
}

/** `SELECT COUNT(*)` of a table in one subgraph's database, optionally narrowed (to show what a request wrote, or did not). */
export async function countRows(db: DataSource, table: string, where = '', parameters: unknown[] = []): Promise<number> {
  const [row] = await db.query<Array<{ n: number | string }>>(`SELECT COUNT(*) AS n FROM ${table}${where ? ` WHERE ${where}` : ''}`, parameters);
  return Number(row.n);
}
