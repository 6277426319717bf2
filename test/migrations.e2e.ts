import { subgraphDefinitions } from '@governance/scripts/subgraph-definitions';
import { startSoloSubgraph } from '@governance/testkit/subgraph';

describe.each(subgraphDefinitions.map((definition) => [definition.name, definition] as const))('%s database', (_name, definition) => {
  it('matches its entities after migrations (no pending schema change) and seeds only once', async () => {
    const solo = await startSoloSubgraph(definition, {}, { seed: 'fresh' });
    try {
      const pending = await solo.subgraph.db.driver.createSchemaBuilder().log();
      expect(pending.upQueries.map((query) => query.query)).toEqual([]);
      expect(await definition.seed.isEmpty(solo.subgraph.db)).toBe(false);
    } finally {
      await solo.subgraph.stop();
    }
  });
});
