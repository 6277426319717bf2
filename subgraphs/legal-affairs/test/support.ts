import { buildDocumentDataset, buildLegalAffairsRecords } from '@governance/dataset';
import { countRows } from '@governance/testkit/database';
import type { SoloSubgraph } from '@governance/testkit/subgraph';

export const records = buildLegalAffairsRecords(buildDocumentDataset());

/** Rows in one of the office's tables, straight from the database (to show what a write wrote, or did not). */
export function rowCount(solo: SoloSubgraph, table: 'reconsideration_case' | 'audit_log'): Promise<number> {
  return countRows(solo.subgraph.db, table);
}

/** How many SQL statements one operation costs the subgraph. */
export async function statementsFor(solo: SoloSubgraph, query: string, variables?: Record<string, unknown>): Promise<number> {
  const before = solo.subgraph.statements.count;
  const result = await solo.query(query, variables);
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return solo.subgraph.statements.count - before;
}
