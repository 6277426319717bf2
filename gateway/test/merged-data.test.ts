import { mergeInto, pathsAt, representationOf, valuesAt } from '../src/execution/merged-data';

const isOfType = (typename: string, condition: string) => typename === condition || (condition === 'Place' && ['Community', 'Venue'].includes(typename));

describe('the data a plan builds up', () => {
  const tree = {
    enterprises: {
      nodes: [
        { __typename: 'Enterprise', creditCode: 'a', community: { __typename: 'Community', code: '1' } },
        null,
        { __typename: 'Enterprise', creditCode: 'b', community: null },
        { __typename: 'Enterprise', creditCode: 'c', community: { __typename: 'Community', code: '2' } },
      ],
    },
  };

  it('finds the entities at a plan path, leaving nulls out, and where each one is in the response', () => {
    expect(valuesAt(tree, ['enterprises', 'nodes', '@']).map((node) => node.creditCode)).toEqual(['a', 'b', 'c']);
    expect(valuesAt(tree, ['enterprises', 'nodes', '@', 'community']).map((node) => node.code)).toEqual(['1', '2']);
    expect(pathsAt(tree, ['enterprises', 'nodes', '@', 'community'])).toEqual([
      ['enterprises', 'nodes', 0, 'community'],
      ['enterprises', 'nodes', 3, 'community'],
    ]);
    expect(valuesAt(tree, ['missing', '@'])).toEqual([]);
  });

  it('merges an answer into the tree: objects into objects, lists item by item, never a __proto__ key', () => {
    const target: Record<string, unknown> = { a: { b: 1 }, list: [{ x: 1 }, { x: 2 }], kept: 'k' };
    mergeInto(target, JSON.parse('{"a":{"c":2},"list":[{"y":1},{"y":2}],"new":[1],"__proto__":{"polluted":true}}') as Record<string, unknown>);
    expect(target).toEqual({
      a: { b: 1, c: 2 },
      list: [
        { x: 1, y: 1 },
        { x: 2, y: 2 },
      ],
      kept: 'k',
      new: [1],
    });
    expect(Object.getPrototypeOf(target)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("builds an entity's representation from the fields a fetch requires, by type condition", () => {
    const requires = [
      {
        kind: 'InlineFragment' as const,
        typeCondition: 'Community',
        selections: [
          { kind: 'Field' as const, name: '__typename' },
          { kind: 'Field' as const, name: 'code' },
        ],
      },
    ];
    expect(representationOf({ __typename: 'Community', code: '1', name: 'x' }, requires, isOfType)).toEqual({ __typename: 'Community', code: '1' });
    // Another type's fragment does not apply: the representation has no __typename, and the executor sends none.
    expect(representationOf({ __typename: 'Venue', id: 'v' }, requires, isOfType)).toEqual({});
    const nested = [{ kind: 'Field' as const, name: 'owner', selections: [{ kind: 'Field' as const, name: 'id' }] }];
    expect(representationOf({ owner: { id: 'p', name: 'n' } }, nested, isOfType)).toEqual({ owner: { id: 'p' } });
    // A key field missing from the tree (its fetch failed): no representation at all.
    expect(representationOf({ __typename: 'Community' }, [{ kind: 'Field', name: 'code' }], isOfType)).toBeNull();
  });
});
