import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { RunningSubgraph, SubgraphDefinition } from '@governance/kit';
import { startTestSubgraph, type SoloSubgraph } from '@governance/testkit/subgraph';

export { countRows as rowCount } from '@governance/testkit/database';

/** How many SQL statements one request costs the subgraph. */
export async function statementsFor(solo: SoloSubgraph, query: string, variables: Record<string, unknown> = {}): Promise<number> {
  const before = solo.subgraph.statements.count;
  const result = await solo.query(query, variables);
  expect(result.errors).toBeUndefined();
  return solo.subgraph.statements.count - before;
}

/** Another agency's subgraph, started for the owner checks of a test, with its own data directory. */
export async function startOwner<T>(definition: SubgraphDefinition<T>): Promise<{ subgraph: RunningSubgraph; stop: () => Promise<void> }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `${definition.name}-owner-`));
  const subgraph = await startTestSubgraph(definition, dataDir);
  return {
    subgraph,
    async stop() {
      await subgraph.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export const HONGZHUANG = '320506003001';
export const JINYI = '320571002001';
export const HONGZHUANG_TEAM = 'PT-320506003001-01';
