import { loadContract } from './contract/operations';
import { startStack, type Stack } from './support/stack';

/** The contract operation of this name (the legal affairs office's own are in subgraphs/legal-affairs/operations). */
function operation(name: string): string {
  const found = loadContract().find((candidate) => candidate.name === name);
  if (!found) throw new Error(`no operation ${name} in the contract`);
  return found.source;
}

type Stats = { reconsiderationStats: Array<{ year: number; outcome: string; cases: number }>; reconsiderationSystems: Array<{ system: string; name: string; bodies: number }> };
type Bodies = {
  administrativeBodies: Array<{
    code: string;
    level: string;
    kind: string;
    agency: string | null;
    caseload: { total: number; revokedOrConfirmedUnlawful: number };
    casesHeard: { total: number };
  }>;
};

/**
 * The document's administrative-reconsideration paragraph (../shared/reference,
 * 六、优化权益救济保障机制), as aggregates over the seeded cases, through the gateway:
 * "2005年至2010年，苏州市两级政府和部门共受理行政复议案件1129件，经审理撤销或确认违法案件15件"
 * and "简易程序、听证、实地调查核实、专家咨询、分析报告、案件流程管理、定期统计、调解、行政首长负责制和考核等十项行政复议制度".
 */
describe("the document's reconsideration figures, from the seeded data set", () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack.stop());

  async function data<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
    const result = await stack.query<T>(query, variables);
    expect(result.errors).toBeUndefined();
    return result.data!;
  }

  it('Suzhou accepted 1,129 reconsideration cases from 2005 to 2010, and 15 decisions were revoked or confirmed unlawful', async () => {
    const { reconsiderationStats } = await data<Stats>(operation('ReconsiderationStats'), { from: '2005-01-01', to: '2010-12-31' });
    const total = (rows: Stats['reconsiderationStats']) => rows.reduce((sum, row) => sum + row.cases, 0);
    expect(total(reconsiderationStats)).toBe(1_129);
    expect(total(reconsiderationStats.filter((row) => row.outcome === 'REVOKED' || row.outcome === 'CONFIRMED_UNLAWFUL'))).toBe(15);
    // Every year of the period has cases, and none before or after it.
    expect([...new Set(reconsiderationStats.map((row) => row.year))]).toEqual([2005, 2006, 2007, 2008, 2009, 2010]);
    const outside = [
      ...(await data<Stats>(operation('ReconsiderationStats'), { from: '1999-10-01', to: '2004-12-31' })).reconsiderationStats,
      ...(await data<Stats>(operation('ReconsiderationStats'), { from: '2011-01-01', to: '2011-12-31' })).reconsiderationStats,
    ];
    expect(outside).toEqual([]);
  });

  it("the cases were accepted by both levels of government and by their departments, and the offices' caseloads add up to the same figures", async () => {
    const { administrativeBodies } = await data<Bodies>(operation('RespondentCaseloads'));
    const hearing = administrativeBodies.filter((body) => body.casesHeard.total > 0);
    expect(new Set(hearing.map((body) => body.level))).toEqual(new Set(['CITY', 'DISTRICT']));
    expect(new Set(hearing.map((body) => body.kind))).toEqual(new Set(['GOVERNMENT', 'DEPARTMENT']));
    expect(hearing.reduce((sum, body) => sum + body.casesHeard.total, 0)).toBe(1_129);
    expect(administrativeBodies.reduce((sum, body) => sum + body.caseload.total, 0)).toBe(1_129);
    expect(administrativeBodies.reduce((sum, body) => sum + body.caseload.revokedOrConfirmedUnlawful, 0)).toBe(15);
    // Respondents include offices of the platform's own agencies, whose caseloads the agency view adds up.
    for (const agency of ['public-security', 'commerce-bureau']) {
      const offices = administrativeBodies.filter((body) => body.agency === agency);
      expect(offices.length).toBeGreaterThan(0);
      const { agencyReconsiderationCaseload } = await data<{ agencyReconsiderationCaseload: { total: number } }>(
        `query ($agency: String!) { agencyReconsiderationCaseload(agency: $agency) { total } }`,
        { agency },
      );
      expect(agencyReconsiderationCaseload.total).toBe(offices.reduce((sum, body) => sum + body.caseload.total, 0));
    }
  });

  it('every decided case was examined by one of the five review methods the document names (书面审查、实地调查、行政调解、信访对接、召开联席会议)', async () => {
    type ByMethod = { reconsiderationStats: Array<{ outcome: string; reviewMethod: string | null; cases: number }> };
    const { reconsiderationStats } = await data<ByMethod>(
      `query ($from: Date!, $to: Date!) { reconsiderationStats(from: $from, to: $to, groupBy: [OUTCOME, REVIEW_METHOD]) { outcome reviewMethod cases } }`,
      { from: '2005-01-01', to: '2010-12-31' },
    );
    const decided = reconsiderationStats.filter((row) => row.outcome !== 'PENDING');
    expect(decided.every((row) => row.reviewMethod !== null)).toBe(true);
    expect(decided.reduce((sum, row) => sum + row.cases, 0)).toBe(1_129);
    expect(new Set(decided.map((row) => row.reviewMethod))).toEqual(new Set(['WRITTEN_REVIEW', 'ON_SITE_INVESTIGATION', 'MEDIATION', 'PETITION_LIAISON', 'JOINT_MEETING']));
  });

  it('the reconsideration bodies established the ten systems the document lists, every one by the end of 2010', async () => {
    const { reconsiderationSystems } = await data<Stats>(operation('ReconsiderationStats'), { from: '2005-01-01', to: '2010-12-31' });
    expect(reconsiderationSystems.map((row) => row.name)).toEqual([
      '简易程序',
      '听证',
      '实地调查核实',
      '专家咨询',
      '分析报告',
      '案件流程管理',
      '定期统计',
      '调解',
      '行政首长负责制',
      '考核',
    ]);
    const { administrativeBodies } = await data<Bodies>(operation('RespondentCaseloads'));
    const hearing = administrativeBodies.filter((body) => body.casesHeard.total > 0).length;
    for (const row of reconsiderationSystems) expect([row.system, row.bodies]).toEqual([row.system, hearing]);
  });

  it("every applicant is a person of the community committees' register, and every enterprise concerned is in the commerce registry", async () => {
    type Page = {
      reconsiderationCases: {
        totalCount: number;
        nodes: Array<{ applicant: { id: string; name: string | null }; enterprise: { creditCode: string; name: string | null } | null }>;
        pageInfo: { endCursor: string | null; hasNextPage: boolean };
      };
    };
    const nodes: Page['reconsiderationCases']['nodes'] = [];
    let after: string | null = null;
    do {
      const page: Page = await data<Page>(operation('ReconsiderationCases'), { first: 200, after });
      nodes.push(...page.reconsiderationCases.nodes);
      after = page.reconsiderationCases.pageInfo.hasNextPage ? page.reconsiderationCases.pageInfo.endCursor : null;
    } while (after !== null);
    expect(nodes).toHaveLength(1_129);
    expect(nodes.filter((node) => node.applicant.name === null)).toEqual([]);
    const concerned = nodes.filter((node) => node.enterprise !== null);
    expect(concerned.length).toBeGreaterThan(0);
    expect(concerned.filter((node) => node.enterprise!.name === null)).toEqual([]);
  });
});
