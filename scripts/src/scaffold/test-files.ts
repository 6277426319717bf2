import type { BureauNames } from './bureau-names';

/**
 * The package's first tests, which pass as generated: the seeded list a page
 * at a time, references for the gateway, an audited write read back, refused
 * input and tokens writing nothing, and concurrent writers of one id. They
 * run on SQLite and, in the MariaDB half of npm test, on MariaDB.
 */
export function testFiles(n: BureauNames): Record<string, string> {
  const support = (file: string) => `@governance/testkit/${file}`;
  const type = `Record${n.entity}Input`;
  return {
    [`test/${n.entityKebab}.test.ts`]: `import { AGENCIES, SCOPES } from '@governance/kit';
import { countRows } from '${support('database')}';
import { ENTITIES_QUERY, startSoloSubgraph, type SoloSubgraph } from '${support('subgraph')}';
import { TEST_PURPOSE } from '${support('tokens')}';
import { ${n.bureauCamel} } from '../src/subgraph';

const LIST = \`query ($first: Int, $after: String) { ${n.plural}(first: $first, after: $after) { totalCount nodes { id name recordedOn } pageInfo { endCursor hasNextPage } } }\`;
const RECORD = \`mutation ($input: ${type}!) { record${n.entity}(input: $input) { id name recordedOn } }\`;

interface Page {
  ${n.plural}: { totalCount: number; nodes: Array<{ id: string; name: string; recordedOn: string }>; pageInfo: { endCursor: string | null; hasNextPage: boolean } };
}

describe('${n.bureau}: ${n.plural}', () => {
  let solo: SoloSubgraph;
  const rows = async () => ({ records: await countRows(solo.subgraph.db, '${n.table}'), audit: await countRows(solo.subgraph.db, 'audit_log') });
  beforeAll(async () => {
    solo = await startSoloSubgraph(${n.bureauCamel});
  });
  afterAll(() => solo.stop());

  it('lists the seeded records a page at a time', async () => {
    const first = await solo.query<Page>(LIST, { first: 2 });
    expect(first.errors).toBeUndefined();
    const { totalCount, nodes, pageInfo } = first.data!.${n.plural};
    expect(totalCount).toBeGreaterThanOrEqual(3);
    expect(nodes).toHaveLength(2);
    expect(pageInfo.hasNextPage).toBe(true);
    const next = await solo.query<Page>(LIST, { first: 2, after: pageInfo.endCursor });
    expect(next.data!.${n.plural}.nodes[0].id > nodes[1].id).toBe(true);
  });

  it('resolves its records by key for the gateway', async () => {
    const { nodes } = (await solo.query<Page>(LIST, { first: 1 })).data!.${n.plural};
    const result = await solo.query<{ _entities: Array<{ id: string; name: string } | null> }>(ENTITIES_QUERY('... on ${n.entity} { id name }'), {
      representations: [{ __typename: '${n.entity}', id: nodes[0].id }, { __typename: '${n.entity}', id: 'NOBODY' }],
    });
    expect(result.data!._entities).toEqual([{ id: nodes[0].id, name: nodes[0].name }, null]);
  });

  it('records one, with one audit entry, and reads it back', async () => {
    const before = await rows();
    const input = { id: 'NEW-0001', name: '新记录', recordedOn: '2011-07-01' };
    const result = await solo.query<{ record${n.entity}: typeof input }>(RECORD, { input });
    expect(result.errors).toBeUndefined();
    expect(result.data!.record${n.entity}).toEqual(input);
    expect(await rows()).toEqual({ records: before.records + 1, audit: before.audit + 1 });
    const read = await solo.query<{ ${n.entityCamel}: typeof input }>(\`query ($id: ID!) { ${n.entityCamel}(id: $id) { id name recordedOn } }\`, { id: input.id });
    expect(read.data!.${n.entityCamel}).toEqual(input);
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

  it('refuses a write by another agency\\'s token as FORBIDDEN, writing nothing', async () => {
    const other = AGENCIES.find((agency) => agency !== '${n.bureau}')!;
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
`,
  };
}
