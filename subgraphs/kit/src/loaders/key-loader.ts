import DataLoader from 'dataloader';

/** Large enough that one `_entities` call for 500 keys is one statement; small enough for SQLite's parameter limit. */
export const MAX_BATCH_SIZE = 1_000;

/**
 * A per-request loader by unique key: one batch of keys becomes one query,
 * answers come back in key order, and a key with no row resolves to null.
 */
export function createKeyLoader<K extends string | number, V>(fetchMany: (keys: readonly K[]) => Promise<readonly V[]>, keyOf: (value: V) => K): DataLoader<K, V | null> {
  return new DataLoader<K, V | null>(
    async (keys) => {
      const byKey = new Map<K, V>();
      for (const value of await fetchMany(keys)) byKey.set(keyOf(value), value);
      return keys.map((key) => byKey.get(key) ?? null);
    },
    { maxBatchSize: MAX_BATCH_SIZE },
  );
}

/** A per-request loader of the rows that share a key (a community's contact persons), in key order. */
export function createGroupLoader<K extends string | number, V>(fetchMany: (keys: readonly K[]) => Promise<readonly V[]>, groupOf: (value: V) => K): DataLoader<K, V[]> {
  return new DataLoader<K, V[]>(
    async (keys) => {
      const groups = new Map<K, V[]>(keys.map((key) => [key, []]));
      for (const value of await fetchMany(keys)) groups.get(groupOf(value))?.push(value);
      return keys.map((key) => groups.get(key) ?? []);
    },
    { maxBatchSize: MAX_BATCH_SIZE },
  );
}

/** A per-request loader of one number per key (a count or a sum from GROUP BY); a key with no rows is 0. */
export function createAggregateLoader<K extends string | number>(
  fetchTotals: (keys: readonly K[]) => Promise<ReadonlyArray<{ readonly key: K; readonly total: number }>>,
): DataLoader<K, number> {
  return new DataLoader<K, number>(
    async (keys) => {
      const totals = new Map<K, number>();
      for (const row of await fetchTotals(keys)) totals.set(row.key, row.total);
      return keys.map((key) => totals.get(key) ?? 0);
    },
    { maxBatchSize: MAX_BATCH_SIZE },
  );
}
