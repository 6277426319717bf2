import { SCOPES, type Agency, type Scope } from '@governance/kit';
import { countRows } from '@governance/testkit/database';
import type { SoloSubgraph } from '@governance/testkit/subgraph';
import { TEST_PURPOSE, type Caller } from '@governance/testkit/tokens';

/** An audit_log row as the database holds it. */
export interface AuditRow {
  readonly sequence: number;
  readonly action: string;
  readonly coordinates: string;
  readonly person: string | null;
  readonly agency: string;
  readonly purpose: string | null;
}

/** Rows of a table, counted by the database (to show that a refused request wrote nothing). */
export async function rowCount(solo: SoloSubgraph, table: 'person' | 'contact_assignment' | 'entrustment_agreement' | 'audit_log'): Promise<number> {
  return countRows(solo.subgraph.db, table);
}

/** Runs `request` and returns what it appended to the audit log, read straight from the database. */
export async function auditedBy<T>(solo: SoloSubgraph, request: () => Promise<T>): Promise<{ result: T; entries: AuditRow[] }> {
  const last = async () => Number((await solo.subgraph.db.query('SELECT MAX(sequence) AS last FROM audit_log'))[0].last ?? 0);
  const before = await last();
  const result = await request();
  const entries: AuditRow[] = await solo.subgraph.db.query('SELECT * FROM audit_log WHERE sequence > ? ORDER BY sequence', [before]);
  return { result, entries };
}

/** A caller of `agency` with every scope but `left`, stating the test purpose. */
export function without(agency: Agency, left: Scope): Caller {
  return { agency, scopes: SCOPES.filter((scope) => scope !== left), purpose: TEST_PURPOSE };
}
