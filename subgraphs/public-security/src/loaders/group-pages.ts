import type { ObjectLiteral, Repository, SelectQueryBuilder } from 'typeorm';

/**
 * The first `limit` rows of each group, ordered by `orderProperty` (unique
 * within a group, not necessarily across groups: a team's shift days), after
 * an optional cursor and narrowed by extra conditions on alias `e` (a year, a
 * date range). One statement for every group, with ROW_NUMBER() (SQLite
 * 3.25+, MySQL 8, MariaDB 10.2+). The kit's `topRowsPerGroup` does the same
 * without conditions and needs an order property unique across the table.
 */
export function pageRowsPerGroup<E extends ObjectLiteral>(
  repository: Repository<E>,
  options: {
    groupProperty: keyof E & string;
    orderProperty: keyof E & string;
    groups: readonly (string | number)[];
    limit: number;
    after?: string;
    narrow?: (query: SelectQueryBuilder<E>) => SelectQueryBuilder<E>;
  },
): Promise<E[]> {
  const primary = repository.metadata.primaryColumns[0].propertyName;
  const { groupProperty, orderProperty } = options;
  let ranked = repository
    .createQueryBuilder('e')
    .select(`e.${primary}`, 'row_key')
    .addSelect(`ROW_NUMBER() OVER (PARTITION BY e.${groupProperty} ORDER BY e.${orderProperty})`, 'row_rank')
    .where(`e.${groupProperty} IN (:...page_groups)`, { page_groups: options.groups });
  if (options.after !== undefined) ranked = ranked.andWhere(`e.${orderProperty} > :page_after`, { page_after: options.after });
  if (options.narrow) ranked = options.narrow(ranked);
  return repository
    .createQueryBuilder('page')
    .where(`page.${primary} IN (SELECT r.row_key FROM (${ranked.getQuery()}) r WHERE r.row_rank <= :page_limit)`)
    .setParameters({ ...ranked.getParameters(), page_limit: options.limit })
    .orderBy(`page.${orderProperty}`, 'ASC')
    .getMany();
}
