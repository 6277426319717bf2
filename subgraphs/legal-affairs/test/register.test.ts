import { ENTITIES_QUERY, startSoloSubgraph, type SoloSubgraph } from '@governance/testkit/subgraph';
import { legalAffairs } from '../src/subgraph';
import { records, statementsFor } from './support';

interface Stat {
  year: number | null;
  outcome: string | null;
  bodyLevel: string | null;
  cases: number;
}
const STATS = `query ($from: Date!, $to: Date!, $groupBy: [ReconsiderationDimension!]!) { reconsiderationStats(from: $from, to: $to, groupBy: $groupBy) { year outcome bodyLevel cases } }`;
const CASELOAD = '{ total pending revokedOrConfirmedUnlawful outcomes { outcome cases } }';
const sum = (rows: readonly Stat[]) => rows.reduce((total, row) => total + row.cases, 0);

describe('legal-affairs: the reconsideration register', () => {
  let solo: SoloSubgraph;
  const stats = async (groupBy: string[], from = '2005-01-01', to = '2010-12-31') => {
    const result = await solo.query<{ reconsiderationStats: Stat[] }>(STATS, { from, to, groupBy });
    expect(result.errors).toBeUndefined();
    return result.data!.reconsiderationStats;
  };
  beforeAll(async () => {
    solo = await startSoloSubgraph(legalAffairs);
  });
  afterAll(() => solo.stop());

  it('counts the cases accepted each year by one GROUP BY, and their outcomes', async () => {
    const byYear = await stats(['YEAR']);
    expect(byYear.map((row) => row.year)).toEqual([2005, 2006, 2007, 2008, 2009, 2010]);
    expect(byYear.every((row) => row.outcome === null && row.bodyLevel === null)).toBe(true);
    expect(sum(byYear)).toBe(records.cases.length);
    const byOutcome = await stats(['OUTCOME']);
    expect(sum(byOutcome)).toBe(sum(byYear));
    const seeded = (outcome: string) => records.cases.filter((record) => record.outcome === outcome).length;
    for (const row of byOutcome) expect([row.outcome, row.cases]).toEqual([row.outcome, seeded(row.outcome!)]);
    const both = await stats(['OUTCOME', 'YEAR']);
    expect(both[0]).toMatchObject({ year: 2005, outcome: expect.any(String) });
    expect(sum(both)).toBe(sum(byYear));
    expect(await stats([])).toEqual([{ year: null, outcome: null, bodyLevel: null, cases: sum(byYear) }]);
    // Nothing outside the years the register holds.
    expect(await stats(['YEAR'], '2011-01-01', '2011-12-31')).toEqual([]);
  });

  it('groups by the level of the accepting body: the city and the districts both accepted cases', async () => {
    const levels = await stats(['BODY_LEVEL']);
    expect(levels.map((row) => row.bodyLevel)).toEqual(['CITY', 'DISTRICT']);
    expect(levels.every((row) => row.cases > 0)).toBe(true);
  });

  it('refuses a range that ends before it starts, naming the argument', async () => {
    const result = await solo.query(STATS, { from: '2010-01-01', to: '2009-01-01', groupBy: ['YEAR'] });
    expect(result.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
  });

  it('lists the offices with their caseloads as respondents and as bodies, which add up to every case', async () => {
    const result = await solo.query<{
      administrativeBodies: Array<{ code: string; kind: string; heardBy: { code: string } | null; caseload: { total: number }; casesHeard: { total: number } }>;
    }>(`{ administrativeBodies { code kind heardBy { code } caseload { total } casesHeard { total } } }`);
    const bodies = result.data!.administrativeBodies;
    expect(bodies).toHaveLength(records.bodies.length);
    expect(bodies.reduce((total, body) => total + body.caseload.total, 0)).toBe(records.cases.length);
    expect(bodies.reduce((total, body) => total + body.casesHeard.total, 0)).toBe(records.cases.length);
    // Governments and departments both heard cases (the city's commerce bureau hears its district branches).
    expect(new Set(bodies.filter((body) => body.casesHeard.total > 0).map((body) => body.kind))).toEqual(new Set(['GOVERNMENT', 'DEPARTMENT']));
    // An office heard by the province has no cases here.
    for (const body of bodies.filter((candidate) => candidate.heardBy === null)) expect(body.caseload.total).toBe(0);
  });

  it("gives a caseload for each of the platform's agencies that were respondents, and refuses one that is not an agency", async () => {
    const caseload = async (agency: string) =>
      solo.query<{ agencyReconsiderationCaseload: { total: number; revokedOrConfirmedUnlawful: number } }>(
        `query ($agency: String!) { agencyReconsiderationCaseload(agency: $agency) ${CASELOAD} }`,
        { agency },
      );
    const police = (await caseload('public-security')).data!.agencyReconsiderationCaseload;
    const respondentAgency = new Map(records.bodies.map((body) => [body.code, body.agency]));
    expect(police.total).toBe(records.cases.filter((record) => respondentAgency.get(record.respondentCode) === 'public-security').length);
    expect(police.total).toBeGreaterThan(0);
    expect((await caseload('commerce-bureau')).data!.agencyReconsiderationCaseload.total).toBeGreaterThan(0);
    const refused = await caseload('tax-bureau');
    expect(refused.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'agency' });
  });

  it("adds a caseload to the commerce bureau's enterprises, resolved by credit code for the gateway", async () => {
    const concerned = records.cases.find((record) => record.enterpriseCreditCode !== null)!.enterpriseCreditCode!;
    const result = await solo.query<{ _entities: Array<{ reconsiderationCaseload: { total: number } }> }>(
      ENTITIES_QUERY(`... on Enterprise { reconsiderationCaseload ${CASELOAD} }`),
      {
        representations: [
          { __typename: 'Enterprise', creditCode: concerned },
          { __typename: 'Enterprise', creditCode: '91320571MA1M0000X0' },
        ],
      },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!._entities[0].reconsiderationCaseload.total).toBe(records.cases.filter((record) => record.enterpriseCreditCode === concerned).length);
    expect(result.data!._entities[1].reconsiderationCaseload).toEqual({ total: 0, pending: 0, revokedOrConfirmedUnlawful: 0, outcomes: [] });
  });

  it("lists the ten systems in the document's order, each established by every body that heard cases by 2010 and by fewer in 2005", async () => {
    const systems = async (asOf: string) =>
      (
        await solo.query<{ reconsiderationSystems: Array<{ system: string; name: string; bodies: number }> }>(
          `query ($asOf: Date) { reconsiderationSystems(asOf: $asOf) { system name bodies } }`,
          { asOf },
        )
      ).data!.reconsiderationSystems;
    const end2010 = await systems('2010-12-31');
    expect(end2010.map((row) => row.name)).toEqual(['简易程序', '听证', '实地调查核实', '专家咨询', '分析报告', '案件流程管理', '定期统计', '调解', '行政首长负责制', '考核']);
    const hearing = new Set(records.bodies.map((body) => body.heardByCode).filter((code) => code !== null)).size;
    expect(end2010.map((row) => row.bodies)).toEqual(Array(10).fill(hearing));
    expect((await systems('2005-12-31')).reduce((total, row) => total + row.bodies, 0)).toBeLessThan(10 * hearing);
  });

  it('pages through cases narrowed by outcome, with the total from the database', async () => {
    const page = async (after: string | null) =>
      (
        await solo.query<{
          reconsiderationCases: {
            totalCount: number;
            nodes: Array<{ id: string; outcome: string; respondent: { name: string }; reconsiderationBody: { code: string } }>;
            pageInfo: { endCursor: string; hasNextPage: boolean };
          };
        }>(
          `query ($after: String) { reconsiderationCases(outcome: REVOKED, first: 6, after: $after) { totalCount nodes { id outcome respondent { name } reconsiderationBody { code } } pageInfo { endCursor hasNextPage } } }`,
          { after },
        )
      ).data!.reconsiderationCases;
    const first = await page(null);
    const second = await page(first.pageInfo.endCursor);
    const revoked = records.cases.filter((record) => record.outcome === 'REVOKED').length;
    expect(first.totalCount).toBe(revoked);
    expect([...first.nodes, ...second.nodes].map((node) => node.outcome)).toEqual(Array(revoked).fill('REVOKED'));
    expect(second.pageInfo.hasNextPage).toBe(false);
  });

  it("costs the same statements for two offices' caseloads as for all of them", async () => {
    const query = `query ($codes: [_Any!]!) { _entities(representations: $codes) { ... on AdministrativeBody { name caseload ${CASELOAD} casesHeard { total } systems { system } heardBy { name } } } }`;
    const representations = (codes: string[]) => ({ codes: codes.map((code) => ({ __typename: 'AdministrativeBody', code })) });
    const codes = records.bodies.map((body) => body.code);
    expect(await statementsFor(solo, query, representations(codes.slice(0, 2)))).toBe(await statementsFor(solo, query, representations(codes)));
  });
});
