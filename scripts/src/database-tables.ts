import type { DataSource, QueryRunner } from 'typeorm';

/**
 * Whole-table operations of the platform's tools (the seed, its --reset and
 * its clean-up), on SQLite and MySQL alike. Tables are read from the
 * database's own catalogue rather than from the entities, so that tables
 * only migrations know (summaries kept by triggers) are included.
 */

const isSqlite = (db: DataSource) => db.options.type === 'better-sqlite3';

/** Every table of the database but TypeORM's record of the migrations. */
export async function listTables(db: DataSource): Promise<string[]> {
  const rows: Array<{ name: string }> = isSqlite(db)
    ? await db.query(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`)
    : await db.query(`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE'`);
  const migrations = db.options.migrationsTableName ?? 'migrations';
  return rows.map((row) => row.name).filter((name) => name !== migrations);
}

async function hasRows(db: DataSource | QueryRunner, table: string, escape: (name: string) => string): Promise<boolean> {
  return ((await db.query(`SELECT 1 FROM ${escape(table)} LIMIT 1`)) as unknown[]).length > 0;
}

/** The tables that hold no row now: what a seed may fill, and what its clean-up empties again. */
export async function tablesWithoutRows(db: DataSource): Promise<string[]> {
  const escape = (name: string) => db.driver.escape(name);
  const empty: string[] = [];
  for (const table of await listTables(db)) if (!(await hasRows(db, table, escape))) empty.push(table);
  return empty;
}

/** Runs `work` on one connection with foreign-key checks off, so that tables can be emptied or dropped in any order. */
async function withoutForeignKeys(db: DataSource, work: (runner: QueryRunner) => Promise<void>): Promise<void> {
  const runner = db.createQueryRunner();
  await runner.connect();
  const [off, on] = isSqlite(db) ? ['PRAGMA foreign_keys = OFF', 'PRAGMA foreign_keys = ON'] : ['SET FOREIGN_KEY_CHECKS = 0', 'SET FOREIGN_KEY_CHECKS = 1'];
  try {
    await runner.query(off);
    await work(runner);
  } finally {
    await runner.query(on);
    await runner.release();
  }
}

/**
 * Empties `tables`, as they were before rows were written into them: MySQL
 * truncates (its AUTO_INCREMENT starts again); SQLite deletes and forgets
 * their AUTOINCREMENT counters. A delete can fire a trigger that writes a
 * summary row into a table emptied before it, so the tables are emptied
 * again until none holds a row.
 */
export async function emptyTables(db: DataSource, tables: readonly string[]): Promise<void> {
  const escape = (name: string) => db.driver.escape(name);
  await withoutForeignKeys(db, async (runner) => {
    for (let pass = 0; pass < 3; pass += 1) {
      const full: string[] = [];
      for (const table of tables) if (await hasRows(runner, table, escape)) full.push(table);
      if (full.length === 0) return;
      for (const table of full) await runner.query(isSqlite(db) ? `DELETE FROM ${escape(table)}` : `TRUNCATE TABLE ${escape(table)}`);
    }
    throw new Error(`${tables.join(', ')} still hold rows after three passes`);
  });
  if (isSqlite(db) && (await db.query<unknown[]>(`SELECT 1 FROM sqlite_master WHERE name = 'sqlite_sequence'`)).length > 0) {
    await db.query(`DELETE FROM sqlite_sequence WHERE name IN (${tables.map(() => '?').join(', ')})`, [...tables]);
  }
}

/** Drops every table (the migrations' record too), leaving a database as new; the caller runs the migrations again. */
export async function dropAllTables(db: DataSource): Promise<void> {
  const migrations = db.options.migrationsTableName ?? 'migrations';
  const tables = [...(await listTables(db)), migrations];
  await withoutForeignKeys(db, async (runner) => {
    for (const table of tables) await runner.query(`DROP TABLE IF EXISTS ${db.driver.escape(table)}`);
  });
  // The file keeps the pages the tables used until it is vacuumed.
  if (isSqlite(db)) await db.query('VACUUM');
}
