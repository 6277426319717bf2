import { contractOperation as operation, expectMoreThan, expectNearly, figureData } from './support/figures';
import { startStack, type Stack } from './support/stack';

const HUXI = '320571001000';
const HONGZHUANG_TEAM = 'PT-320506003001-01';

/**
 * The source document's figures (../shared/DESIGN.md, "The source document"; the README's inventory), as aggregates over
 * the seeded records, through the gateway. The safe-community association's national work is in safe-community-figures.e2e.ts.
 */
describe("the document's figures, from the seeded data set", () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack.stop());

  const data = <T>(query: string, variables?: Record<string, unknown>): Promise<T> => figureData<T>(stack, query, variables);

  it('Suzhou held 22,334 police-citizen talks from 2009-04-09 through 2011, with 81,540 officer deployments and 38万余 people helped', async () => {
    type Stats = { talkEventStats: Array<{ period: string; events: number; officersDeployed: number; peopleHelped: number }> };
    const { talkEventStats } = await data<Stats>(operation('TalkEventStats'), { from: '2009-04-09', to: '2011-12-31' });
    const total = (field: 'events' | 'officersDeployed' | 'peopleHelped') => talkEventStats.reduce((sum, row) => sum + row[field], 0);
    expect(talkEventStats.map((row) => row.period)).toEqual(['2009', '2010', '2011']);
    expect(total('events')).toBe(22_334);
    expect(total('officersDeployed')).toBe(81_540);
    expectMoreThan(total('peopleHelped'), 380_000);
    // The work grew after the start in April 2009.
    expect(talkEventStats[2].events).toBeGreaterThan(talkEventStats[1].events);
    expect(talkEventStats[1].events).toBeGreaterThan(talkEventStats[0].events);
    // Nothing before the first talk.
    const before = await data<Stats>(operation('TalkEventStats'), { from: '2009-01-01', to: '2009-04-08' });
    expect(before.talkEventStats.reduce((sum, row) => sum + row.events, 0)).toBe(0);
  });

  it('the first talk was at Jinyi New Village (13000多 migrants) on 2009-04-09, about the night-snack stalls, resolved by the snack square', async () => {
    const { talkEvent } = await data<{ talkEvent: { heldOn: string; community: { name: string }; concerns: Array<{ concern: string; resolution: string | null }> } }>(
      `{ talkEvent(id: "TE-20090409-0001") { heldOn community { name } concerns { concern resolution } } }`,
    );
    expect(talkEvent).toMatchObject({ heldOn: '2009-04-09', community: { name: '锦衣新村' } });
    expect(talkEvent.concerns.map((concern) => concern.concern)).toEqual(['夜宵摊噪音扰民', '地面油腻易摔倒', '酒后打架']);
    for (const concern of talkEvent.concerns) expect(concern.resolution).toContain('东镇路小吃广场');
    // 外来人口: residents from elsewhere, new Suzhou residents and foreign residents alike.
    const { community } = await data<{ community: { name: string; newResidentCount: number; foreignResidentCount: number } }>(
      `{ community(code: "320571002001") { name newResidentCount foreignResidentCount } }`,
    );
    expect(community.name).toBe('锦衣新村');
    expectMoreThan(community.newResidentCount + community.foreignResidentCount, 13_000);
  });

  it('the Huxi committee has 35 communities, 62000余 residents, 60%以上 of them new residents and 7510余 foreign', async () => {
    type Overview = {
      subDistrict: {
        name: string;
        residentCount: number;
        communities: { totalCount: number; nodes: Array<{ code: string; residentCount: number; foreignResidentCount: number }> };
      };
    };
    const { subDistrict } = await data<Overview>(operation('SubDistrictOverview'), { code: HUXI });
    expect(subDistrict.name).toBe('湖西社工委');
    expect(subDistrict.communities.totalCount).toBe(35);
    expect(subDistrict.communities.nodes).toHaveLength(35);
    expectMoreThan(subDistrict.residentCount, 62_000);
    expect(subDistrict.communities.nodes.reduce((sum, node) => sum + node.residentCount, 0)).toBe(subDistrict.residentCount);
    expectMoreThan(
      subDistrict.communities.nodes.reduce((sum, node) => sum + node.foreignResidentCount, 0),
      7_510,
    );
    const { communities } = await data<{ communities: { nodes: Array<{ newResidentCount: number; contactPersons: unknown[] }> } }>(
      `query ($code: ID!) { communities(subDistrictCode: $code, first: 100) { nodes { newResidentCount contactPersons { id } } } }`,
      { code: HUXI },
    );
    expect(communities.nodes.reduce((sum, node) => sum + node.newResidentCount, 0) / subDistrict.residentCount).toBeGreaterThanOrEqual(0.6);
    // A contact person (民情联系人) for every residents' committee.
    for (const node of communities.nodes) expect(node.contactPersons.length).toBeGreaterThanOrEqual(1);
  });

  it('the Dongzhen Road snack square: 500多万元, 52 stalls licensed in July 2010', async () => {
    const { venues } = await data<{
      venues: Array<{
        name: string;
        investmentYuan: number;
        community: { name: string };
        stalls: { totalCount: number; nodes: Array<{ licensedOn: string; enterprise: { kind: string } }> };
      }>;
    }>(`{ venues { name investmentYuan community { name } stalls(first: 500) { totalCount nodes { licensedOn enterprise { kind } } } } }`);
    const square = venues.find((venue) => venue.name === '东镇路小吃广场')!;
    // One record's amount: the document gives the town's investment as one sum.
    expectMoreThan(square.investmentYuan, 5_000_000);
    expect(square.community.name).toBe('锦衣新村');
    expect(square.stalls.totalCount).toBe(52);
    for (const stall of square.stalls.nodes) expect(stall).toEqual({ licensedOn: expect.stringMatching(/^2010-07-/), enterprise: { kind: 'INDIVIDUAL_BUSINESS' } });
  });

  it("Hongzhuang's volunteer patrol kept the rule every day of 2011 (6名以上, 8 hours, a week per member), with guards of 近500 factories of 360多 enterprises", async () => {
    type Compliance = {
      patrolTeam: {
        name: string;
        community: { name: string };
        memberCount: number;
        enterprises: Array<{ creditCode: string; name: string }>;
        compliance: { days: number; compliantDays: number; nonCompliantDates: string[] };
      };
    };
    const { patrolTeam } = await data<Compliance>(operation('PatrolCompliance'), { teamId: HONGZHUANG_TEAM, from: '2011-01-01', to: '2011-12-31' });
    expect(patrolTeam).toMatchObject({ name: '洪庄社会企业志愿巡逻队', community: { name: '洪庄社区' } });
    expect(patrolTeam.compliance).toEqual({ days: 365, compliantDays: 365, nonCompliantDates: [] });
    expectMoreThan(new Set(patrolTeam.enterprises.map((enterprise) => enterprise.creditCode)).size, 360);
    // 近500 factories: one guard each.
    expectNearly(patrolTeam.memberCount, 500);
    // 每年巡逻时间不少于一周: every member named on shifts on at least 7 days of 2011.
    type Duty = { patrolTeam: { duty: { members: number; fewestDays: number; membersUnderAWeek: number } } };
    const { duty } = (await data<Duty>(`{ patrolTeam(id: "${HONGZHUANG_TEAM}") { duty(from: "2011-01-01", to: "2011-12-31") { members fewestDays membersUnderAWeek } } }`))
      .patrolTeam;
    expect(duty).toEqual({ members: patrolTeam.memberCount, fewestDays: expect.any(Number), membersUnderAWeek: 0 });
    expect(duty.fewestDays).toBeGreaterThanOrEqual(7);
  });

  it('the Industrial Park piloted carbon-emission trading in 2010, the first in the province: government-enterprise reduction agreements', async () => {
    type Agreements = {
      emissionAgreements: { totalCount: number; nodes: Array<{ signedOn: string; pilot: string; enterprise: { community: { subDistrict: { district: string } } | null } }> };
    };
    const { emissionAgreements } = await data<Agreements>(
      `{ emissionAgreements(first: 500) { totalCount nodes { signedOn pilot enterprise { community { subDistrict { district } } } } } }`,
    );
    const pilot = emissionAgreements.nodes.filter((node) => node.pilot === '苏州工业园区碳排放交易试点');
    expect(pilot.length).toBeGreaterThanOrEqual(2);
    for (const node of pilot) expect(node).toMatchObject({ signedOn: expect.stringMatching(/^2010-/), enterprise: { community: { subDistrict: { district: '苏州工业园区' } } } });
    // 率先: no agreement of any pilot before 2010.
    expect(emissionAgreements.nodes.filter((node) => node.signedOn < '2010-01-01')).toEqual([]);
  });

  it("Taicang's 2009 linkage: the pilot towns Chengxiang and Shuangfeng signed entrustment agreements in 2009", async () => {
    const { entrustmentAgreements } = await data<{ entrustmentAgreements: Array<{ signedOn: string; town: { name: string; city: string } }> }>(
      `{ entrustmentAgreements { signedOn town { name city } } }`,
    );
    expect(new Set(entrustmentAgreements.map((row) => row.town.name))).toEqual(new Set(['城厢镇', '双凤镇']));
    for (const row of entrustmentAgreements) expect(row).toMatchObject({ signedOn: expect.stringMatching(/^2009-/), town: { city: '太仓市' } });
  });

  it('Canglang bought three public services from associations by four methods', async () => {
    const { serviceContracts } = await data<{ serviceContracts: { nodes: Array<{ purchaser: string; service: string; method: string; provider: { kind: string } }> } }>(
      `{ serviceContracts(first: 500) { nodes { purchaser service method provider { kind } } } }`,
    );
    const canglang = serviceContracts.nodes.filter((node) => node.purchaser.startsWith('沧浪区'));
    expect(new Set(canglang.map((node) => node.service))).toEqual(new Set(['OUTDOOR_ADVERTISING', 'ELDERLY_CARE', 'CITY_APPEARANCE_AND_SANITATION']));
    expect(new Set(canglang.map((node) => node.method))).toEqual(new Set(['PUBLIC_TENDER', 'PROJECT_CONTRACTING', 'PROJECT_APPLICATION', 'ENTRUSTED_MANAGEMENT']));
  });

  it("Huxi's work committee started its programme modelled on Singapore in 2009", async () => {
    const { volunteerProgrammes } = await data<{ volunteerProgrammes: Array<{ name: string; startedOn: string; subDistrict: { name: string } }> }>(
      `{ volunteerProgrammes { name startedOn subDistrict { name } } }`,
    );
    expect(volunteerProgrammes).toContainEqual({ name: '以新加坡为榜样', startedOn: expect.stringMatching(/^2009-/), subDistrict: { name: '湖西社工委' } });
  });

  it('the safe-community association: 10多 sessions and 近2000 trained in 2011, 4 + 2 support centres, 19 recommended and 13 designated internationally', async () => {
    type Work = { year: number; trainingSessions: number; trainees: number; supportCentres: number; recommendedInternationally: number; designatedInternationally: number };
    const query = `query ($year: Int!) { safeCommunityWork(year: $year) { year trainingSessions trainees supportCentres recommendedInternationally designatedInternationally } }`;
    const work2011 = (await data<{ safeCommunityWork: Work }>(query, { year: 2011 })).safeCommunityWork;
    expectMoreThan(work2011.trainingSessions, 10);
    expectNearly(work2011.trainees, 2_000);
    expect(work2011.recommendedInternationally).toBe(19);
    expect(work2011.designatedInternationally).toBe(13);
    expect(work2011.supportCentres).toBe(6);
    expect((await data<{ safeCommunityWork: Work }>(query, { year: 2010 })).safeCommunityWork.supportCentres).toBe(4);
    const { supportCentres } = await data<{ supportCentres: Array<{ city: string; establishedYear: number }> }>(`{ supportCentres { city establishedYear } }`);
    expect(
      supportCentres
        .filter((centre) => centre.establishedYear === 2011)
        .map((centre) => centre.city)
        .sort(),
    ).toEqual(['六安市', '沈阳市']);
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

  it("Shanghai's 69 sub-districts and towns started building safe communities in 2011, 1.2 times the total of the six previous years", async () => {
    const { safeCommunityDesignations } = await data<{ safeCommunityDesignations: Array<{ year: number; community: { subDistrict: { code: string; city: string } } | null }> }>(
      `{ safeCommunityDesignations(status: STARTED) { year community { subDistrict { code city } } } }`,
    );
    // Sub-districts and towns (街道、乡镇), each counted once, whose community started in the years given.
    const shanghai = (from: number, to: number) =>
      new Set(
        safeCommunityDesignations.filter((row) => row.year >= from && row.year <= to && row.community?.subDistrict.city === '上海市').map((row) => row.community!.subDistrict.code),
      ).size;
    expect(shanghai(2011, 2011)).toBe(69);
    const previousSix = shanghai(2005, 2010);
    expect(previousSix).toBe(58);
    expect(shanghai(1989, 2004)).toBe(0);
    // 69 / 58 = 1.19, which the document writes as 1.2 (one decimal).
    expect(Math.round((shanghai(2011, 2011) / previousSix) * 10) / 10).toBe(1.2);
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
