import type { DataSource, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

/** One table's rows of a seed, as entity property values. */
export interface SeedTable {
  readonly entity: EntityTarget<ObjectLiteral>;
  readonly rows: readonly ObjectLiteral[];
}

/** How a seed runs beyond the kit's default (copy 0 in one transaction). */
export interface SeedOptions {
  /** Which copies of the data set to write (0 = the document's); each chunk then commits on its own. */
  readonly copies?: readonly number[];
  /** Called after every chunk with the rows it wrote. */
  readonly onRows?: (table: string, rows: number) => void;
  /** Build the copies' tables and report each table's rows to onRows, writing nothing (how a seed plans). */
  readonly countOnly?: boolean;
}

/** A seed with the options: every seed of this repository has this shape (the kit only knows the first two parameters). */
export type SeedRun<TConfig> = (db: DataSource, config: TConfig, options?: SeedOptions) => Promise<void>;

/** Parameters per statement: under SQLite's 32,766 and small enough for MySQL's max_allowed_packet. */
const MAX_PARAMETERS = 30_000;
const MAX_ROWS = 4_000;

/**
 * Writes the tables with multi-row INSERTs. Without `copies`, copy 0 in one transaction
 * (what a first start does); with `copies`, each chunk in its own transaction, so a large
 * seed holds no long transaction and shows progress.
 */
export async function writeSeed(db: DataSource, tablesOf: (copy: number) => readonly SeedTable[], options: SeedOptions = {}): Promise<void> {
  if (options.countOnly) {
    for (const copy of options.copies ?? [0]) {
      for (const table of tablesOf(copy)) options.onRows?.(db.getMetadata(table.entity).tableName, table.rows.length);
    }
    return;
  }
  if (options.copies === undefined) {
    const tables = tablesOf(0);
    await db.transaction(async (manager) => {
      for (const table of tables) await insertRows(manager, table, options.onRows, false);
    });
    return;
  }
  for (const copy of options.copies) {
    for (const table of tablesOf(copy)) await insertRows(db.manager, table, options.onRows, true);
  }
}

async function insertRows(manager: EntityManager, table: SeedTable, onRows: SeedOptions['onRows'], ownTransaction: boolean): Promise<void> {
  if (table.rows.length === 0) return;
  const metadata = manager.dataSource.getMetadata(table.entity);
  const first = table.rows[0];
  const columns = metadata.columns.filter((column) => first[column.propertyName] !== undefined || (!column.isGenerated && !column.default && column.isNullable));
  const escape = (name: string) => manager.dataSource.driver.escape(name);
  const head = `INSERT INTO ${escape(metadata.tableName)} (${columns.map((column) => escape(column.databaseName)).join(', ')}) VALUES `;
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  const chunk = Math.max(1, Math.min(MAX_ROWS, Math.floor(MAX_PARAMETERS / columns.length)));
  for (let start = 0; start < table.rows.length; start += chunk) {
    const rows = table.rows.slice(start, start + chunk);
    const parameters: unknown[] = [];
    for (const row of rows) {
      for (const column of columns) {
        const value: unknown = row[column.propertyName] ?? null;
        const transformer = column.transformer;
        parameters.push(transformer && !Array.isArray(transformer) && value !== null ? transformer.to(value) : value);
      }
    }
    const sql = head + Array.from({ length: rows.length }, () => tuple).join(', ');
    if (ownTransaction) await manager.transaction((inner) => inner.query(sql, parameters));
    else await manager.query(sql, parameters);
    onRows?.(metadata.tableName, rows.length);
  }
}
