import { startStack, type Stack } from './support/stack';

const JINYI = '320571002001';

describe('joins across subgraphs through the gateway', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack.stop());

  it("answers a community's enterprises with each enterprise's community", async () => {
    const result = await stack.query<{ community: { name: string; enterprises: { totalCount: number; nodes: Array<{ name: string; community: { name: string } }> } } }>(
      `query ($code: ID!) { community(code: $code) { name enterprises(first: 50) { totalCount nodes { name community { name } } } } }`,
      { code: JINYI },
    );
    expect(result.errors).toBeUndefined();
    const community = result.data!.community;
    expect(community.name).toBe('锦衣新村');
    // The 52 stalls, the square's management company and 300 more businesses.
    expect(community.enterprises.totalCount).toBe(353);
    expect(community.enterprises.nodes).toHaveLength(50);
    for (const node of community.enterprises.nodes) expect(node.community.name).toBe('锦衣新村');
  });

  it("answers an enterprise's community and sub-district", async () => {
    const list = await stack.query<{ enterprises: { nodes: Array<{ creditCode: string; name: string }> } }>(
      `{ enterprises(first: 500, communityCode: "${JINYI}") { nodes { creditCode name } } }`,
    );
    // Credit codes are drawn at random, so the square's management company may be on any page of 50: look in all of them.
    expect(list.data!.enterprises.nodes.map((node) => node.name)).toContain('苏州东镇路小吃广场管理有限公司');
    const stall = list.data!.enterprises.nodes.find((node) => node.name === '东镇路小吃广场1号摊位')!;
    const result = await stack.query<{ enterprise: { name: string; community: { name: string; subDistrict: { name: string } } } }>(
      `query ($creditCode: ID!) { enterprise(creditCode: $creditCode) { name community { name subDistrict { name } } } }`,
      { creditCode: stall.creditCode },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.enterprise).toEqual({ name: '东镇路小吃广场1号摊位', community: { name: '锦衣新村', subDistrict: { name: '娄葑街道' } } });
  });

  it('answers the representatives and communities the plan asks of the community committees side by side, with or without a representative', async () => {
    type Node = { creditCode: string; legalRepresentative: { id: string; name: string } | null; community: { code: string; name: string } | null };
    // 锦衣新村 has limited companies (with a legal representative) and 143 individual businesses (without).
    const list = await stack.query<{ enterprises: { nodes: Node[] } }>(
      `{ enterprises(first: 500, communityCode: "${JINYI}") { nodes { creditCode legalRepresentative { id name } community { code name } } } }`,
    );
    expect(list.errors).toBeUndefined();
    const nodes = list.data!.enterprises.nodes;
    const represented = nodes.filter((node) => node.legalRepresentative !== null);
    expect(represented.length).toBeGreaterThan(0);
    expect(represented.every((node) => node.legalRepresentative!.name.length > 0)).toBe(true);
    expect(nodes.filter((node) => node.community !== null).every((node) => node.community!.name.length > 0)).toBe(true);
    // One request carries two _entities lists; an enterprise without a representative sends an empty one.
    const alone = nodes.find((node) => node.legalRepresentative === null && node.community !== null)!;
    const one = await stack.query<{ enterprise: Omit<Node, 'creditCode'> }>(
      `query ($creditCode: ID!) { enterprise(creditCode: $creditCode) { legalRepresentative { id name } community { code name } } }`,
      { creditCode: alone.creditCode },
    );
    expect(one.errors).toBeUndefined();
    expect(one.data!.enterprise).toEqual({ legalRepresentative: null, community: alone.community });
  });

  it('pages through a connection with opaque cursors until the end', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let pageCount = 0; pageCount < 20; pageCount += 1) {
      const result: Awaited<ReturnType<Stack['query']>> = await stack.query(
        `query ($after: String) { enterprises(first: 4, after: $after) { totalCount nodes { creditCode } pageInfo { endCursor hasNextPage } } }`,
        { after },
      );
      const page = (result.data as { enterprises: { totalCount: number; nodes: Array<{ creditCode: string }>; pageInfo: { endCursor: string; hasNextPage: boolean } } })
        .enterprises;
      seen.push(...page.nodes.map((node) => node.creditCode));
      if (!page.pageInfo.hasNextPage) {
        expect(seen).toHaveLength(page.totalCount);
        break;
      }
      after = page.pageInfo.endCursor;
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect([...seen].sort()).toEqual(seen);
  });
});
