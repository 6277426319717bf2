import { GraphQLError } from 'graphql';
import type { SelectQueryBuilder } from 'typeorm';
import { ConnectionArgs, ConnectionType, countRows, DEFAULT_PAGE_SIZE, encodeCursor, findPage, MAX_PAGE_SIZE, pageRequest, toConnection, type PageRequest } from '@governance/kit';
import { enterprise, openEnterpriseDb, TestEnterprise, type EnterpriseDb } from './support/enterprise-db';

class EnterpriseConnection extends ConnectionType(TestEnterprise) {}

// Inserted out of order; community A holds E01, E03, E05, E07.
const ROWS = ['E05', 'E02', 'E07', 'E01', 'E04', 'E06', 'E03'].map((code, i) => enterprise(code, Number(code.slice(1)) % 2 === 1 ? 'A' : 'B', i));

/** The GraphQLError that `run` throws. */
function thrown(run: () => unknown): GraphQLError {
  try {
    run();
  } catch (error) {
    if (error instanceof GraphQLError) return error;
    throw error;
  }
  throw new Error('expected a GraphQLError, nothing was thrown');
}

describe('pageRequest', () => {
  it('defaults first to 20 and takes no cursor', () => {
    expect(DEFAULT_PAGE_SIZE).toBe(20);
    expect(pageRequest(undefined, undefined)).toEqual({ limit: 20 });
    expect(pageRequest(null, null)).toEqual({ limit: 20 });
  });

  it('accepts 0 and 500', () => {
    expect(pageRequest(0, null)).toEqual({ limit: 0 });
    expect(pageRequest(MAX_PAGE_SIZE, null)).toEqual({ limit: 500 });
  });

  it.each([501, -1, 2.5, Number.NaN])('rejects first = %p as BAD_USER_INPUT on field first', (first) => {
    const error = thrown(() => pageRequest(first, null));
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    expect(error.message).toMatch(/^first: must be from 0 to 500/);
  });

  it.each(['garbage!', 'bm90LWEtY3Vyc29y', encodeCursor('').slice(0, -1), ''])('rejects after = %p as BAD_USER_INPUT on field after', (after) => {
    const error = thrown(() => pageRequest(5, after));
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('decodes a cursor back to its sort key, including non-ASCII keys', () => {
    expect(pageRequest(5, encodeCursor('E03'))).toEqual({ limit: 5, after: 'E03' });
    expect(pageRequest(5, encodeCursor('苏州:1'))).toEqual({ limit: 5, after: '苏州:1' });
  });

  it('is what ConnectionArgs.page returns', () => {
    const args = Object.assign(new ConnectionArgs(), { first: 3, after: encodeCursor('E01') });
    expect(args.page).toEqual({ limit: 3, after: 'E01' });
    expect(() => Object.assign(new ConnectionArgs(), { first: 1000 }).page).toThrow(GraphQLError);
  });
});

describe('findPage + countRows + toConnection', () => {
  let db: EnterpriseDb;
  beforeAll(async () => {
    db = await openEnterpriseDb(ROWS);
  });
  afterAll(() => db.dataSource.destroy());

  async function connection(page: PageRequest, community?: string): Promise<EnterpriseConnection> {
    const narrow = community === undefined ? undefined : (query: SelectQueryBuilder<TestEnterprise>) => query.where('e.communityCode = :community', { community });
    const rows = await findPage(db.repository, 'creditCode', page, narrow);
    return toConnection(
      EnterpriseConnection,
      rows,
      page,
      (node) => node.creditCode,
      () => countRows(db.repository, narrow),
    );
  }

  it('fetches one page (limit + 1 rows) with one statement, in sort-key order', async () => {
    const { result, statements } = await db.counting(() => findPage(db.repository, 'creditCode', { limit: 3 }));
    expect(statements).toBe(1);
    expect(result.map((row) => row.creditCode)).toEqual(['E01', 'E02', 'E03', 'E04']);
  });

  it('walks every row exactly once by following endCursor', async () => {
    const seen: string[] = [];
    const pages: Array<{ size: number; hasNextPage: boolean }> = [];
    let after: string | null = null;
    do {
      const page: EnterpriseConnection = await connection(pageRequest(3, after));
      seen.push(...page.nodes.map((node) => node.creditCode));
      pages.push({ size: page.nodes.length, hasNextPage: page.pageInfo.hasNextPage });
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after !== null);
    expect(pages).toEqual([
      { size: 3, hasNextPage: true },
      { size: 3, hasNextPage: true },
      { size: 1, hasNextPage: false },
    ]);
    expect(seen).toEqual(['E01', 'E02', 'E03', 'E04', 'E05', 'E06', 'E07']);
  });

  it('has an opaque endCursor that decodes to the sort key of the last node', async () => {
    const page = await connection({ limit: 2 });
    expect(page.pageInfo.endCursor).not.toContain('E02');
    expect(pageRequest(2, page.pageInfo.endCursor).after).toBe('E02');
  });

  it('says there is no next page when the rows fill the page exactly', async () => {
    const page = await connection({ limit: 7 });
    expect(page.nodes).toHaveLength(7);
    expect(page.pageInfo.hasNextPage).toBe(false);
    expect(pageRequest(1, page.pageInfo.endCursor).after).toBe('E07');
  });

  it('gives an empty page a null endCursor', async () => {
    const page = await connection({ limit: 5, after: 'E07' });
    expect(page.nodes).toEqual([]);
    expect(page.pageInfo).toEqual({ endCursor: null, hasNextPage: false });
  });

  it('narrows pages and totalCount with the same condition; totalCount costs one statement only when asked', async () => {
    const { result: page, statements } = await db.counting(() => connection({ limit: 2 }, 'A'));
    expect(statements).toBe(1);
    expect(page.nodes.map((node) => node.creditCode)).toEqual(['E01', 'E03']);
    expect(page.nodes.every((node) => node.communityCode === 'A')).toBe(true);
    const total = await db.counting(() => page.totalCount());
    expect(total).toEqual({ result: 4, statements: 1 });
    expect(await countRows(db.repository)).toBe(7);
  });
});
