import type { DataSource } from 'typeorm';
import { ReconsiderationCase } from '../entities/reconsideration-case.entity';
import type { ReconsiderationOutcome } from '../entities/reconsideration-enums';

/** The case columns a caseload is counted by. */
export type CaseloadColumn = 'respondentCode' | 'bodyCode' | 'enterpriseCreditCode';

export interface KeyedOutcomeCount {
  readonly key: string;
  readonly outcome: ReconsiderationOutcome;
  readonly cases: number;
}

/** Cases per outcome for every key of a batch (respondents, bodies, enterprises): one GROUP BY. */
export async function countOutcomesBy(db: DataSource, column: CaseloadColumn, keys: readonly string[]): Promise<KeyedOutcomeCount[]> {
  const rows = await db
    .getRepository(ReconsiderationCase)
    .createQueryBuilder('c')
    .select(`c.${column}`, 'key')
    .addSelect('c.outcome', 'outcome')
    .addSelect('COUNT(*)', 'cases')
    .where(`c.${column} IN (:...keys)`, { keys })
    .groupBy(`c.${column}`)
    .addGroupBy('c.outcome')
    .getRawMany<{ key: string; outcome: ReconsiderationOutcome; cases: string | number }>();
  // MySQL returns COUNT as a string.
  return rows.map((row) => ({ key: row.key, outcome: row.outcome, cases: Number(row.cases) }));
}
