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
  let query = repository
    .createQueryBuilder('e')
    .select(`e.${groupProperty}`, 'key')
    .addSelect(aggregate, 'total')
    .where(`e.${groupProperty} IN (:...keys)`, { keys });
  if (options.narrow) query = options.narrow(query);
  const rows = await query.groupBy(`e.${groupProperty}`).getRawMany<{ key: K; total: string | number }>();
  // MySQL returns COUNT and SUM as strings (they can exceed 2^53); ours cannot.
  return rows.map((row) => ({ key: row.key, total: Number(row.total) }));
}

/**
 * The first `limit` rows of each group ordered by a unique `orderProperty`,
 * after an optional cursor: one statement for every group, using
 * ROW_NUMBER() (SQLite 3.25+, MySQL 8, MariaDB 10.2+).
 */
export function topRowsPerGroup<E extends ObjectLiteral, K extends Key>(
  repository: Repository<E>,
  options: { groupProperty: keyof E & string; orderProperty: keyof E & string; groups: readonly K[]; limit: number; after?: string },
): Promise<E[]> {
  const { metadata } = repository;
  const escape = (name: string) => repository.manager.connection.driver.escape(name);
  const column = (property: string) => escape(metadata.findColumnWithPropertyName(property)?.databaseName ?? property);
  const group = column(options.groupProperty);
  const order = column(options.orderProperty);
  const afterClause = options.after === undefined ? '' : ` AND t.${order} > :after`;
  const ranked =
    `SELECT r.${order} FROM (SELECT t.${order}, ROW_NUMBER() OVER (PARTITION BY t.${group} ORDER BY t.${order}) AS row_rank ` +
    `FROM ${escape(metadata.tableName)} t WHERE t.${group} IN (:...groups)${afterClause}) r WHERE r.row_rank <= :limit`;
  return repository
    .createQueryBuilder('e')
    .where(`e.${options.orderProperty} IN (${ranked})`, { groups: options.groups, after: options.after, limit: options.limit })
    .orderBy(`e.${options.orderProperty}`, 'ASC')
    .getMany();
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
  return query.orderBy(`e.${orderProperty}`, 'ASC').take(page.limit + 1).getMany();
}

/** COUNT(*) of the rows a list covers, with the same conditions as its pages. */
export function countRows<E extends ObjectLiteral>(
  repository: Repository<E>,
  narrow: (query: SelectQueryBuilder<E>) => SelectQueryBuilder<E> = (query) => query,
): Promise<number> {
  return narrow(repository.createQueryBuilder('e')).getCount();
}
