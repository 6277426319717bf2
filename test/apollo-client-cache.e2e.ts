import './support/apollo-development';
import fs from 'node:fs';
import path from 'node:path';
import { ApolloClient, HttpLink, InMemoryCache, gql, type StoreObject, type TypePolicies } from '@apollo/client';
import { loadDevMessages, loadErrorMessages } from '@apollo/client/dev';
import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import { discoverFixtures, variablesFor, type ContractFixtures, type Variables } from './contract/fixtures';
import { loadContract } from './contract/operations';
import { agencyFor } from './support/operation-owner';
import { startStack, type Stack } from './support/stack';
import { entitled, headersFor } from '@governance/testkit/tokens';

const ROOT = path.resolve(__dirname, '..');
const typePolicies = JSON.parse(fs.readFileSync(path.join(ROOT, 'schema/type-policies.json'), 'utf8')) as TypePolicies;

/** The dashboard's own operations, beside the contract's. */
function dashboardOperations(): Array<{ file: string; name: string; source: string; definition: OperationDefinitionNode }> {
  const dir = path.join(ROOT, 'gateway/browser/operations');
  return fs
    .readdirSync(dir)
    .filter((file) => file.endsWith('.graphql'))
    .map((file) => {
      const source = fs.readFileSync(path.join(dir, file), 'utf8');
      const definition = parse(source).definitions.find((node): node is OperationDefinitionNode => node.kind === Kind.OPERATION_DEFINITION)!;
      return { file: `dashboard/${file}`, name: definition.name!.value, source, definition };
    });
}

type Entity = StoreObject & { readonly __typename: string };

/** The objects in an answer whose type has a key policy: what the cache must normalise. */
function entitiesIn(value: unknown): Entity[] {
  if (Array.isArray(value)) return value.flatMap(entitiesIn);
  if (typeof value !== 'object' || value === null) return [];
  const nested = Object.values(value).flatMap(entitiesIn);
  const typename = (value as { __typename?: unknown }).__typename;
  return typeof typename === 'string' && typename in typePolicies ? [value as Entity, ...nested] : nested;
}

/**
 * The contract's operations and the dashboard's own through a real Apollo
 * Client and InMemoryCache configured with schema/type-policies.json: every
 * answer normalises without a single cache warning, reads back from the
 * cache as it came, and every entity type has an identity the cache computes.
 */
describe('Apollo Client with the generated type policies', () => {
  let stack: Stack;
  let fixtures: ContractFixtures;
  let client: ApolloClient;
  const warnings: string[] = [];

  beforeAll(async () => {
    loadDevMessages();
    loadErrorMessages();
    stack = await startStack({ gatewayEnv: { MAX_QUERY_COST: '10000000' } });
    fixtures = await withDashboardFixtures(await discoverFixtures(stack));
    // From here on: what the client says, not a loaded database's slow migrations while the stack starts.
    for (const method of ['warn', 'error'] as const) {
      jest.spyOn(console, method).mockImplementation((...args: unknown[]) => void warnings.push(args.map(String).join(' ')));
    }
    const headers = await headersFor(entitled('community-committees'));
    client = new ApolloClient({ link: new HttpLink({ uri: stack.gateway.url, headers }), cache: new InMemoryCache({ typePolicies }) });
  });
  afterAll(async () => {
    jest.restoreAllMocks();
    await stack?.stop();
  });
  afterEach(() => {
    expect(warnings.splice(0)).toEqual([]);
  });

  const queries = [...loadContract().filter((operation) => operation.kind === 'query'), ...dashboardOperations()];

  it.each(queries.map((operation) => [operation.file, operation] as const))('%s normalises into the cache and reads back as it came', async (_file, operation) => {
    const variables: Variables = variablesFor(operation, fixtures);
    const query = gql(operation.source);
    const result = await client.query({ query, variables, fetchPolicy: 'network-only' });
    expect(result.error).toBeUndefined();
    expect(client.cache.readQuery({ query, variables })).toEqual(result.data);
  });

  const mutations = loadContract().filter((operation) => operation.kind === 'mutation');
  it.each(mutations.map((operation) => [operation.file, operation] as const))('%s writes through the client and normalises what it returns', async (_file, operation) => {
    // Mutations are for the owning agency's clerks; HttpLink takes per-operation headers from the context.
    const headers = await headersFor(entitled(agencyFor(operation.source, 'community-committees')));
    const mutation = gql(operation.source);
    const result = await client.mutate({ mutation, variables: variablesFor(operation, fixtures), context: { headers } });
    expect(result.error).toBeUndefined();
    // Every entity the mutation returns (the membership's association and enterprise, say) lands under its identity.
    const stored = (client.cache as InMemoryCache).extract();
    const entities = entitiesIn(result.data);
    expect(entities.length).toBeGreaterThan(0);
    for (const entity of entities) expect(stored[client.cache.identify(entity) ?? 'unidentified']).toBeDefined();
  });

  it('gives every entity of the supergraph an identity from its @key', () => {
    expect(Object.keys(typePolicies).length).toBeGreaterThanOrEqual(11);
    const cache = client.cache as InMemoryCache;
    const normalised = Object.keys(cache.extract()).filter((id) => id !== 'ROOT_QUERY' && id !== 'ROOT_MUTATION');
    const typesSeen = new Set(normalised.map((id) => id.slice(0, id.indexOf(':'))));
    for (const [typename, policy] of Object.entries(typePolicies)) {
      const keyFields = policy.keyFields as string[];
      const object = { __typename: typename, ...Object.fromEntries(keyFields.map((field) => [field, `${field}-value`])) };
      expect(cache.identify(object)).toBe(`${typename}:${JSON.stringify(Object.fromEntries(keyFields.map((field) => [field, `${field}-value`])))}`);
    }
    // The answers above were normalised under those identities, not stored inline.
    for (const typename of ['Community', 'SubDistrict', 'Enterprise', 'Association', 'PoliceStation', 'PatrolTeam', 'Person', 'TalkEvent', 'Venue']) {
      expect(typesSeen).toContain(typename);
    }
  });

  /** The contract's fixtures plus what the dashboard's own operations take: the end of CommunityOverview's first page, a person for the access report. */
  async function withDashboardFixtures(contract: ContractFixtures): Promise<ContractFixtures> {
    const code = contract.byOperation.CommunityOverview.code as string;
    const first = await stack.query<{ community: { enterprises: { pageInfo: { endCursor: string } } } }>(
      `query ($code: ID!) { community(code: $code) { enterprises(first: 50) { pageInfo { endCursor } } } }`,
      { code },
    );
    const [{ id: person }] = await stack.subgraphs['community-committees'].db.query<Array<{ id: string }>>('SELECT id FROM person ORDER BY id LIMIT 1');
    return {
      ...contract,
      byOperation: { ...contract.byOperation, CommunityEnterprises: { code, after: first.data!.community.enterprises.pageInfo.endCursor }, DataAccessReport: { person } },
    };
  }
});
