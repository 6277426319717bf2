import { AGENCIES, SCOPES } from '@governance/kit';
import { countRows } from '../../../test/support/database';
import { ENTITIES_QUERY, startSoloSubgraph, type SoloSubgraph } from '../../../test/support/subgraph';
import { TEST_PURPOSE } from '../../../test/support/tokens';
import { legalAffairs } from '../src/subgraph';

const LIST = `query ($first: Int, $after: String) { reconsiderationCases(first: $first, after: $after) { totalCount nodes { id name recordedOn } pageInfo { endCursor hasNextPage } } }`;
const RECORD = `mutation ($input: RecordReconsiderationCaseInput!) { recordReconsiderationCase(input: $input) { id name recordedOn } }`;

interface Page {
  reconsiderationCases: { totalCount: number; nodes: Array<{ id: string; name: string; recordedOn: string }>; pageInfo: { endCursor: string | null; hasNextPage: boolean } };
}

describe('legal-affairs: reconsiderationCases', () => {
  let solo: SoloSubgraph;
  const rows = async () => ({ records: await countRows(solo.subgraph.db, 'reconsideration_case'), audit: await countRows(solo.subgraph.db, 'audit_log') });
  beforeAll(async () => {
    solo = await startSoloSubgraph(legalAffairs);
  });
  afterAll(() => solo.stop());

  it('lists the seeded records a page at a time', async () => {
    const first = await solo.query<Page>(LIST, { first: 2 });
    expect(first.errors).toBeUndefined();
    const { totalCount, nodes, pageInfo } = first.data!.reconsiderationCases;
    expect(totalCount).toBeGreaterThanOrEqual(3);
    expect(nodes).toHaveLength(2);
    expect(pageInfo.hasNextPage).toBe(true);
    const next = await solo.query<Page>(LIST, { first: 2, after: pageInfo.endCursor });
    expect(next.data!.reconsiderationCases.nodes[0].id > nodes[1].id).toBe(true);
  });

  it('resolves its records by key for the gateway', async () => {
    const { nodes } = (await solo.query<Page>(LIST, { first: 1 })).data!.reconsiderationCases;
    const result = await solo.query<{ _entities: Array<{ id: string; name: string } | null> }>(ENTITIES_QUERY('... on ReconsiderationCase { id name }'), {
      representations: [{ __typename: 'ReconsiderationCase', id: nodes[0].id }, { __typename: 'ReconsiderationCase', id: 'NOBODY' }],
    });
    expect(result.data!._entities).toEqual([{ id: nodes[0].id, name: nodes[0].name }, null]);
  });

  it('records one, with one audit entry, and reads it back', async () => {
    const before = await rows();
    const input = { id: 'NEW-0001', name: '新记录', recordedOn: '2011-07-01' };
    const result = await solo.query<{ recordReconsiderationCase: typeof input }>(RECORD, { input });
    expect(result.errors).toBeUndefined();
    expect(result.data!.recordReconsiderationCase).toEqual(input);
    expect(await rows()).toEqual({ records: before.records + 1, audit: before.audit + 1 });
    const read = await solo.query<{ reconsiderationCase: typeof input }>(`query ($id: ID!) { reconsiderationCase(id: $id) { id name recordedOn } }`, { id: input.id });
    expect(read.data!.reconsiderationCase).toEqual(input);
  });

  it.each([
    ['an id with spaces', { id: 'A B', name: 'x', recordedOn: '2011-01-01' }, 'id', /letters, digits and hyphens/],
    ['an empty name', { id: 'EMPTY-NAME', name: '   ', recordedOn: '2011-01-01' }, 'name', /1 to 200 characters/],
    ['a date in the future', { id: 'FUTURE', name: 'x', recordedOn: '2999-01-01' }, 'recordedOn', /future/],
  ])('refuses %s as BAD_USER_INPUT naming the field, writing nothing', async (_case, input, field, reason) => {
    const before = await rows();
    const result = await solo.query(RECORD, { input });
    expect(result.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(result.errors![0].message).toMatch(reason);
    expect(await rows()).toEqual(before);
  });

  it('refuses a write by another agency\'s token as FORBIDDEN, writing nothing', async () => {
    const other = AGENCIES.find((agency) => agency !== 'legal-affairs')!;
    const before = await rows();
    const result = await solo.query(RECORD, { input: { id: 'FOREIGN', name: 'x', recordedOn: '2011-01-01' } }, { agency: other, scopes: SCOPES, purpose: TEST_PURPOSE });
    expect(result.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect(await rows()).toEqual(before);
  });

  it('lets exactly one of eight concurrent writers of the same id through; the others are told why', async () => {
    const before = await rows();
    const input = { id: 'RACE-0001', name: '并发', recordedOn: '2011-08-08' };
    const results = await Promise.all(Array.from({ length: 8 }, () => solo.query(RECORD, { input })));
    expect(results.filter((result) => result.errors === undefined)).toHaveLength(1);
    for (const failed of results.filter((result) => result.errors !== undefined)) {
      expect(failed.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
      expect(failed.errors![0].message).toMatch(/already recorded/);
    }
    expect(await rows()).toEqual({ records: before.records + 1, audit: before.audit + 1 });
  });
});
