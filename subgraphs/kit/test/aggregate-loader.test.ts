import { createAggregateLoader, totalsByGroup } from '@governance/kit';
import { enterprise, openEnterpriseDb, type EnterpriseDb } from './support/enterprise-db';

const ROWS = [
  enterprise('E01', 'A', 10),
  enterprise('E02', 'B', 20),
  enterprise('E03', 'A', 30),
  enterprise('E04', 'B', 40),
  enterprise('E05', 'A', 50),
  enterprise('E06', 'C', 60),
];

describe('totalsByGroup', () => {
  let db: EnterpriseDb;
  beforeAll(async () => {
    db = await openEnterpriseDb(ROWS);
  });
  afterAll(() => db.dataSource.destroy());

  it('counts rows per group with GROUP BY in one statement, as numbers', async () => {
    const { result, statements } = await db.counting(() => totalsByGroup(db.repository, 'communityCode', ['A', 'B', 'C', 'Z']));
    expect(statements).toBe(1);
    const sorted = [...result].sort((x, y) => x.key.localeCompare(y.key));
    // A group without rows has no GROUP BY row at all: the loader turns it into 0.
    expect(sorted).toEqual([
      { key: 'A', total: 3 },
      { key: 'B', total: 2 },
      { key: 'C', total: 1 },
    ]);
  });

  it('sums a column per group', async () => {
    const result = await totalsByGroup(db.repository, 'communityCode', ['A', 'B'], { sumProperty: 'employees' });
    expect(new Map(result.map((row) => [row.key, row.total]))).toEqual(
      new Map([
        ['A', 90],
        ['B', 60],
      ]),
    );
  });

  it('applies narrowing conditions to the rows it aggregates', async () => {
    const result = await totalsByGroup(db.repository, 'communityCode', ['A', 'B'], {
      narrow: (query) => query.andWhere('e.employees >= :least', { least: 30 }),
    });
    expect(new Map(result.map((row) => [row.key, row.total]))).toEqual(
      new Map([
        ['A', 2],
        ['B', 1],
      ]),
    );
  });
});

describe('createAggregateLoader', () => {
  let db: EnterpriseDb;
  beforeAll(async () => {
    db = await openEnterpriseDb(ROWS);
  });
  afterAll(() => db.dataSource.destroy());

  it('loads COUNTs for several groups with one statement; a group with no rows is 0', async () => {
    const loader = createAggregateLoader<string>((keys) => totalsByGroup(db.repository, 'communityCode', keys));
    const { result, statements } = await db.counting(() => Promise.all(['C', 'Z', 'A', 'B'].map((key) => loader.load(key))));
    expect(statements).toBe(1);
    expect(result).toEqual([1, 0, 3, 2]);
  });

  it('loads SUMs for several groups with one statement; a group with no rows is 0', async () => {
    const loader = createAggregateLoader<string>((keys) => totalsByGroup(db.repository, 'communityCode', keys, { sumProperty: 'employees' }));
    const { result, statements } = await db.counting(() => Promise.all(['B', 'A', 'nobody', 'C'].map((key) => loader.load(key))));
    expect(statements).toBe(1);
    expect(result).toEqual([60, 90, 0, 60]);
  });

  it('gives duplicate keys the same total', async () => {
    const loader = createAggregateLoader<string>((keys) => totalsByGroup(db.repository, 'communityCode', keys));
    const { result, statements } = await db.counting(() => Promise.all(['A', 'A', 'B'].map((key) => loader.load(key))));
    expect(statements).toBe(1);
    expect(result).toEqual([3, 3, 2]);
  });
});
