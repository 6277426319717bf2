import type { ObjectLiteral, Repository, SelectQueryBuilder } from 'typeorm';

type Key = string | number;

export interface RankedRowsOptions<E extends ObjectLiteral, K extends Key> {
  /** The property that splits rows into groups (an association's members). */
  readonly groupProperty: keyof E & string;
  readonly groups: readonly K[];
  /** Sort properties that together are unique within a group, for example [since, enterpriseCreditCode]. */
  readonly order: ReadonlyArray<keyof E & string>;
  /** A unique property of the row (its primary key), to pick the ranked rows. */
  readonly idProperty: keyof E & string;
  readonly limit: number;
  /** The sort-key values of the last row of the previous page, one per `order` property. */
  readonly after?: readonly string[];
}

/**
 * The first `limit` rows of each group after an optional composite keyset
 * cursor: one statement for every group, with ROW_NUMBER() (SQLite 3.25+,
 * MySQL 8, MariaDB 10.2+). The kit's `topRowsPerGroup` orders by a single
 * property that is unique in the whole table; this one orders by several
 * properties that are unique only within a group.
 */
export function topRowsPerGroupBy<E extends ObjectLiteral, K extends Key>(repository: Repository<E>, options: RankedRowsOptions<E, K>): Promise<E[]> {
  const { groupProperty, order, idProperty } = options;
  const orderList = order.map((property) => `t.${property}`).join(', ');
  let ranked = repository
    .createQueryBuilder('t')
    .select(`t.${idProperty}`, 'ranked_id')
    .addSelect(`ROW_NUMBER() OVER (PARTITION BY t.${groupProperty} ORDER BY ${orderList})`, 'row_rank')
    .where(`t.${groupProperty} IN (:...rankedGroups)`, { rankedGroups: options.groups });
  if (options.after !== undefined) ranked = afterKeyset(ranked, 't', order, options.after);
  const outer = repository
    .createQueryBuilder('e')
    .where(`e.${idProperty} IN (SELECT r.ranked_id FROM (${ranked.getQuery()}) r WHERE r.row_rank <= :rankedLimit)`)
    .setParameters({ ...ranked.getParameters(), rankedLimit: options.limit })
    .orderBy(`e.${groupProperty}`, 'ASC');
  for (const property of order) outer.addOrderBy(`e.${property}`, 'ASC');
  return outer.getMany();
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
    const equalBefore = properties.slice(0, i).map((previous, j) => `${alias}.${previous} = :${alias}_after_${j}`);
    return `(${[...equalBefore, `${alias}.${property} > :${alias}_after_${i}`].join(' AND ')})`;
  });
  return query.andWhere(`(${branches.join(' OR ')})`, parameters);
}
