import { startSoloSubgraph, type SoloSubgraph } from '../../../test/support/subgraph';
import { industryAssociations } from '../src/subgraph';

describe('industry-associations on its own', () => {
  let solo: SoloSubgraph;
  beforeAll(async () => {
    solo = await startSoloSubgraph(industryAssociations);
  });
  afterAll(() => solo.stop());

  it('lists associations by kind with a total', async () => {
    const all = await solo.query<{ associations: { totalCount: number; nodes: Array<{ creditCode: string; name: string; kind: string }> } }>(
      `{ associations(first: 100) { totalCount nodes { creditCode name kind } } }`,
    );
    expect(all.data!.associations.totalCount).toBe(3);
    const tea = all.data!.associations.nodes.find((node) => node.name === '吴中区洞庭山碧螺春茶叶协会')!;
    expect(tea.kind).toBe('INDUSTRY_ASSOCIATION');
    expect(tea.creditCode.startsWith('51')).toBe(true);
    const safety = await solo.query<{ associations: { totalCount: number } }>(`{ associations(kind: SAFETY_PROMOTION) { totalCount } }`);
    expect(safety.data!.associations.totalCount).toBe(1);
    const one = await solo.query<{ association: { name: string } }>(`query ($c: ID!) { association(creditCode: $c) { name } }`, { c: tea.creditCode });
    expect(one.data!.association.name).toBe(tea.name);
  });

  it('refuses a malformed credit code', async () => {
    const result = await solo.query(`{ association(creditCode: "51-bad") { name } }`);
    expect(result.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'creditCode' });
  });
});
