import type { Agency } from '@governance/kit/auth';
import { postGraphQL } from '@governance/testkit/graphql-client';
import { startStack, type Stack, type SubgraphName } from './support/stack';
import { ENTITIES_QUERY } from '@governance/testkit/subgraph';
import { gatewaySecretHeader, headersFor } from '@governance/testkit/tokens';

/** The owner of each entity and the key it is resolved by. */
const OWNERS = {
  Community: { subgraph: 'community-committees', key: 'code' },
  Person: { subgraph: 'community-committees', key: 'id' },
  Enterprise: { subgraph: 'commerce-bureau', key: 'creditCode' },
} as const satisfies Record<string, { subgraph: SubgraphName; key: string }>;

type Entity = keyof typeof OWNERS;

/** Every cross-agency reference the seed writes: the agency that files it, where, and whose entity it names. */
const REFERENCES: ReadonlyArray<{ from: Agency; table: string; column: string; entity: Entity }> = [
  { from: 'commerce-bureau', table: 'enterprise', column: 'community_code', entity: 'Community' },
  { from: 'commerce-bureau', table: 'enterprise', column: 'legal_representative_id', entity: 'Person' },
  { from: 'commerce-bureau', table: 'venue', column: 'community_code', entity: 'Community' },
  { from: 'public-security', table: 'patrol_member', column: 'person_id', entity: 'Person' },
  { from: 'public-security', table: 'patrol_member', column: 'enterprise_credit_code', entity: 'Enterprise' },
  { from: 'public-security', table: 'talk_event', column: 'community_code', entity: 'Community' },
  { from: 'public-security', table: 'patrol_team', column: 'community_code', entity: 'Community' },
  { from: 'public-security', table: 'station_community', column: 'community_code', entity: 'Community' },
  { from: 'public-security', table: 'incident', column: 'community_code', entity: 'Community' },
  { from: 'industry-associations', table: 'membership', column: 'enterprise_credit_code', entity: 'Enterprise' },
  { from: 'industry-associations', table: 'mark_authorisation', column: 'enterprise_credit_code', entity: 'Enterprise' },
  { from: 'industry-associations', table: 'safe_community_designation', column: 'community_code', entity: 'Community' },
  { from: 'industry-associations', table: 'service_contract', column: 'community_code', entity: 'Community' },
];

/** Representations per `_entities` call. */
const BATCH = 500;

/** No reference in the seeded data set points at nothing: each key, collected from the agency that files it, resolves at its owner. */
describe("every cross-agency reference in the seed resolves in the owner's data", () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack.stop());

  it.each(REFERENCES.map((reference) => [`${reference.from} ${reference.table}.${reference.column} -> ${reference.entity}`, reference] as const))(
    '%s',
    async (_name, reference) => {
      const rows: Array<{ k: string }> = await stack.subgraphs[reference.from].db.query(
        `SELECT DISTINCT ${reference.column} AS k FROM ${reference.table} WHERE ${reference.column} IS NOT NULL ORDER BY k`,
      );
      const keys = rows.map((row) => row.k);
      expect(keys.length).toBeGreaterThan(0);
      const owner = OWNERS[reference.entity];
      const unresolved: string[] = [];
      for (let start = 0; start < keys.length; start += BATCH) {
        const batch = keys.slice(start, start + BATCH);
        const result = await postGraphQL<{ _entities: Array<Record<string, string> | null> }>(
          stack.subgraphs[owner.subgraph].url,
          ENTITIES_QUERY(`... on ${reference.entity} { ${owner.key} }`),
          { representations: batch.map((key) => ({ __typename: reference.entity, [owner.key]: key })) },
          // As the gateway asks: the filing agency's token (keys only, no personal fields) and the owner's secret.
          { ...(await headersFor({ agency: reference.from, scopes: ['read'] })), ...gatewaySecretHeader(owner.subgraph) },
        );
        expect(result.errors).toBeUndefined();
        result.data!._entities.forEach((entity, index) => {
          if (entity === null || entity[owner.key] !== batch[index]) unresolved.push(batch[index]);
        });
      }
      expect(unresolved).toEqual([]);
    },
  );
});
