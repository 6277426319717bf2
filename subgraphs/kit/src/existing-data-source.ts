import fs from 'node:fs';
import path from 'node:path';
import { DataSource, type DataSourceOptions } from 'typeorm';
import type { DatabaseConfig } from './config';
import { dataSourceOptions, type DataSourceParts } from './data-source';
import { REPOSITORY_ROOT } from './env';
import type { StatementCounter } from './statement-counter';

/** A database a tool cannot use as it is: missing, unreachable, or on another schema than this code's. */
export class UnusableDatabaseError extends Error {}

/**
 * How messages name a database: an SQLite file relative to the repository's
 * root when it lies inside it (`data/commerce-bureau.sqlite`), a MySQL URL
 * without its credentials (`mysql://db:3306/commerce_bureau`).
 */
export function describeDatabase(database: DatabaseConfig): string {
  if (database.kind === 'sqlite') {
    const relative = path.relative(REPOSITORY_ROOT, database.file);
    return database.file === ':memory:' || relative.startsWith('..') || path.isAbsolute(relative) ? database.file : relative;
  }
  const url = new URL(database.url);
  return `${url.protocol}//${url.host}${url.pathname}`;
}

/**
 * Opens a database that a tool only reads (`npm run audit:verify`): it must
 * exist and hold the schema this code migrates to. Nothing is created (no
 * SQLite file, no folder) and no migration runs: a verification tool that
 * changed what it verifies would prove nothing.
 */
export async function openExistingDataSource(database: DatabaseConfig, parts: DataSourceParts, logger: StatementCounter): Promise<DataSource> {
  const where = describeDatabase(database);
  if (database.kind === 'sqlite' && database.file !== ':memory:' && !fs.existsSync(database.file)) throw new UnusableDatabaseError(`${where} does not exist`);
  const options = dataSourceOptions(database, parts, logger, { create: false });
  const dataSource = new DataSource(options);
  try {
    await dataSource.initialize();
  } catch (error) {
    throw new UnusableDatabaseError(`${where} cannot be opened: ${error instanceof Error ? error.message : String(error)}`);
  }
  try {
    await requireCurrentSchema(dataSource, options, where);
  } catch (error) {
    await dataSource.destroy();
    throw error;
  }
  return dataSource;
}

/** The migrations the database has run must be exactly this code's. */
async function requireCurrentSchema(dataSource: DataSource, options: DataSourceOptions, where: string): Promise<void> {
  const table = options.migrationsTableName ?? 'migrations';
  const runner = dataSource.createQueryRunner();
  try {
    if (!(await runner.hasTable(table))) throw new UnusableDatabaseError(`${where} holds no schema of this platform (no ${table} table)`);
  } finally {
    await runner.release();
  }
  const rows: Array<{ name: string }> = await dataSource.query(`SELECT name FROM ${dataSource.driver.escape(table)}`);
  const applied = new Set(rows.map((row) => row.name));
  const expected = dataSource.migrations.map((migration) => migration.name ?? migration.constructor.name);
  const pending = expected.filter((name) => !applied.has(name));
  const unknown = [...applied].filter((name) => !expected.includes(name));
  if (pending.length > 0)
    throw new UnusableDatabaseError(`${where} is on an older schema (${pending.length} migration(s) not run, first ${pending[0]}): start its service once to migrate it`);
  if (unknown.length > 0) throw new UnusableDatabaseError(`${where} is on a newer schema than this code (${unknown.join(', ')}): use the code that wrote it`);
}
