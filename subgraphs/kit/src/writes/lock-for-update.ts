import type { EntityManager } from 'typeorm';

/**
 * Find options that lock the rows read, for a read-modify-write inside a
 * transaction (the status a change replaces, the case it closes): on MySQL
 * a plain read in REPEATABLE READ sees a snapshot, and two concurrent changes
 * would both read the old value and both succeed. SQLite serialises writing
 * transactions already, and TypeORM refuses lock options there.
 */
export function lockForUpdate(manager: EntityManager): { lock?: { mode: 'pessimistic_write' } } {
  return manager.dataSource.options.type === 'better-sqlite3' ? {} : { lock: { mode: 'pessimistic_write' } };
}
