import { loadContract } from './contract/operations';
import { startStack, type Stack } from './support/stack';

/** The dashboard contract's operation of this name, as the dashboards send it. */
function operation(name: string): string {
  const found = loadContract().find((candidate) => candidate.name === name);
  if (!found) throw new Error(`no operation ${name} in the contract`);
  return found.source;
}

const HUXI = '320571001000';
const HONGZHUANG_TEAM = 'PT-320506003001-01';

/** The source document's figures (../shared/DESIGN.md, "The source document"), as aggregates over the seeded records, through the gateway. */
describe("the document's figures, from the seeded data set", () => {
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

  it('Suzhou held 22,334 police-citizen talks from 2009-04-09 through 2011, with 81,540 officer deployments and 380,000+ people helped', async () => {
    type Stats = { talkEventStats: Array<{ period: string; events: number; officersDeployed: number; peopleHelped: number }> };
    const { talkEventStats } = await data<Stats>(operation('TalkEventStats'), { from: '2009-04-09', to: '2011-12-31' });
    const total = (field: 'events' | 'officersDeployed' | 'peopleHelped') => talkEventStats.reduce((sum, row) => sum + row[field], 0);
    expect(talkEventStats.map((row) => row.period)).toEqual(['2009', '2010', '2011']);
    expect(total('events')).toBe(22_334);
    expect(total('officersDeployed')).toBe(81_540);
    expect(total('peopleHelped')).toBeGreaterThanOrEqual(380_000);
    // The work grew after the start in April 2009.
    expect(talkEventStats[2].events).toBeGreaterThan(talkEventStats[1].events);
    expect(talkEventStats[1].events).toBeGreaterThan(talkEventStats[0].events);
    // Nothing before the first talk.
    const before = await data<Stats>(operation('TalkEventStats'), { from: '2009-01-01', to: '2009-04-08' });
    expect(before.talkEventStats.reduce((sum, row) => sum + row.events, 0)).toBe(0);
  });

  it('the first talk was at Jinyi New Village on 2009-04-09, about the night-snack stalls, resolved by the snack square', async () => {
    const { talkEvent } = await data<{ talkEvent: { heldOn: string; community: { name: string }; concerns: Array<{ concern: string; resolution: string | null }> } }>(
      `{ talkEvent(id: "TE-20090409-0001") { heldOn community { name } concerns { concern resolution } } }`,
    );
    expect(talkEvent).toMatchObject({ heldOn: '2009-04-09', community: { name: '锦衣新村' } });
    expect(talkEvent.concerns.map((concern) => concern.concern)).toEqual(['夜宵摊噪音扰民', '地面油腻易摔倒', '酒后打架']);
    for (const concern of talkEvent.concerns) expect(concern.resolution).toContain('东镇路小吃广场');
  });

  it('the Huxi committee has 35 communities, 62,000+ residents, 60%+ of them new residents and 7,510+ foreign', async () => {
    type Overview = { subDistrict: { name: string; residentCount: number; communities: { totalCount: number; nodes: Array<{ code: string; residentCount: number; foreignResidentCount: number }> } } };
    const { subDistrict } = await data<Overview>(operation('SubDistrictOverview'), { code: HUXI });
    expect(subDistrict.name).toBe('湖西社工委');
    expect(subDistrict.communities.totalCount).toBe(35);
    expect(subDistrict.communities.nodes).toHaveLength(35);
    expect(subDistrict.residentCount).toBeGreaterThanOrEqual(62_000);
    expect(subDistrict.communities.nodes.reduce((sum, node) => sum + node.residentCount, 0)).toBe(subDistrict.residentCount);
    expect(subDistrict.communities.nodes.reduce((sum, node) => sum + node.foreignResidentCount, 0)).toBeGreaterThanOrEqual(7_510);
    const { communities } = await data<{ communities: { nodes: Array<{ newResidentCount: number; contactPersons: unknown[] }> } }>(
      `query ($code: ID!) { communities(subDistrictCode: $code, first: 100) { nodes { newResidentCount contactPersons { id } } } }`,
      { code: HUXI },
    );
    expect(communities.nodes.reduce((sum, node) => sum + node.newResidentCount, 0) / subDistrict.residentCount).toBeGreaterThanOrEqual(0.6);
    // A contact person (民情联系人) for every residents' committee.
    for (const node of communities.nodes) expect(node.contactPersons.length).toBeGreaterThanOrEqual(1);
  });

  it('the Dongzhen Road snack square: 5,000,000+ yuan, 52 stalls licensed in July 2010', async () => {
    const { venues } = await data<{ venues: Array<{ name: string; investmentYuan: number; community: { name: string }; stalls: { totalCount: number; nodes: Array<{ licensedOn: string; enterprise: { kind: string } }> } }> }>(
      `{ venues { name investmentYuan community { name } stalls(first: 500) { totalCount nodes { licensedOn enterprise { kind } } } } }`,
    );
    const square = venues.find((venue) => venue.name === '东镇路小吃广场')!;
    expect(square.investmentYuan).toBeGreaterThanOrEqual(5_000_000);
    expect(square.community.name).toBe('锦衣新村');
    expect(square.stalls.totalCount).toBe(52);
    for (const stall of square.stalls.nodes) expect(stall).toEqual({ licensedOn: expect.stringMatching(/^2010-07-/), enterprise: { kind: 'INDIVIDUAL_BUSINESS' } });
  });

  it("Hongzhuang's volunteer patrol kept the rule every day of 2011, with guards of 360+ enterprises", async () => {
    type Compliance = { patrolTeam: { name: string; community: { name: string }; memberCount: number; enterprises: Array<{ creditCode: string; name: string }>; compliance: { days: number; compliantDays: number; nonCompliantDates: string[] } } };
    const { patrolTeam } = await data<Compliance>(operation('PatrolCompliance'), { teamId: HONGZHUANG_TEAM, from: '2011-01-01', to: '2011-12-31' });
    expect(patrolTeam).toMatchObject({ name: '洪庄社会企业志愿巡逻队', community: { name: '洪庄社区' } });
    expect(patrolTeam.compliance).toEqual({ days: 365, compliantDays: 365, nonCompliantDates: [] });
    expect(new Set(patrolTeam.enterprises.map((enterprise) => enterprise.creditCode)).size).toBeGreaterThanOrEqual(360);
    // ~500 factories: one guard each.
    expect(patrolTeam.memberCount).toBeGreaterThanOrEqual(480);
    expect(patrolTeam.memberCount).toBeLessThanOrEqual(520);
  });

  it('the safe-community association: 10+ sessions and ~2,000 trained in 2011, 4 + 2 support centres, 19 recommended and 13 designated internationally', async () => {
    type Work = { year: number; trainingSessions: number; trainees: number; supportCentres: number; recommendedInternationally: number; designatedInternationally: number };
    const query = `query ($year: Int!) { safeCommunityWork(year: $year) { year trainingSessions trainees supportCentres recommendedInternationally designatedInternationally } }`;
    const work2011 = (await data<{ safeCommunityWork: Work }>(query, { year: 2011 })).safeCommunityWork;
    expect(work2011.trainingSessions).toBeGreaterThanOrEqual(10);
    expect(Math.abs(work2011.trainees - 2_000)).toBeLessThanOrEqual(50);
    expect(work2011.recommendedInternationally).toBe(19);
    expect(work2011.designatedInternationally).toBe(13);
    expect(work2011.supportCentres).toBe(6);
    expect((await data<{ safeCommunityWork: Work }>(query, { year: 2010 })).safeCommunityWork.supportCentres).toBe(4);
    const { supportCentres } = await data<{ supportCentres: Array<{ city: string; establishedYear: number }> }>(`{ supportCentres { city establishedYear } }`);
    expect(supportCentres.filter((centre) => centre.establishedYear === 2011).map((centre) => centre.city).sort()).toEqual(['六安市', '沈阳市']);
    // The designations behind the figures, each on a community the committees know.
    const { safeCommunityDesignations } = await data<{ safeCommunityDesignations: Array<{ status: string; year: number; community: { name: string } | null }> }>(
      `{ safeCommunityDesignations(level: INTERNATIONAL) { status year community { name } } }`,
    );
    const of2011 = (status: string) => safeCommunityDesignations.filter((row) => row.year === 2011 && row.status === status);
    expect(of2011('RECOMMENDED')).toHaveLength(19);
    expect(of2011('DESIGNATED')).toHaveLength(13);
    for (const row of safeCommunityDesignations) expect(row.community).not.toBeNull();
    const names = safeCommunityDesignations.map((row) => row.community!.name);
    for (const named of ['青岛崂山金家岭社区', '大连金州七顶山社区', '宁波海曙白云社区', '华北油田花园社区', '晋煤集团社区']) expect(names).toContain(named);
  });

  it("Shanghai's 69 sub-districts and towns started building safe communities in 2011", async () => {
    const { safeCommunityDesignations } = await data<{ safeCommunityDesignations: Array<{ year: number; community: { subDistrict: { code: string; city: string } } | null }> }>(
      `{ safeCommunityDesignations(status: STARTED) { year community { subDistrict { code city } } } }`,
    );
    const shanghai = safeCommunityDesignations.filter((row) => row.year === 2011 && row.community?.subDistrict.city === '上海市');
    expect(new Set(shanghai.map((row) => row.community!.subDistrict.code)).size).toBe(69);
  });

  it('the enterprise-led safe communities are coal, petrochemical and oil enterprises in the commerce registry', async () => {
    const industries = ['COAL_MINING', 'PETROCHEMICAL', 'OIL_EXTRACTION'];
    const names: string[] = [];
    for (const industry of industries) {
      const { enterprises } = await data<{ enterprises: { nodes: Array<{ name: string }> } }>(
        `query ($industry: Industry) { enterprises(industry: $industry, first: 50) { nodes { name } } }`,
        { industry },
      );
      names.push(...enterprises.nodes.map((node) => node.name));
    }
    expect(names.sort()).toEqual(['中煤能源平朔煤矿', '华北油田', '山西晋煤集团', '燕山石化', '长庆油田'].sort());
  });
});
