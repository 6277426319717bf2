import { createGroupPageLoader, topRowsPerGroup, type PageRequest } from '@governance/kit';
import { enterprise, openEnterpriseDb, type EnterpriseDb, type TestEnterprise } from './support/enterprise-db';

// Community A has 5 enterprises, B has 3, C has 1; inserted out of order.
const ROWS = [
  enterprise('E09', 'A', 90),
  enterprise('E02', 'B', 20),
  enterprise('E05', 'A', 50),
  enterprise('E01', 'A', 10),
  enterprise('E08', 'B', 80),
  enterprise('E06', 'C', 60),
  enterprise('E03', 'A', 30),
  enterprise('E04', 'B', 40),
  enterprise('E07', 'A', 70),
];

describe('topRowsPerGroup', () => {
  let db: EnterpriseDb;
  beforeAll(async () => {
    db = await openEnterpriseDb(ROWS);
  });
  afterAll(() => db.dataSource.destroy());

  const top = (groups: string[], limit: number, after?: string) =>
    topRowsPerGroup(db.repository, { groupProperty: 'communityCode', orderProperty: 'creditCode', groups, limit, after });

  it('returns the first N rows of every group, in sort order, with one statement', async () => {
    const { result, statements } = await db.counting(() => top(['A', 'B', 'C'], 2));
    expect(statements).toBe(1);
    expect(result.map((row) => row.creditCode)).toEqual(['E01', 'E02', 'E03', 'E04', 'E06']);
  });

  it('starts after the cursor in every group', async () => {
    const rows = await top(['A', 'B'], 2, 'E04');
    expect(rows.map((row) => `${row.communityCode}:${row.creditCode}`)).toEqual(['A:E05', 'A:E07', 'B:E08']);
  });

  it('leaves out groups that were not asked for', async () => {
    const rows = await top(['B'], 10);
    expect(rows.map((row) => row.creditCode)).toEqual(['E02', 'E04', 'E08']);
  });
});

describe('createGroupPageLoader', () => {
  let db: EnterpriseDb;
  beforeAll(async () => {
    db = await openEnterpriseDb(ROWS);
  });
  afterAll(() => db.dataSource.destroy());

  const newLoader = () =>
    createGroupPageLoader<string, TestEnterprise>(
      (groups, page) => topRowsPerGroup(db.repository, { groupProperty: 'communityCode', orderProperty: 'creditCode', groups, limit: page.limit, after: page.after }),
      (row) => row.communityCode,
    );
  const codes = (rows: readonly TestEnterprise[]) => rows.map((row) => row.creditCode);

  it('loads one page for each of several groups with one statement, the limit applying per group', async () => {
    const loader = newLoader();
    const page: PageRequest = { limit: 3 };
    const { result, statements } = await db.counting(() => Promise.all(['B', 'A', 'C', 'Z'].map((group) => loader.load({ group, page }))));
    expect(statements).toBe(1);
    expect(result.map(codes)).toEqual([['E02', 'E04', 'E08'], ['E01', 'E03', 'E05'], ['E06'], []]);
  });

  it('honours the after cursor', async () => {
    const loader = newLoader();
    const page: PageRequest = { limit: 2, after: 'E03' };
    const [a, b] = await Promise.all([loader.load({ group: 'A', page }), loader.load({ group: 'B', page })]);
    expect(codes(a)).toEqual(['E05', 'E07']);
    expect(codes(b)).toEqual(['E04', 'E08']);
  });

  it('keeps keys with different pages apart: one statement per distinct page, each key its own answer', async () => {
    const loader = newLoader();
    const { result, statements } = await db.counting(() =>
      Promise.all([
        loader.load({ group: 'A', page: { limit: 1 } }),
        loader.load({ group: 'A', page: { limit: 4 } }),
        loader.load({ group: 'B', page: { limit: 1 } }),
        loader.load({ group: 'A', page: { limit: 4, after: 'E05' } }),
      ]),
    );
    expect(statements).toBe(3);
    expect(result.map(codes)).toEqual([['E01'], ['E01', 'E03', 'E05', 'E07'], ['E02'], ['E07', 'E09']]);
  });

  it('treats equal page requests as the same key (cached per request)', async () => {
    const loader = newLoader();
    await loader.load({ group: 'A', page: { limit: 2 } });
    const { result, statements } = await db.counting(() => loader.load({ group: 'A', page: { limit: 2 } }));
    expect(statements).toBe(0);
    expect(codes(result)).toEqual(['E01', 'E03']);
  });
});
