import { typePoliciesOf } from '../src/type-policies';

const SUPERGRAPH = `
type Community @join__type(graph: A, key: "code") @join__type(graph: B, key: "code") { code: ID! name: String }
type Shift @join__type(graph: A, key: "team { id } onDate") { onDate: String }
type Stub @join__type(graph: B, key: "id", resolvable: false) @join__type(graph: A, key: "id") { id: ID! }
type Value @join__type(graph: A) { n: Int }
type Query @join__type(graph: A) { x: Int }
`;

describe('typePoliciesOf', () => {
  it('keys each entity by its @key once, nested keys as nested lists, and leaves value types to the cache defaults', () => {
    expect(typePoliciesOf(SUPERGRAPH)).toEqual({
      Community: { keyFields: ['code'] },
      Shift: { keyFields: ['team', ['id'], 'onDate'] },
      Stub: { keyFields: ['id'] },
    });
  });
});
