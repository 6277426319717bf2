import { fanOutEntities, uniqueRepresentations } from '../src/entity-representations';

describe('uniqueRepresentations and fanOutEntities', () => {
  it('sends each distinct representation once and spreads entities and their errors back over the originals', () => {
    const representations = [
      { __typename: 'Community', code: 'a' },
      { __typename: 'Community', code: 'b' },
      { __typename: 'Community', code: 'a' },
      { __typename: 'Community', code: 'b:1' },
      { __typename: 'Community', code: 'b' },
    ];
    const unique = uniqueRepresentations({ representations, other: 1 });
    expect(unique?.variables).toEqual({ representations: representations.slice(0, 2).concat(representations[3]), other: 1 });
    expect(unique?.indexOf).toEqual([0, 1, 0, 2, 1]);
    const answer = fanOutEntities(
      { data: { _entities: [{ name: 'A' }, null, { name: 'B1' }] }, errors: [{ message: 'gone', path: ['_entities', 1, 'name'] }, { message: 'other' }] },
      unique!.indexOf,
    );
    expect(answer.data?._entities).toEqual([{ name: 'A' }, null, { name: 'A' }, { name: 'B1' }, null]);
    expect(answer.errors?.map((error) => [error.message, error.path])).toEqual([
      ['gone', ['_entities', 1, 'name']],
      ['gone', ['_entities', 4, 'name']],
      ['other', undefined],
    ]);
  });

  it('tells apart values that only a naive join would confuse, and nested keys', () => {
    expect(
      uniqueRepresentations({
        representations: [
          { __typename: 'T', a: '1', b: '2' },
          { __typename: 'T', a: '12', b: '' },
        ],
      }),
    ).toBeNull();
    expect(
      uniqueRepresentations({
        representations: [
          { __typename: 'T', id: 1 },
          { __typename: 'T', id: '1' },
        ],
      }),
    ).toBeNull();
    const nested = uniqueRepresentations({
      representations: [
        { __typename: 'T', key: { a: 1 } },
        { __typename: 'T', key: { a: 1 } },
        { __typename: 'T', key: { a: 2 } },
      ],
    });
    expect(nested?.indexOf).toEqual([0, 0, 1]);
  });

  it('leaves fetches without representations or without duplicates alone', () => {
    expect(uniqueRepresentations(undefined)).toBeNull();
    expect(uniqueRepresentations({ first: 10 })).toBeNull();
    expect(uniqueRepresentations({ representations: [{ __typename: 'T', id: 'x' }] })).toBeNull();
  });
});
