import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { RunningSubgraph } from '@governance/kit';
import { subgraphDefinitions } from '@governance/scripts/subgraph-definitions';
import { startTestSubgraph } from '@governance/testkit/subgraph';

/** Every table's rows in rowid order, so that two databases compare whole. */
async function contents(subgraph: RunningSubgraph): Promise<Record<string, unknown[]>> {
  const tables: Array<{ name: string }> = await subgraph.db.query("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
  const rows: Record<string, unknown[]> = {};
  for (const { name } of tables) rows[name] = await subgraph.db.query(`SELECT * FROM "${name}" ORDER BY rowid`);
  return rows;
}

const templatesOn = process.env.TEST_SEED_TEMPLATES !== '0';

describe.each(subgraphDefinitions.map((definition) => [definition.name, definition] as const))("%s from the run's seeded template", (_name, definition) => {
  let dataDir: string;
  beforeAll(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-template-'));
  });
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  (templatesOn ? it : it.skip)('holds exactly the rows a real seed writes, and is copied, not seeded', async () => {
    const seeded = await startTestSubgraph(definition, path.join(dataDir, 'seeded'), {}, { seed: 'fresh' });
    const copied = await startTestSubgraph(definition, path.join(dataDir, 'copied'));
    try {
      // A copy sends no INSERT of its own: only the migrations' look at a schema that is already there.
      expect(copied.statements.count).toBeLessThan(seeded.statements.count);
      expect(await contents(copied)).toEqual(await contents(seeded));
    } finally {
      await Promise.all([seeded.stop(), copied.stop()]);
    }
  });
});
