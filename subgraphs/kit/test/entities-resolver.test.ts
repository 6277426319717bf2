import { buildSubgraphSchema } from '@apollo/subgraph';
import { execute, parse, type ExecutionResult } from 'graphql';
import gql from 'graphql-tag';
import type { ReferenceResolver } from '../src/build-subgraph';
import { resolveEntitiesAtOnce } from '../src/entities-resolver';

const SDL = gql`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
  type Shop @key(fields: "id") {
    id: ID!
    name: String
  }
  type Owner @key(fields: "code") {
    code: ID!
  }
  type Query {
    shop(id: ID!): Shop
  }
`;

/** Shops come from a "loader" (a promise each); owners are stubs resolved at once; shop "broken" fails. */
const references: Record<string, ReferenceResolver<unknown>> = {
  Shop: (representation) =>
    representation.id === 'broken'
      ? Promise.reject(new Error('the shop register is unreadable'))
      : Promise.resolve(representation.id === 'gone' ? null : { id: representation.id, name: `shop ${String(representation.id)}` }),
  Owner: (representation) => ({ code: representation.code }),
};

/** What graphql-js answers: a promise only when some entity had to be waited for. */
function executeEntities(representations: unknown[]): ExecutionResult | Promise<ExecutionResult> {
  const schema = buildSubgraphSchema([{ typeDefs: SDL, resolvers: {} }]);
  resolveEntitiesAtOnce(schema, references);
  const document = parse('query ($r: [_Any!]!) { _entities(representations: $r) { __typename ... on Shop { id name } ... on Owner { code } } }');
  return execute({ schema, document, variableValues: { r: representations } });
}

const entities = async (representations: unknown[]): Promise<ExecutionResult> => executeEntities(representations);

describe('_entities resolves every representation at once', () => {
  it('answers each representation in order, with its type, a stub and a missing one included', async () => {
    const result = await entities([
      { __typename: 'Shop', id: 's1' },
      { __typename: 'Owner', code: 'o1' },
      { __typename: 'Shop', id: 'gone' },
      { __typename: 'Shop', id: 's2' },
    ]);
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      _entities: [{ __typename: 'Shop', id: 's1', name: 'shop s1' }, { __typename: 'Owner', code: 'o1' }, null, { __typename: 'Shop', id: 's2', name: 'shop s2' }],
    });
  });

  it('answers stubs alone without a promise (@apollo/subgraph made one per entity)', () => {
    const result = executeEntities([
      { __typename: 'Owner', code: 'o1' },
      { __typename: 'Owner', code: 'o2' },
    ]);
    expect(result).not.toBeInstanceOf(Promise);
    expect((result as ExecutionResult).data).toEqual({
      _entities: [
        { __typename: 'Owner', code: 'o1' },
        { __typename: 'Owner', code: 'o2' },
      ],
    });
  });

  it('reports a failed reference at its own path and keeps the others', async () => {
    const result = await entities([
      { __typename: 'Shop', id: 's1' },
      { __typename: 'Shop', id: 'broken' },
      { __typename: 'Owner', code: 'o1' },
    ]);
    expect(result.data).toEqual({ _entities: [{ __typename: 'Shop', id: 's1', name: 'shop s1' }, null, { __typename: 'Owner', code: 'o1' }] });
    expect(result.errors?.map((error) => [error.message, error.path])).toEqual([['the shop register is unreadable', ['_entities', 1]]]);
  });

  it.each([
    ['without __typename', { id: 's1' }, 'representations[1] has no __typename'],
    ['naming an unknown type', { __typename: 'Query' }, 'representations[1] names "Query", which is not an entity this subgraph resolves'],
  ])('refuses a representation %s as the caller’s mistake, naming it', async (_label, bad, message) => {
    const result = await entities([{ __typename: 'Shop', id: 's1' }, bad]);
    expect(result.data).toBeNull();
    expect(result.errors?.map((error) => [error.message, error.extensions])).toEqual([[message, { code: 'BAD_USER_INPUT', field: 'representations[1]', http: { status: 400 } }]]);
  });
});
