import DataLoader from 'dataloader';
import { MAX_BATCH_SIZE } from './key-loader';
import type { PageRequest } from '../pagination/page-request';

export interface GroupPageKey<K> {
  readonly group: K;
  readonly page: PageRequest;
}

/**
 * A per-request loader of one page per group (the first 50 enterprises of
 * each community on the screen). Keys asking for the same page size and
 * cursor are fetched together, with one statement for all their groups.
 * The fetcher returns up to `limit` rows per group, in page order.
 */
export function createGroupPageLoader<K extends string | number, V>(
  fetchPages: (groups: readonly K[], page: PageRequest) => Promise<readonly V[]>,
  groupOf: (value: V) => K,
): DataLoader<GroupPageKey<K>, V[], string> {
  return new DataLoader<GroupPageKey<K>, V[], string>(
    async (keys) => {
      const bySignature = new Map<string, { page: PageRequest; groups: K[] }>();
      for (const key of keys) {
        const signature = pageSignature(key.page);
        const entry = bySignature.get(signature) ?? { page: key.page, groups: [] };
        entry.groups.push(key.group);
        bySignature.set(signature, entry);
      }
      const rowsByKey = new Map<string, V[]>();
      for (const [signature, { page, groups }] of bySignature) {
        for (const row of await fetchPages(groups, page)) {
          const cacheKey = `${signature}|${String(groupOf(row))}`;
          const rows = rowsByKey.get(cacheKey) ?? [];
          rows.push(row);
          rowsByKey.set(cacheKey, rows);
        }
      }
      return keys.map((key) => rowsByKey.get(`${pageSignature(key.page)}|${String(key.group)}`) ?? []);
    },
    { maxBatchSize: MAX_BATCH_SIZE, cacheKeyFn: (key) => `${pageSignature(key.page)}|${String(key.group)}` },
  );
}

function pageSignature(page: PageRequest): string {
  return `${page.limit}:${page.after ?? ''}`;
}
