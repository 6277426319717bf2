import { startSoloSubgraph, ENTITIES_QUERY, type SoloSubgraph } from '@governance/testkit/subgraph';
import { commerceBureau } from '../src/subgraph';

describe('commerce-bureau on its own', () => {
  let solo: SoloSubgraph;
  beforeAll(async () => {
    solo = await startSoloSubgraph(commerceBureau);
  });
  afterAll(() => solo.stop());

  it('filters enterprises by industry and counts them in SQL', async () => {
    const result = await solo.query<{ enterprises: { totalCount: number; nodes: Array<{ industry: string; community: { code: string } }> } }>(
      `{ enterprises(industry: TEA, first: 50) { totalCount nodes { industry community { code } } } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.enterprises.totalCount).toBe(2);
    expect(result.data!.enterprises.nodes.every((node) => node.industry === 'TEA')).toBe(true);
  });

  it("adds a community's enterprises to the Community entity, paged", async () => {
    const result = await solo.query<{ _entities: Array<{ code: string; enterprises: { totalCount: number; nodes: unknown[]; pageInfo: { hasNextPage: boolean } } }> }>(
      ENTITIES_QUERY('... on Community { code enterprises(first: 2) { totalCount nodes { name } pageInfo { hasNextPage } } }'),
      {
        representations: [
          { __typename: 'Community', code: '320571002001' },
          { __typename: 'Community', code: '320571009999' },
        ],
      },
    );
    expect(result.errors).toBeUndefined();
    const [jinyi, empty] = result.data!._entities;
    // The 52 stalls, the square's management company and 300 more businesses of 13,000+ residents.
    expect(jinyi.enterprises.totalCount).toBe(353);
    expect(jinyi.enterprises.nodes).toHaveLength(2);
    expect(jinyi.enterprises.pageInfo.hasNextPage).toBe(true);
    expect(empty.enterprises).toEqual({ totalCount: 0, nodes: [], pageInfo: { hasNextPage: false } });
  });

  it('serves the Dongzhen Road snack square with its investment', async () => {
    const result = await solo.query<{ venues: Array<{ name: string; openedOn: string; investmentYuan: number }> }>(`{ venues { name openedOn investmentYuan } }`);
    // 500多万元: more than five million and less than six.
    expect(result.data!.venues).toContainEqual({ name: '东镇路小吃广场', openedOn: '2010-07-01', investmentYuan: 5_280_000 });
  });

  it('lists the emission-reduction agreements in pages, ordered by credit code, with their total', async () => {
    type Agreements = {
      emissionAgreements: {
        totalCount: number;
        nodes: Array<{ signedOn: string; pilot: string; enterprise: { creditCode: string } }>;
        pageInfo: { endCursor: string; hasNextPage: boolean };
      };
    };
    const query = `query ($after: String) { emissionAgreements(first: 2, after: $after) { totalCount nodes { signedOn pilot enterprise { creditCode } } pageInfo { endCursor hasNextPage } } }`;
    const first = await solo.query<Agreements>(query);
    expect(first.errors).toBeUndefined();
    const second = await solo.query<Agreements>(query, { after: first.data!.emissionAgreements.pageInfo.endCursor });
    const nodes = [...first.data!.emissionAgreements.nodes, ...second.data!.emissionAgreements.nodes];
    expect(first.data!.emissionAgreements).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
    expect(second.data!.emissionAgreements.pageInfo.hasNextPage).toBe(false);
    const codes = nodes.map((node) => node.enterprise.creditCode);
    expect(codes).toEqual([...codes].sort());
    expect(new Set(codes).size).toBe(3);
    for (const node of nodes) expect(node).toMatchObject({ signedOn: expect.stringMatching(/^2010-/), pilot: '苏州工业园区碳排放交易试点' });
  });

  it('refuses a credit code with a wrong check character', async () => {
    const result = await solo.query(`{ enterprise(creditCode: "91320571MA1M000000") { name } }`);
    expect(result.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'creditCode' });
  });
});
