import { CompositionFailed, composeSupergraph } from '../src/compose';

const owner = `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
  type Query { community(code: ID!): Community }
  type Community @key(fields: "code") { code: ID! name: String! }
`;

describe('composeSupergraph', () => {
  it('composes subgraphs that agree', () => {
    const extender = `
      extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
      type Query { enterpriseCount: Int }
      type Community @key(fields: "code") { code: ID! enterpriseTotal: Int }
    `;
    const supergraph = composeSupergraph([
      { name: 'a', url: 'http://a/graphql', sdl: owner },
      { name: 'b', url: 'http://b/graphql', sdl: extender },
    ]);
    expect(supergraph).toContain('enterpriseTotal');
  });

  it('fails with every composition error', () => {
    const conflicting = `
      extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
      type Query { other: Int }
      type Community @key(fields: "code") { code: ID! name: Int! }
    `;
    expect(() =>
      composeSupergraph([
        { name: 'a', url: 'http://a/graphql', sdl: owner },
        { name: 'b', url: 'http://b/graphql', sdl: conflicting },
      ]),
    ).toThrow(CompositionFailed);
  });

  it('fails on a hint nobody accepted', () => {
    // An output-only enum whose values differ between subgraphs composes, with a hint.
    const withHint = `
      extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable"])
      type Query { kinds: [Kind!]! }
      enum Kind { A B }
    `;
    const otherHalf = `
      extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
      type Query { otherKinds: [Kind!]! }
      enum Kind { A C }
    `;
    expect(() =>
      composeSupergraph([
        { name: 'a', url: 'http://a/graphql', sdl: withHint },
        { name: 'b', url: 'http://b/graphql', sdl: otherHalf },
      ]),
    ).toThrow(/hint/);
  });
});
