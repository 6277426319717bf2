import fs from 'node:fs';
import path from 'node:path';
import { DataSource, type DataSourceOptions, type MixedList, type EntitySchema } from 'typeorm';
import { AUDIT_ENTITIES, AUDIT_MIGRATIONS } from './audit';
import { AgreementRecord, CreateDataSharing1796160000000, RegisteredPurposeRecord } from './data-sharing';
import { AuditWitness, CreateAuditWitness1796167200000 } from './witness';
import { CreateIdSequences1764550800000, IdSequence } from './writes';
import type { DatabaseConfig } from './config';
import { StatementCounter } from './statement-counter';

export type EntityClass = abstract new (...args: never[]) => object;
export type MigrationClass = new () => object;

export interface DataSourceParts {
  readonly entities: readonly EntityClass[];
  readonly migrations: readonly MigrationClass[];
}

/**
 * What the kit adds to every subgraph's database: the audit log, the id
 * sequences, the data owner's purposes and agreements, and the audit heads
 * it keeps for the other agencies.
 */
const KIT_ENTITIES = [...AUDIT_ENTITIES, IdSequence, RegisteredPurposeRecord, AgreementRecord, AuditWitness];
const KIT_MIGRATIONS = [...AUDIT_MIGRATIONS, CreateIdSequences1764550800000, CreateDataSharing1796160000000, CreateAuditWitness1796167200000];

/**
 * DataSource options for an SQLite file or a MySQL server. Schema changes come
 * only from migrations: `synchronize` is never on. Every subgraph also gets
 * the kit's tables and migrations. With `create: false` an SQLite file that
 * is not there is an error rather than a new, empty database.
 */
export function dataSourceOptions(database: DatabaseConfig, parts: DataSourceParts, logger: StatementCounter, { create = true } = {}): DataSourceOptions {
  const common = {
    entities: [...parts.entities, ...KIT_ENTITIES] as MixedList<EntitySchema | EntityClass> as DataSourceOptions['entities'],
    migrations: [...parts.migrations, ...KIT_MIGRATIONS] as DataSourceOptions['migrations'],
    migrationsTransactionMode: 'each' as const,
    synchronize: false,
    logger,
    maxQueryExecutionTime: 1_000,
  };
  if (database.kind === 'sqlite') {
    if (database.file !== ':memory:' && create) fs.mkdirSync(path.dirname(database.file), { recursive: true });
    return {
      ...common,
      type: 'better-sqlite3',
      database: database.file,
      fileMustExist: !create,
      // WAL lets readers go on while a write commits; busy_timeout waits out a writer instead of failing.
      // The journal mode is kept in the file: a database opened only to be read is not switched (that would write to it).
      prepareDatabase: (db: { pragma(source: string): unknown }) => {
        if (create) db.pragma('journal_mode = WAL');
        db.pragma('busy_timeout = 5000');
      },
    };
  }
  return {
    ...common,
    type: database.server,
    url: database.url,
    charset: 'utf8mb4_unicode_ci',
    timezone: 'Z',
    poolSize: database.poolSize,
    connectTimeout: database.connectTimeoutMs,
    supportBigNumbers: true,
  };
}

/** Opens the data source and brings its schema up to date. */
export async function openDataSource(database: DatabaseConfig, parts: DataSourceParts, logger: StatementCounter): Promise<DataSource> {
  const dataSource = new DataSource(dataSourceOptions(database, parts, logger));
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
  } catch (error) {
    await dataSource.destroy();
    throw error;
  }
  return dataSource;
}
