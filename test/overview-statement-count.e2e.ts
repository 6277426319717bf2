import { buildDocumentDataset } from '@governance/dataset';
import fs from 'node:fs';
import path from 'node:path';
import { CONTRACT_DIR } from './contract/operations';
import { addBulkArea, gatherInto, type BulkArea } from './support/bulk-rows';
import { startStack, type Stack } from './support/stack';

/** A contract operation as written, with its page sizes raised so that 500 entities are listed. */
function contract(file: string, pageSizes: Record<string, string>): string {
  let source = fs.readFileSync(path.join(CONTRACT_DIR, file), 'utf8');
  for (const [from, to] of Object.entries(pageSizes)) {
    if (!source.includes(from)) throw new Error(`${file} no longer contains "${from}"`);
    source = source.split(from).join(to);
  }
  return source;
}

/** SQL statements all four subgraphs sent while the gateway answered one operation. */
async function statements(stack: Stack, query: string, variables: Record<string, unknown>): Promise<{ count: number; data: Record<string, unknown> }> {
  const total = () => Object.values(stack.subgraphs).reduce((sum, subgraph) => sum + subgraph.statements.count, 0);
  const before = total();
  const result = await stack.query(query, variables);
  expect(result.errors).toBeUndefined();
  return { count: total() - before, data: result.data as Record<string, unknown> };
}

describe('statements per dashboard request do not grow with the entities listed (10 vs 500)', () => {
  let stack: Stack;
  let smallCommunity: BulkArea;
  let largeCommunity: BulkArea;
  let smallArea: BulkArea;
  let largeArea: BulkArea;

  beforeAll(async () => {
    stack = await startStack();
    smallCommunity = await addBulkArea(stack, '320599001', 10, 'OIL_EXTRACTION');
    largeCommunity = await addBulkArea(stack, '320599002', 500, 'OIL_EXTRACTION');
    await gatherInto(stack, smallCommunity, smallCommunity.communityCodes[0]);
    await gatherInto(stack, largeCommunity, largeCommunity.communityCodes[0]);
    smallArea = await addBulkArea(stack, '320599003', 10, 'COAL_MINING');
    largeArea = await addBulkArea(stack, '320599004', 500, 'COAL_MINING');
  });
  afterAll(() => stack.stop());

  it('CommunityOverview: a community with 10 and with 500 enterprises, talk events and residents', async () => {
    const query = contract('community-overview.graphql', {
      'enterprises(first: 50)': 'enterprises(first: 500)',
      'talkEvents(year: $year, first: 10)': 'talkEvents(year: $year, first: 500)',
    });
    const small = await statements(stack, query, { code: smallCommunity.communityCodes[0], year: 2011 });
    const large = await statements(stack, query, { code: largeCommunity.communityCodes[0], year: 2011 });
    const listed = (data: Record<string, unknown>) =>
      data.community as { enterprises: { nodes: unknown[] }; talkEvents: { nodes: unknown[] }; safeCommunityDesignations: unknown[] };
    expect([listed(small.data).enterprises.nodes.length, listed(small.data).talkEvents.nodes.length, listed(small.data).safeCommunityDesignations.length]).toEqual([10, 10, 1]);
    expect([listed(large.data).enterprises.nodes.length, listed(large.data).talkEvents.nodes.length, listed(large.data).safeCommunityDesignations.length]).toEqual([500, 500, 1]);
    expect(large.count).toBe(small.count);
  });

  it('SubDistrictOverview: a sub-district of 10 and of 500 communities', async () => {
    const query = contract('sub-district-overview.graphql', { 'communities(first: 100)': 'communities(first: 500)' });
    const small = await statements(stack, query, { code: smallArea.subDistrictCode });
    const large = await statements(stack, query, { code: largeArea.subDistrictCode });
    const communities = (data: Record<string, unknown>) => (data.subDistrict as { communities: { nodes: Array<{ enterprises: { totalCount: number } }> } }).communities.nodes;
    expect(communities(small.data)).toHaveLength(10);
    expect(communities(large.data)).toHaveLength(500);
    expect(communities(large.data).every((node) => node.enterprises.totalCount === 1)).toBe(true);
    expect(large.count).toBe(small.count);
  });

  it('EnterpriseList: 10 and 500 enterprises with their communities, memberships and patrol members', async () => {
    const query = contract('enterprise-list.graphql', {});
    const small = await statements(stack, query, { first: 10, industry: 'COAL_MINING' });
    const large = await statements(stack, query, { first: 500, industry: 'COAL_MINING' });
    const nodes = (data: Record<string, unknown>) =>
      (data.enterprises as { nodes: Array<{ community: { code: string } | null; memberships: unknown[]; patrolMemberCount: number }> }).nodes;
    expect(nodes(small.data)).toHaveLength(10);
    expect(nodes(large.data)).toHaveLength(500);
    // The data set has coal enterprises of its own (the enterprise-led safe communities); the rest of the page is the bulk area's.
    const seeded = buildDocumentDataset().enterprises.filter((enterprise) => enterprise.industry === 'COAL_MINING').length;
    const bulk = nodes(large.data).filter((node) => node.community?.code.startsWith('320599'));
    expect(bulk.length).toBeGreaterThanOrEqual(500 - seeded);
    for (const node of bulk) expect([node.community === null, node.memberships.length, node.patrolMemberCount]).toEqual([false, 1, 1]);
    expect(large.count).toBe(small.count);
  });
});
