import { startSoloSubgraph, ENTITIES_QUERY, type SoloSubgraph } from '@governance/testkit/subgraph';
import { commerceBureau } from '../src/subgraph';
import { enterpriseNamed } from './support';

const SNACK_SQUARE = 'V-320571-0001';
const STALLS = `query ($id: ID!, $first: Int, $after: String) {
  venue(id: $id) { name stalls(first: $first, after: $after) { totalCount nodes { number licensedOn enterprise { name kind } venue { id } } pageInfo { endCursor hasNextPage } } }
}`;

interface StallPage {
  venue: {
    name: string;
    stalls: {
      totalCount: number;
      nodes: Array<{ number: number; licensedOn: string; enterprise: { name: string; kind: string }; venue: { id: string } }>;
      pageInfo: { endCursor: string | null; hasNextPage: boolean };
    };
  };
}

describe('commerce-bureau: venues and their stalls', () => {
  let solo: SoloSubgraph;
  beforeAll(async () => {
    solo = await startSoloSubgraph(commerceBureau);
  });
  afterAll(() => solo.stop());

  it('has the 52 snack stalls of the Dongzhen Road snack square, all licensed in July 2010', async () => {
    const result = await solo.query<StallPage>(STALLS, { id: SNACK_SQUARE, first: 100 });
    expect(result.errors).toBeUndefined();
    const { venue } = result.data!;
    expect(venue.name).toBe('东镇路小吃广场');
    expect(venue.stalls.totalCount).toBe(52);
    expect(venue.stalls.nodes.map((stall) => stall.number)).toEqual(Array.from({ length: 52 }, (_, i) => i + 1));
    for (const stall of venue.stalls.nodes) {
      expect(stall.licensedOn).toMatch(/^2010-07-\d{2}$/);
      expect(stall.enterprise).toEqual({ name: `东镇路小吃广场${stall.number}号摊位`, kind: 'INDIVIDUAL_BUSINESS' });
      expect(stall.venue.id).toBe(SNACK_SQUARE);
    }
  });

  it('pages through the stalls by number with an opaque cursor', async () => {
    const numbers: number[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const result: { data?: StallPage | null } = await solo.query<StallPage>(STALLS, { id: SNACK_SQUARE, first: 20, after });
      const { stalls } = result.data!.venue;
      expect(stalls.totalCount).toBe(52);
      numbers.push(...stalls.nodes.map((stall) => stall.number));
      after = stalls.pageInfo.hasNextPage ? stalls.pageInfo.endCursor : null;
      pages += 1;
    } while (after !== null);
    expect(pages).toBe(3);
    expect(numbers).toEqual(Array.from({ length: 52 }, (_, i) => i + 1));
  });

  it('serves the directory entry: venues with a stall count and community', async () => {
    const result = await solo.query<{ venues: Array<{ id: string; stalls: { totalCount: number; nodes: unknown[] }; community: { code: string } }> }>(
      `{ venues { id name openedOn investmentYuan stalls(first: 1) { totalCount nodes { number } } community { code } } }`,
    );
    expect(result.data!.venues).toEqual([expect.objectContaining({ id: SNACK_SQUARE, stalls: { totalCount: 52, nodes: [{ number: 1 }] }, community: { code: '320571002001' } })]);
  });

  it('answers an unknown venue with NOT_FOUND', async () => {
    const result = await solo.query(`{ venue(id: "V-000000-0000") { name } }`);
    expect(result.errors![0].extensions).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('gives a stall holder its stall, and other enterprises none', async () => {
    const result = await solo.query<{ a: { stall: { number: number } | null }; b: { stall: null } }>(
      `query ($a: ID!, $b: ID!) { a: enterprise(creditCode: $a) { stall { number } } b: enterprise(creditCode: $b) { stall { number } } }`,
      { a: enterpriseNamed('东镇路小吃广场17号摊位').creditCode, b: enterpriseNamed('星海便利超市').creditCode },
    );
    expect(result.data).toEqual({ a: { stall: { number: 17 } }, b: { stall: null } });
  });

  it('adds venues to the Community entity, and none to a community without any', async () => {
    const result = await solo.query<{ _entities: Array<{ code: string; venues: Array<{ name: string }> | null }> }>(ENTITIES_QUERY('... on Community { code venues { name } }'), {
      representations: [
        { __typename: 'Community', code: '320571002001' },
        { __typename: 'Community', code: '320506003001' },
      ],
    });
    expect(result.data!._entities).toEqual([
      { code: '320571002001', venues: [{ name: '东镇路小吃广场' }] },
      { code: '320506003001', venues: [] },
    ]);
  });

  it('resolves Venue references, null for an unknown id', async () => {
    const result = await solo.query<{ _entities: Array<{ name: string } | null> }>(ENTITIES_QUERY('... on Venue { name }'), {
      representations: [
        { __typename: 'Venue', id: SNACK_SQUARE },
        { __typename: 'Venue', id: 'V-000000-0000' },
      ],
    });
    expect(result.data!._entities).toEqual([{ name: '东镇路小吃广场' }, null]);
  });
});
