import { encodeCursor } from '@governance/kit';
import { ENTITIES_QUERY, startSoloSubgraph, type SoloSubgraph } from '@governance/testkit/subgraph';
import { industryAssociations } from '../src/subgraph';
import { BILUOCHUN, CHAMBER, TEA_ASSOCIATION, TEA_GROWERS, core, records } from './support/fixtures';

type Page = { totalCount: number; nodes: Array<{ since: string; enterprise: { creditCode: string } }>; pageInfo: { endCursor: string | null; hasNextPage: boolean } };
type EnterpriseView = {
  creditCode: string;
  memberships: Array<{ since: string; role: string; association: { name: string } }> | null;
  certificationMarks: Array<{ name: string }> | null;
};

const PAGE = `query ($c: ID!, $first: Int, $after: String) { association(creditCode: $c) {
  memberships(first: $first, after: $after) { totalCount nodes { since enterprise { creditCode } } pageInfo { endCursor hasNextPage } }
} }`;
const ENTERPRISES = ENTITIES_QUERY('... on Enterprise { creditCode memberships { since role association { name } } certificationMarks { name } }');

describe('memberships', () => {
  let solo: SoloSubgraph;
  beforeAll(async () => {
    solo = await startSoloSubgraph(industryAssociations);
  });
  afterAll(() => solo.stop());

  async function walk(creditCode: string, first: number): Promise<{ pages: Page[]; members: string[] }> {
    const pages: Page[] = [];
    let after: string | null = null;
    do {
      const result = await solo.query<{ association: { memberships: Page } }>(PAGE, { c: creditCode, first, after });
      expect(result.errors).toBeUndefined();
      const page: Page = result.data!.association.memberships;
      pages.push(page);
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after !== null && pages.length < 50);
    return { pages, members: pages.flatMap((page) => page.nodes.map((node) => node.enterprise.creditCode)) };
  }

  it('walks the tea association one member at a time, each member once, in since order', async () => {
    const { pages, members } = await walk(TEA_ASSOCIATION, 1);
    expect(pages).toHaveLength(TEA_GROWERS.length);
    for (const page of pages) expect(page.totalCount).toBe(TEA_GROWERS.length);
    expect(members.sort()).toEqual([...TEA_GROWERS].sort());
    const sinces = pages.map((page) => page.nodes[0].since);
    expect(sinces).toEqual([...sinces].sort());
  });

  it('pages the chamber by 2 into the same list as one page of 100', async () => {
    const expected = records.memberships
      .filter((membership) => membership.associationCreditCode === CHAMBER)
      .sort((a, b) => (a.since === b.since ? a.enterpriseCreditCode.localeCompare(b.enterpriseCreditCode) : a.since.localeCompare(b.since)))
      .map((membership) => membership.enterpriseCreditCode);
    expect(expected.length).toBeGreaterThan(4);
    expect((await walk(CHAMBER, 2)).members).toEqual(expected);
    expect((await walk(CHAMBER, 100)).members).toEqual(expected);
  });

  it('refuses a cursor it did not issue', async () => {
    for (const after of ['bm9wZQ', encodeCursor('2009-01-01')]) {
      const result = await solo.query(PAGE, { c: TEA_ASSOCIATION, first: 1, after });
      expect(result.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    }
  });

  it('adds memberships and marks to enterprise references; an enterprise it does not know has none', async () => {
    const [grower] = TEA_GROWERS;
    const outsider = core.enterprises.find((enterprise) => enterprise.industry === 'RETAIL' && enterprise.kind === 'INDIVIDUAL_BUSINESS')!.creditCode;
    const result = await solo.query<{ _entities: EnterpriseView[] }>(ENTERPRISES, {
      representations: [grower, outsider, '91320571MA00000000'].map((creditCode) => ({ __typename: 'Enterprise', creditCode })),
    });
    expect(result.errors).toBeUndefined();
    const [tea, shop, unknown] = result.data!._entities;
    expect(tea.memberships!.map((membership) => membership.association.name)).toEqual(['吴中区洞庭山碧螺春茶叶协会']);
    expect(tea.certificationMarks).toEqual([{ name: '洞庭山碧螺春' }]);
    expect(shop).toEqual({ creditCode: outsider, memberships: [], certificationMarks: [] });
    expect(unknown).toMatchObject({ memberships: [], certificationMarks: [] });
  });

  it('gives each of 500 enterprises its memberships with their associations, oldest first, then by association', async () => {
    const members = [...new Set(records.memberships.map((membership) => membership.enterpriseCreditCode))];
    const codes = [...members, ...core.enterprises.map((enterprise) => enterprise.creditCode).filter((code) => !members.includes(code))].slice(0, 500);
    // The data set gives an enterprise one membership at most: a tea grower joins the other two as well, the
    // one with the lower credit code last (so association order is not since order), the other on the day it joined the tea association.
    const [grower] = TEA_GROWERS;
    const since = records.memberships.find((membership) => membership.enterpriseCreditCode === grower)!.since;
    const joined = core.associations
      .filter((association) => association.creditCode !== TEA_ASSOCIATION)
      .sort((a, b) => a.creditCode.localeCompare(b.creditCode))
      .map((association, index) => ({
        associationCreditCode: association.creditCode,
        enterpriseCreditCode: grower,
        since: index === 0 ? '2012-06-30' : since,
        role: 'COUNCIL_MEMBER' as const,
      }));
    const db = solo.subgraph.db;
    const insert = 'INSERT INTO membership (association_credit_code, enterprise_credit_code, since, role) VALUES (?, ?, ?, ?)';
    for (const row of joined) await db.query(insert, [row.associationCreditCode, row.enterpriseCreditCode, row.since, row.role]);
    type Answer = {
      _entities: Array<{ creditCode: string; memberships: Array<{ since: string; role: string; association: { creditCode: string; name: string; kind: string } }> }>;
    };
    const result = await solo
      .query<Answer>(ENTITIES_QUERY('... on Enterprise { creditCode memberships { since role association { creditCode name kind } } }'), {
        representations: codes.map((creditCode) => ({ __typename: 'Enterprise', creditCode })),
      })
      .finally(() => db.query('DELETE FROM membership WHERE enterprise_credit_code = ? AND association_credit_code <> ?', [grower, TEA_ASSOCIATION]));
    expect(result.errors).toBeUndefined();
    const associations = new Map(core.associations.map((association) => [association.creditCode, association]));
    const expected = codes.map((creditCode) => ({
      creditCode,
      memberships: [...records.memberships, ...joined]
        .filter((membership) => membership.enterpriseCreditCode === creditCode)
        .sort((a, b) => a.since.localeCompare(b.since) || a.associationCreditCode.localeCompare(b.associationCreditCode))
        .map((membership) => {
          const association = associations.get(membership.associationCreditCode)!;
          return { since: membership.since, role: membership.role, association: { creditCode: association.creditCode, name: association.name, kind: association.kind } };
        }),
    }));
    expect(expected.find((enterprise) => enterprise.creditCode === grower)!.memberships).toHaveLength(3);
    expect(result.data!._entities).toEqual(expected);
  });

  it("lists the mark's authorised users as a connection", async () => {
    const result = await solo.query<{
      certificationMark: { authorisedUsers: { totalCount: number; nodes: Array<{ authorisedOn: string; enterprise: { creditCode: string }; mark: { name: string } }> } };
    }>(
      `query ($r: ID!) { certificationMark(registrationNumber: $r) { authorisedUsers(first: 10) { totalCount nodes { authorisedOn enterprise { creditCode } mark { name } } } } }`,
      { r: BILUOCHUN },
    );
    expect(result.errors).toBeUndefined();
    const users = result.data!.certificationMark.authorisedUsers;
    expect(users.totalCount).toBe(TEA_GROWERS.length);
    expect(users.nodes.map((node) => node.enterprise.creditCode)).toEqual([...TEA_GROWERS].sort());
    const missing = await solo.query(`{ certificationMark(registrationNumber: "12345") { name } }`);
    expect(missing.errors![0].extensions).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('costs the same number of statements for the memberships of 3 enterprises as for 500 (every member among them)', async () => {
    const statementsFor = async (codes: string[]) => {
      const before = solo.subgraph.statements.count;
      const result = await solo.query<{ _entities: EnterpriseView[] }>(ENTERPRISES, {
        representations: codes.map((creditCode) => ({ __typename: 'Enterprise', creditCode })),
      });
      expect(result.errors).toBeUndefined();
      expect(result.data!._entities).toHaveLength(codes.length);
      return { statements: solo.subgraph.statements.count - before, memberships: result.data!._entities.reduce((sum, entity) => sum + entity.memberships!.length, 0) };
    };
    // Every member enterprise, then others up to 500 (the most one request of the gateway carries).
    const members = [...new Set(records.memberships.map((membership) => membership.enterpriseCreditCode))];
    const all = [...members, ...core.enterprises.map((enterprise) => enterprise.creditCode).filter((code) => !members.includes(code))].slice(0, 500);
    expect(members.length).toBeLessThan(500);
    const few = await statementsFor([TEA_GROWERS[0], ...all.slice(0, 2)]);
    const many = await statementsFor(all);
    expect(many.memberships).toBe(records.memberships.length);
    expect(few.memberships).toBeLessThan(many.memberships);
    expect(few.statements).toBeGreaterThan(0);
    expect(many.statements).toBe(few.statements);
  });
});
