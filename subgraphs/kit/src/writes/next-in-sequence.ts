import type { EntityManager } from 'typeorm';

/**
 * The next number of a sequence of readable ids (TE-20111111-0003), taken
 * inside the caller's transaction so that concurrent writes never get the
 * same one, on MySQL as on SQLite.
 *
 * One upsert does it: it creates the sequence's row or adds one to it, and
 * on MySQL the row stays locked until the caller's transaction ends, so
 * writers of the same sequence queue there while writers of other sequences
 * (other days, other towns) do not wait. `floor` is the highest number
 * already used by rows in the table (the seed's, rows from before the
 * sequence existed); the sequence never hands out a number at or below it.
 * InnoDB takes an exclusive lock on a duplicate key for this statement, so
 * concurrent first writers of a sequence wait for each other instead of
 * deadlocking, as a SELECT ... FOR UPDATE followed by an INSERT would.
 *
 * Measured against taking MAX(id) + 1 and retrying on the unique violation:
 * see the README ("Identifiers under concurrency").
 */
export async function nextInSequence(manager: EntityManager, scope: string, floor: number): Promise<number> {
  const upsert =
    manager.dataSource.options.type === 'better-sqlite3'
      ? 'INSERT INTO id_sequence (scope, last_number) VALUES (?, ?) ON CONFLICT (scope) DO UPDATE SET last_number = MAX(last_number + 1, excluded.last_number)'
      : 'INSERT INTO id_sequence (scope, last_number) VALUES (?, ?) ON DUPLICATE KEY UPDATE last_number = GREATEST(last_number + 1, VALUES(last_number))';
  await manager.query(upsert, [scope, floor + 1]);
  // The row is this transaction's own change (and locked by it on MySQL): it reads back the number just taken.
  const [row] = await manager.query<Array<{ n: number | string }>>('SELECT last_number AS n FROM id_sequence WHERE scope = ?', [scope]);
  return Number(row.n);
}
