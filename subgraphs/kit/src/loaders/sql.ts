import type { ObjectLiteral, Repository, SelectQueryBuilder } from 'typeorm';

type Key = string | number;

/** Rows whose `property` is one of `keys`: one statement for the whole batch. */
export function findByKeys<E extends ObjectLiteral>(repository: Repository<E>, property: keyof E & string, keys: readonly Key[]): Promise<E[]> {
  return repository.createQueryBuilder('e').where(`e.${property} IN (:...keys)`, { keys }).getMany();
}

/**
 * COUNT(*) (or SUM of `sumProperty`) per value of `groupProperty`, computed by
 * the database with GROUP BY. `narrow` adds conditions on the same rows.
 */
export async function totalsByGroup<E extends ObjectLiteral, K extends Key>(
  repository: Repository<E>,
  groupProperty: keyof E & string,
  keys: readonly K[],
  options: { sumProperty?: keyof E & string; narrow?: (query: SelectQueryBuilder<E>) => SelectQueryBuilder<E> } = {},
): Promise<Array<{ key: K; total: number }>> {
  const aggregate = options.sumProperty ? `COALESCE(SUM(e.${options.sumProperty}), 0)` : 'COUNT(*)';
  let query = repository.createQueryBuilder('e').select(`e.${groupProperty}`, 'key').addSelect(aggregate, 'total').where(`e.${groupProperty} IN (:...keys)`, { keys });
  if (options.narrow) query = options.narrow(query);
  const rows = await query.groupBy(`e.${groupProperty}`).getRawMany<{ key: K; total: string | number }>();
  // MySQL returns COUNT and SUM as strings (they can exceed 2^53); ours cannot.
  return rows.map((row) => ({ key: row.key, total: Number(row.total) }));
}

/**
 * The first `limit` rows of each group ordered by a unique `orderProperty`,
 * after an optional cursor: one statement for every group.
 */
export function topRowsPerGroup<E extends ObjectLiteral>(
  repository: Repository<E>,
  options: { groupProperty: keyof E & string; orderProperty: keyof E & string; groups: readonly Key[]; limit: number; after?: string },
): Promise<E[]> {
  return rankedRowsPerGroup(repository, {
    groupProperty: options.groupProperty,
    groups: options.groups,
    order: [options.orderProperty],
    limit: options.limit,
    after: options.after === undefined ? undefined : [options.after],
  });
}

export interface RankedRowsOptions<E extends ObjectLiteral, K extends Key> {
  /** The property that splits rows into groups (an association's members). */
  readonly groupProperty: keyof E & string;
  readonly groups: readonly K[];
  /** Sort properties that together are unique within a group, for example [since, enterpriseCreditCode]. */
  readonly order: ReadonlyArray<keyof E & string>;
  readonly limit: number;
  /** The sort-key values of the last row of the previous page, one per `order` property. */
  readonly after?: readonly string[];
  /** Further conditions on the ranked rows (alias `e`): a year, a date range. */
  readonly narrow?: (query: SelectQueryBuilder<E>) => SelectQueryBuilder<E>;
}

/**
 * The first `limit` rows of each group after an optional composite keyset
 * cursor, each group in sort order: one statement for every group, with
 * ROW_NUMBER() (SQLite 3.25+, MySQL 8, MariaDB 10.2+). The ranked rows are
 * picked back by primary key, so the sort need only be unique within a group.
 */
export function rankedRowsPerGroup<E extends ObjectLiteral, K extends Key>(repository: Repository<E>, options: RankedRowsOptions<E, K>): Promise<E[]> {
  const { groupProperty, order } = options;
  const primary = repository.metadata.primaryColumns[0].propertyName;
  const orderList = order.map((property) => `e.${property}`).join(', ');
  let ranked = repository
    .createQueryBuilder('e')
    .select(`e.${primary}`, 'ranked_key')
    .addSelect(`ROW_NUMBER() OVER (PARTITION BY e.${groupProperty} ORDER BY ${orderList})`, 'row_rank')
    .where(`e.${groupProperty} IN (:...rankedGroups)`, { rankedGroups: options.groups });
  if (options.after !== undefined) ranked = afterKeyset(ranked, 'e', order, options.after);
  if (options.narrow) ranked = options.narrow(ranked);
  const outer = repository
    .createQueryBuilder('ranked_page')
    .where(`ranked_page.${primary} IN (SELECT r.ranked_key FROM (${ranked.getQuery()}) r WHERE r.row_rank <= :rankedLimit)`)
    .setParameters({ ...ranked.getParameters(), rankedLimit: options.limit });
  // Sort order first, then group: the groups' rows come out interleaved but each group in its own order.
  for (const property of order) outer.addOrderBy(`ranked_page.${property}`, 'ASC');
  return outer.addOrderBy(`ranked_page.${groupProperty}`, 'ASC').getMany();
}

/**
 * Rows strictly after `values` in the order of `properties`:
 * `(a > :a) OR (a = :a AND b > :b) ...`, portable to SQLite and MySQL (no row values).
 */
export function afterKeyset<E extends ObjectLiteral>(
  query: SelectQueryBuilder<E>,
  alias: string,
  properties: ReadonlyArray<keyof E & string>,
  values: readonly string[],
): SelectQueryBuilder<E> {
  if (values.length !== properties.length) throw new Error(`a cursor of ${properties.length} values was expected`);
  const parameters: Record<string, string> = {};
  const branches = properties.map((property, i) => {
    parameters[`${alias}_after_${i}`] = values[i];
    const equalBefore = properties.slice(0, i).map((_previous, j) => `${alias}.${properties[j]} = :${alias}_after_${j}`);
    return `(${[...equalBefore, `${alias}.${property} > :${alias}_after_${i}`].join(' AND ')})`;
  });
  return query.andWhere(`(${branches.join(' OR ')})`, parameters);
}

/**
 * One page of a list ordered by a unique property (keyset pagination: cheap
 * at any depth), fetching one row more than asked to tell whether more follow.
 */
export function findPage<E extends ObjectLiteral>(
  repository: Repository<E>,
  orderProperty: keyof E & string,
  page: { limit: number; after?: string },
  narrow: (query: SelectQueryBuilder<E>) => SelectQueryBuilder<E> = (query) => query,
): Promise<E[]> {
  let query = narrow(repository.createQueryBuilder('e'));
  if (page.after !== undefined) query = query.andWhere(`e.${orderProperty} > :after`, { after: page.after });
  return query
    .orderBy(`e.${orderProperty}`, 'ASC')
    .take(page.limit + 1)
    .getMany();
}

/** COUNT(*) of the rows a list covers, with the same conditions as its pages. */
export function countRows<E extends ObjectLiteral>(repository: Repository<E>, narrow: (query: SelectQueryBuilder<E>) => SelectQueryBuilder<E> = (query) => query): Promise<number> {
  return narrow(repository.createQueryBuilder('e')).getCount();
}
