import type { DataSource } from 'typeorm';

/**
 * SQL for "`date` plus `days` days" as a YYYY-MM-DD value. SQLite and MySQL
 * share no date-arithmetic function, so this is the one place that asks which
 * database it talks to; everything else the subgraph sends is common SQL.
 */
export function addDaysSql(db: DataSource, date: string, days: string): string {
  return db.options.type === 'better-sqlite3' ? `date(julianday(${date}) + ${days})` : `DATE_ADD(${date}, INTERVAL ${days} DAY)`;
}

const DIGITS =
  'SELECT 0 AS d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9';

/**
 * The integers 0..1999 as a derived table with column `n`: the day offsets of
 * a calendar. Cross-joined digits rather than a recursive CTE because MySQL 8
 * stops recursion at 1,000 levels (cte_max_recursion_depth), fewer than the
 * 1,096 days a compliance range may span.
 */
export const DAY_OFFSETS_SQL =
  `(SELECT ones.d + 10 * tens.d + 100 * hundreds.d + 1000 * thousands.d AS n ` +
  `FROM (${DIGITS}) ones CROSS JOIN (${DIGITS}) tens CROSS JOIN (${DIGITS}) hundreds CROSS JOIN (SELECT 0 AS d UNION ALL SELECT 1) thousands)`;

export const MAX_CALENDAR_DAYS = 2_000;
