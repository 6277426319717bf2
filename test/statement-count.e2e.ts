import { makeCreditCode } from '@governance/kit';
import { Enterprise } from '../subgraphs/commerce-bureau/src/entities/enterprise.entity';
import { EnterpriseKind, Industry, LicenseStatus } from '../subgraphs/commerce-bureau/src/entities/enterprise-enums';
import { Community } from '../subgraphs/community-committees/src/entities/community.entity';
import { startStack, type Stack } from './support/stack';
import { gatewaySecretHeader, headersFor } from '@governance/testkit/tokens';

const EXTRA = 500;
const QUERY = `query ($first: Int!) {
  enterprises(first: $first, industry: MANUFACTURING) {
    totalCount
    nodes { creditCode name community { code name residentCount subDistrict { name } } }
  }
}`;

/** Statements sent by all four subgraphs while one operation runs. */
async function statementsFor(stack: Stack, variables: Record<string, unknown>): Promise<{ statements: number; nodes: number }> {
  const before = Object.values(stack.subgraphs).reduce((sum, subgraph) => sum + subgraph.statements.count, 0);
  const result = await stack.query<{ enterprises: { nodes: Array<{ community: { code: string; name: string } | null }> } }>(QUERY, variables);
  expect(result.errors).toBeUndefined();
  for (const node of result.data!.enterprises.nodes) expect(node.community?.name).toBeTruthy();
  const after = Object.values(stack.subgraphs).reduce((sum, subgraph) => sum + subgraph.statements.count, 0);
  return { statements: after - before, nodes: result.data!.enterprises.nodes.length };
}

describe('SQL statements per request do not grow with the number of entities', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
    // 500 more communities, each with one manufacturer, so every enterprise points at a different community.
    const communities = Array.from({ length: EXTRA }, (_, i) => ({
      code: `320571001${String(100 + i).padStart(3, '0')}`,
      name: `测试社区${i + 1}`,
      subDistrictCode: '320571001000',
    }));
    await stack.subgraphs['community-committees'].db.getRepository(Community).insert(communities);
    await stack.subgraphs['commerce-bureau'].db.getRepository(Enterprise).insert(
      communities.map((community, i) => ({
        creditCode: makeCreditCode('91', '320571', `T${String(i).padStart(7, '0')}`),
        name: `测试制造企业${i + 1}`,
        kind: EnterpriseKind.COMPANY,
        industry: Industry.MANUFACTURING,
        licenseStatus: LicenseStatus.ACTIVE,
        establishedOn: '2010-01-01',
        registeredCapitalYuan: 100_000,
        communityCode: community.code,
      })),
    );
  });
  afterAll(() => stack.stop());

  it('resolves the communities of 5 and of 500 enterprises with the same number of statements', async () => {
    const five = await statementsFor(stack, { first: 5 });
    const fiveHundred = await statementsFor(stack, { first: 500 });
    expect(five.nodes).toBe(5);
    expect(fiveHundred.nodes).toBe(500);
    expect(five.statements).toBeGreaterThan(0);
    expect(fiveHundred.statements).toBe(five.statements);
  });

  it('answers _entities for 500 communities with one statement', async () => {
    const subgraph = stack.subgraphs['community-committees'];
    const representations = Array.from({ length: EXTRA }, (_, i) => ({ __typename: 'Community', code: `320571001${String(100 + i).padStart(3, '0')}` }));
    const before = subgraph.statements.count;
    const response = await fetch(subgraph.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(await headersFor({ agency: 'commerce-bureau', scopes: ['read'] })), ...gatewaySecretHeader(subgraph.name) },
      body: JSON.stringify({ query: 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Community { code name } } }', variables: { r: representations } }),
    });
    const body = (await response.json()) as { data: { _entities: Array<{ code: string; name: string }> } };
    expect(subgraph.statements.count - before).toBe(1);
    expect(body.data._entities.map((entity) => entity.code)).toEqual(representations.map((representation) => representation.code));
  });
});
