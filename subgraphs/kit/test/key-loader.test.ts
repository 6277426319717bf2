import { createGroupLoader, createKeyLoader, findByKeys } from '@governance/kit';
import { enterprise, openEnterpriseDb, type EnterpriseDb, type TestEnterprise } from './support/enterprise-db';

// Inserted out of key order, so that "key order" cannot come from the table's order by accident.
const ROWS = [
  enterprise('E05', 'A', 50),
  enterprise('E02', 'B', 20),
  enterprise('E07', 'A', 70),
  enterprise('E01', 'A', 10),
  enterprise('E04', 'B', 40),
  enterprise('E06', 'C', 60),
  enterprise('E03', 'A', 30),
];

describe('createKeyLoader + findByKeys', () => {
  let db: EnterpriseDb;
  beforeAll(async () => {
    db = await openEnterpriseDb(ROWS);
  });
  afterAll(() => db.dataSource.destroy());

  const newLoader = () =>
    createKeyLoader<string, TestEnterprise>(
      (keys) => findByKeys(db.repository, 'creditCode', keys),
      (row) => row.creditCode,
    );

  it('loads N keys asked for in the same tick with exactly one SQL statement', async () => {
    const loader = newLoader();
    const keys = ['E06', 'E01', 'E04', 'E07', 'E02'];
    const { result, statements } = await db.counting(() => Promise.all(keys.map((key) => loader.load(key))));
    expect(statements).toBe(1);
    expect(result.map((row) => row?.creditCode)).toEqual(keys);
  });

  it('answers in key order, not in table order', async () => {
    const keys = ['E03', 'E07', 'E01', 'E05'];
    const rows = await newLoader().loadMany(keys);
    expect(rows.map((row) => (row instanceof Error ? row : row?.creditCode))).toEqual(keys);
    expect(rows.map((row) => (row instanceof Error ? row : row?.employees))).toEqual([30, 70, 10, 50]);
  });

  it('resolves a key with no row to null, in its place, within the same statement', async () => {
    const loader = newLoader();
    const { result, statements } = await db.counting(() => Promise.all(['E02', 'NOPE', 'E06'].map((key) => loader.load(key))));
    expect(statements).toBe(1);
    expect(result[0]?.creditCode).toBe('E02');
    expect(result[1]).toBeNull();
    expect(result[2]?.creditCode).toBe('E06');
  });

  it('accepts duplicate keys: each gets the same row, still one statement', async () => {
    const loader = newLoader();
    const keys = ['E04', 'E01', 'E04', 'E04', 'E01'];
    const { result, statements } = await db.counting(() => Promise.all(keys.map((key) => loader.load(key))));
    expect(statements).toBe(1);
    expect(result.map((row) => row?.creditCode)).toEqual(keys);
    expect(result[0]).toBe(result[2]);
  });

  it('sends no statement for a key it has already loaded (per-request cache)', async () => {
    const loader = newLoader();
    await loader.load('E01');
    const { result, statements } = await db.counting(() => loader.load('E01'));
    expect(statements).toBe(0);
    expect(result?.name).toBe('Enterprise E01');
  });

  it('sends one statement per tick when keys are asked for in separate ticks', async () => {
    const loader = newLoader();
    const { statements } = await db.counting(async () => {
      await loader.load('E01');
      await loader.load('E02');
    });
    expect(statements).toBe(2);
  });
});

describe('createGroupLoader', () => {
  let db: EnterpriseDb;
  beforeAll(async () => {
    db = await openEnterpriseDb(ROWS);
  });
  afterAll(() => db.dataSource.destroy());

  const newLoader = () =>
    createGroupLoader<string, TestEnterprise>(
      (keys) => findByKeys(db.repository, 'communityCode', keys),
      (row) => row.communityCode,
    );
  const codes = (rows: readonly TestEnterprise[]) => rows.map((row) => row.creditCode).sort();

  it('loads the rows of several groups with one statement, each group in its key position', async () => {
    const loader = newLoader();
    const { result, statements } = await db.counting(() => Promise.all(['C', 'A', 'B'].map((key) => loader.load(key))));
    expect(statements).toBe(1);
    expect(result.map(codes)).toEqual([['E06'], ['E01', 'E03', 'E05', 'E07'], ['E02', 'E04']]);
  });

  it('gives a group with no rows an empty list', async () => {
    const loader = newLoader();
    const [empty, b] = await Promise.all([loader.load('Z'), loader.load('B')]);
    expect(empty).toEqual([]);
    expect(codes(b)).toEqual(['E02', 'E04']);
  });

  it('gives duplicate group keys the same rows', async () => {
    const loader = newLoader();
    const [first, second] = await Promise.all([loader.load('B'), loader.load('B')]);
    expect(codes(first)).toEqual(['E02', 'E04']);
    expect(codes(second)).toEqual(['E02', 'E04']);
  });
});
