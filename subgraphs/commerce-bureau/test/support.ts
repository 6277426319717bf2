import { buildDocumentDataset, type EnterpriseRecord } from '@governance/dataset';
import { countRows } from '@governance/testkit/database';
import type { SoloSubgraph } from '@governance/testkit/subgraph';

export const dataset = buildDocumentDataset();

export function enterpriseNamed(name: string): EnterpriseRecord {
  const found = dataset.enterprises.find((enterprise) => enterprise.name === name);
  if (!found) throw new Error(`no enterprise named ${name} in the data set`);
  return found;
}

/** Rows in one of the bureau's tables, straight from the database (to show that a refused write wrote nothing). */
export async function rowCount(solo: SoloSubgraph, table: 'enterprise' | 'license_event' | 'stall' | 'enforcement_case' | 'emission_agreement' | 'audit_log'): Promise<number> {
  return countRows(solo.subgraph.db, table);
}

/** How many SQL statements one operation costs the subgraph. */
export async function statementsFor(solo: SoloSubgraph, query: string, variables?: Record<string, unknown>): Promise<number> {
  const before = solo.subgraph.statements.count;
  const result = await solo.query(query, variables);
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return solo.subgraph.statements.count - before;
}
