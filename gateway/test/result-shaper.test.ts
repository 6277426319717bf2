import { buildSchema as buildFederationSchema, operationFromDocument } from '@apollo/federation-internals';
import { computeResponse } from '@apollo/gateway/dist/resultShaping';
import { Kind, buildSchema, getVariableValues, parse, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { ResultShaper } from '../src/execution/result-shaper';

/**
 * The compiled shaper against @apollo/gateway's own computeResponse, which it
 * replaces: for each operation and subgraph data below, the same data and
 * errors at the same paths. The schema has what the agencies' schemas do not
 * use yet (interfaces, unions, non-null lists, @skip/@include, fragments), so
 * a bureau that adds them gets the same answers.
 */
const SDL = `
  scalar Date
  enum Status { ACTIVE REVOKED }
  interface Place { id: ID! name: String }
  type Community implements Place { id: ID! name: String residentCount: Int! opened: Date }
  type Venue implements Place { id: ID! name: String stalls: [Stall!] status: Status }
  type Stall { number: Int! owner: String }
  union Record = Community | Stall
  type Query {
    places: [Place]
    place(id: ID!): Place
    records: [Record!]!
    venue: Venue!
    count: Int
    tags: [String!]
  }
`;

const schema = buildSchema(SDL);
const federationSchema = buildFederationSchema(SDL);

function both(query: string, input: Record<string, unknown>, variables: Record<string, unknown>) {
  const document = parse(query);
  const operation = document.definitions.find((node): node is OperationDefinitionNode => node.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = new Map(document.definitions.filter((node): node is FragmentDefinitionNode => node.kind === Kind.FRAGMENT_DEFINITION).map((node) => [node.name.value, node]));
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables).coerced!;
  const ours = new ResultShaper(schema, operation, fragments, coerced).shape(structuredClone(input));
  const apollo = computeResponse({
    operation: operationFromDocument(federationSchema, document, { validate: false }),
    variables,
    input: structuredClone(input),
    introspectionHandling: () => null,
  });
  const paths = (errors: ReadonlyArray<{ path?: ReadonlyArray<string | number> }>) => errors.map((error) => JSON.stringify(error.path)).sort();
  // Plain copies: Apollo's objects have no prototype. Key order is compared in its own test (Apollo's differs from graphql-js's once fragments repeat a field).
  const plain = (data: unknown): unknown => JSON.parse(JSON.stringify(data));
  return { ours: { data: plain(ours.data), errors: paths(ours.errors) }, apollo: { data: plain(apollo.data), errors: paths(apollo.errors) } };
}

// Every row has its variables: jest.each takes a test function with more parameters than the row for one that waits for `done`.
const CASES: Array<[string, string, Record<string, unknown>, Record<string, unknown>]> = [
  [
    'fields in the client order, aliases, __typename',
    '{ venue { n: name id __typename status } count }',
    { count: 3, venue: { __typename: 'Venue', id: 'v', name: 'Square', status: 'ACTIVE', extra: 1 } },
    {},
  ],
  ['a missing field is null', '{ count tags venue { name } }', { venue: { __typename: 'Venue', id: 'v' } }, {}],
  [
    'null in a non-null field nulls its parent',
    '{ places { id name } }',
    {
      places: [
        { __typename: 'Community', id: null, name: 'A' },
        { __typename: 'Venue', id: 'b', name: 'B' },
      ],
    },
    {},
  ],
  ['null up to the root', '{ venue { id } count }', { venue: null, count: 1 }, {}],
  [
    'a null item of a non-null list nulls the list',
    '{ tags venue { stalls { number owner } } }',
    { tags: ['a', null], venue: { __typename: 'Venue', stalls: [{ number: 1 }, null] } },
    {},
  ],
  [
    'a non-null item nulling bubbles through a non-null list to the root',
    '{ records { ... on Stall { number } } count }',
    { records: [{ __typename: 'Stall', number: null }], count: 2 },
    {},
  ],
  ['invalid leaves', '{ count venue { status id name } }', { count: 1.5, venue: { __typename: 'Venue', status: 'CLOSED', id: 'v', name: 7 } }, {}],
  [
    'fragments by runtime type, interface and union',
    'query { places { id ...P ... on Community { residentCount } ... on Venue { stalls { number } } } records { __typename ... on Community { id } ... on Stall { number } } } fragment P on Place { name }',
    {
      places: [
        { __typename: 'Community', id: 'c', name: 'C', residentCount: 12 },
        { __typename: 'Venue', id: 'v', name: 'V', stalls: [{ number: 4 }] },
      ],
      records: [
        { __typename: 'Stall', number: 9 },
        { __typename: 'Community', id: 'c2' },
      ],
    },
    {},
  ],
  [
    'the same response name from several fragments merges',
    '{ place(id: "c") { ... on Community { name } ... on Place { name id } ... on Community { opened } } }',
    { place: { __typename: 'Community', id: 'c', name: 'C', opened: '2011-01-01' } },
    {},
  ],
  [
    '@skip and @include by variable and literal',
    'query ($a: Boolean!, $b: Boolean = true) { count @skip(if: $a) tags @include(if: $b) venue { name @include(if: false) id } }',
    { count: 1, tags: ['t'], venue: { __typename: 'Venue', id: 'v', name: 'V' } },
    { a: true },
  ],
  ['names every object has are read as own properties only', '{ venue { constructor: name toString: id } }', { venue: { __typename: 'Venue', id: 'v' } }, {}],
];

describe('ResultShaper', () => {
  it.each(CASES)('%s: the same as @apollo/gateway', (_name, query, input, variables) => {
    const { ours, apollo } = both(query, input, variables);
    expect(ours).toEqual(apollo);
  });

  it("orders a response's fields as graphql-js collects them: by first appearance across fragments", () => {
    const document = parse('{ place(id: "c") { ... on Community { name } ... on Place { name id } ... on Community { opened } } }');
    const shaper = new ResultShaper(schema, document.definitions[0] as OperationDefinitionNode, new Map(), {});
    const { data } = shaper.shape({ place: { __typename: 'Community', opened: '2011-01-01', id: 'c', name: 'C' } });
    expect(JSON.stringify(data)).toBe('{"place":{"name":"C","id":"c","opened":"2011-01-01"}}');
  });

  it('reports a null once, where it began, and nulls up to the nearest nullable field', () => {
    const document = parse('{ places { id name } }');
    const shaper = new ResultShaper(schema, document.definitions[0] as OperationDefinitionNode, new Map(), {});
    const result = shaper.shape({ places: [{ __typename: 'Community', id: null, name: 'A' }] });
    expect(result.data).toEqual({ places: [null] });
    expect(result.errors.map((error) => [error.message, error.path, error.extensions.code])).toEqual([
      ['Cannot return null for non-nullable field Community.id.', ['places', 0, 'id'], 'INVALID_GRAPHQL'],
    ]);
  });
});
