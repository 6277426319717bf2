import { ENTITIES_QUERY, startSoloSubgraph, type SoloSubgraph } from '@governance/testkit/subgraph';
import { industryAssociations } from '../src/subgraph';
import { core, records } from './support/fixtures';

type Work = { year: number; trainingSessions: number; trainees: number; supportCentres: number; recommendedInternationally: number; designatedInternationally: number };
type CommunityView = {
  code: string;
  safeCommunityDesignations: Array<{ level: string; status: string; year: number }> | null;
  serviceContracts: Array<{ id: string; service: string; method: string; amountYuan: number; provider: { name: string } }> | null;
};

const WORK = `query ($year: Int!) { safeCommunityWork(year: $year) { year trainingSessions trainees supportCentres recommendedInternationally designatedInternationally } }`;
const COMMUNITIES = ENTITIES_QUERY('... on Community { code safeCommunityDesignations { level status year } serviceContracts { id service method amountYuan provider { name } } }');

describe('safe-community work and purchased services', () => {
  let solo: SoloSubgraph;
  beforeAll(async () => {
    solo = await startSoloSubgraph(industryAssociations);
  });
  afterAll(() => solo.stop());

  it("reproduces the document's 2011 figures from the seeded records", async () => {
    const result = await solo.query<{ safeCommunityWork: Work }>(WORK, { year: 2011 });
    expect(result.errors).toBeUndefined();
    // 10+ sessions, ~2,000 trained; 4 centres in 2010 plus Shenyang and Lu'an in 2011; 19 communities recommended
    // internationally, 13 designated International Safe Communities.
    expect(result.data!.safeCommunityWork).toEqual({
      year: 2011,
      trainingSessions: 11,
      trainees: 1_980,
      supportCentres: 6,
      recommendedInternationally: 19,
      designatedInternationally: 13,
    });
  });

  it('counts another year on its own: 2010 sessions, and the centres established by then', async () => {
    const result = await solo.query<{ safeCommunityWork: Work }>(WORK, { year: 2010 });
    expect(result.data!.safeCommunityWork).toEqual({
      year: 2010,
      trainingSessions: 2,
      trainees: 215,
      supportCentres: 4,
      recommendedInternationally: 0,
      designatedInternationally: 0,
    });
    const bad = await solo.query(WORK, { year: 11 });
    expect(bad.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'year' });
  });

  it('lists the records behind the figures', async () => {
    const result = await solo.query<{
      trainingSessions: Array<{ heldOn: string; trainees: number }>;
      supportCentres: Array<{ city: string; establishedYear: number; serves: string }>;
      promotionProjects: Array<{ name: string }>;
      international: Array<{ status: string; year: number; community: { code: string } }>;
    }>(`{
      trainingSessions(year: 2011) { heldOn trainees }
      supportCentres { city establishedYear serves }
      promotionProjects { name }
      international: safeCommunityDesignations(level: INTERNATIONAL, status: DESIGNATED) { status year community { code } }
    }`);
    expect(result.errors).toBeUndefined();
    const sessions = result.data!.trainingSessions;
    expect(sessions).toHaveLength(11);
    for (const session of sessions) expect(session.heldOn.startsWith('2011-')).toBe(true);
    expect(sessions.map((session) => session.heldOn)).toEqual(sessions.map((session) => session.heldOn).sort());
    const centres = result.data!.supportCentres;
    expect(centres.filter((centre) => centre.establishedYear === 2010)).toHaveLength(4);
    expect(
      centres
        .filter((centre) => centre.establishedYear === 2011)
        .map((centre) => centre.city)
        .sort(),
    ).toEqual(['六安市', '沈阳市']);
    expect(result.data!.promotionProjects.map((project) => project.name)).toContain('宁波海曙区白云街道驾驶员俱乐部项目');
    expect(result.data!.promotionProjects).toHaveLength(4);
    const designated = records.safeCommunityDesignations.filter((row) => row.level === 'INTERNATIONAL' && row.status === 'DESIGNATED').map((row) => row.communityCode);
    expect(designated).toHaveLength(13);
    expect(result.data!.international.map((row) => row.community.code).sort()).toEqual(designated.sort());
    expect(result.data!.international.map((row) => row.community.code)).toEqual(expect.arrayContaining(['320506003001', '320571001001']));
  });

  it("lists the starts behind Shanghai's 1.2 times, and the meetings and plans the document counts and dates", async () => {
    type Lists = {
      starts: Array<{ year: number; community: { code: string } }>;
      local: Array<{ name: string; scope: string; place: string; edition: number | null; associationRole: string | null }>;
      conferences: Array<{ scope: string; place: string; year: number; edition: number | null; associationRole: string | null }>;
      none: unknown[];
      plans2013: Array<{ region: string; fromYear: number; toYear: number }>;
      plans2010: unknown[];
    };
    const result = await solo.query<Lists>(`{
      starts: safeCommunityDesignations(status: STARTED) { year community { code } }
      local: safeCommunityMeetings(year: 2011, scopes: [PROVINCE, AUTONOMOUS_REGION, CITY, CITY]) { name scope place edition associationRole }
      conferences: safeCommunityMeetings(scopes: [ASIA, WORLD]) { scope place year edition associationRole }
      none: safeCommunityMeetings(scopes: []) { id }
      plans2013: safeCommunityPlans(year: 2013) { region fromYear toYear }
      plans2010: safeCommunityPlans(year: 2010) { id }
    }`);
    expect(result.errors).toBeUndefined();
    const { starts, local, conferences, none, plans2013, plans2010 } = result.data!;
    const shanghai = (year: number) => starts.filter((row) => row.year === year && row.community.code.startsWith('31')).length;
    expect(shanghai(2011)).toBe(69);
    expect([2005, 2006, 2007, 2008, 2009, 2010].map(shanghai).reduce((a, b) => a + b, 0)).toBe(58);
    expect(
      starts
        .filter((row) => row.year === 2011 && /^6[12]/.test(row.community.code))
        .map((row) => row.community.code.slice(0, 2))
        .sort(),
    ).toEqual(['61', '62']);
    expect(local.map((meeting) => meeting.place)).toEqual(['太原市', '成都市', '银川市', '广州市']);
    expect(local.map((meeting) => meeting.scope)).toEqual(['PROVINCE', 'PROVINCE', 'AUTONOMOUS_REGION', 'CITY']);
    expect(conferences).toEqual([
      { scope: 'ASIA', place: '上海市', year: 2011, edition: 3, associationRole: 'CO_ORGANISER' },
      { scope: 'WORLD', place: '瑞典法伦', year: 2011, edition: 20, associationRole: 'PARTICIPANT' },
    ]);
    expect(none).toEqual([]);
    expect(plans2013.map((plan) => plan.region).sort()).toEqual(['上海市', '广州市', '沈阳市'].sort());
    for (const plan of plans2013) expect(plan).toMatchObject({ fromYear: 2011, toYear: 2015 });
    expect(plans2010).toEqual([]);
    for (const query of ['{ safeCommunityMeetings(year: 11) { id } }', '{ safeCommunityPlans(year: 3000) { id } }']) {
      expect((await solo.query(query)).errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'year' });
    }
  });

  it('pages service contracts with filters and totals', async () => {
    type Contracts = { serviceContracts: { totalCount: number; nodes: Array<{ id: string; service: string }>; pageInfo: { endCursor: string; hasNextPage: boolean } } };
    const query = `query ($after: String, $service: PublicService) { serviceContracts(first: 3, after: $after, service: $service) { totalCount nodes { id service } pageInfo { endCursor hasNextPage } } }`;
    const first = (await solo.query<Contracts>(query, {})).data!.serviceContracts;
    expect(first.totalCount).toBe(4);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = (await solo.query<Contracts>(query, { after: first.pageInfo.endCursor })).data!.serviceContracts;
    expect(second.nodes).toHaveLength(1);
    expect(second.pageInfo.hasNextPage).toBe(false);
    expect(new Set([...first.nodes, ...second.nodes].map((node) => node.id)).size).toBe(4);
    const care = (await solo.query<Contracts>(query, { service: 'ELDERLY_CARE' })).data!.serviceContracts;
    expect(care.totalCount).toBe(2);
    expect(care.nodes.every((node) => node.service === 'ELDERLY_CARE')).toBe(true);
    const byMethod = await solo.query<{ serviceContracts: { totalCount: number } }>(`{ serviceContracts(method: PUBLIC_TENDER) { totalCount } }`);
    expect(byMethod.data!.serviceContracts.totalCount).toBe(1);
  });

  it('adds designations and contracts to community references, at a cost that does not grow with the communities', async () => {
    const statementsFor = async (codes: string[]) => {
      const before = solo.subgraph.statements.count;
      const result = await solo.query<{ _entities: CommunityView[] }>(COMMUNITIES, { representations: codes.map((code) => ({ __typename: 'Community', code })) });
      expect(result.errors).toBeUndefined();
      return { statements: solo.subgraph.statements.count - before, communities: result.data!._entities };
    };
    const few = await statementsFor(['320502001001']);
    const many = await statementsFor([...core.communities.map((community) => community.code), '320571999999']);
    expect(many.statements).toBe(few.statements);
    expect(few.statements).toBeGreaterThan(0);
    const [canglang] = few.communities;
    expect(canglang.safeCommunityDesignations).toEqual([
      { level: 'NATIONAL', status: 'DESIGNATED', year: 2008 },
      { level: 'INTERNATIONAL', status: 'RECOMMENDED', year: 2011 },
      { level: 'INTERNATIONAL', status: 'DESIGNATED', year: 2011 },
    ]);
    expect(canglang.serviceContracts!.map((contract) => contract.service).sort()).toEqual(['CITY_APPEARANCE_AND_SANITATION', 'OUTDOOR_ADVERTISING']);
    expect(canglang.serviceContracts!.every((contract) => contract.provider.name === '沧浪区总商会')).toBe(true);
    const xinghai = many.communities.find((community) => community.code === '320571001001')!;
    expect(xinghai.safeCommunityDesignations!.map((row) => `${row.year} ${row.level} ${row.status}`)).toEqual([
      '2010 NATIONAL DESIGNATED',
      '2011 INTERNATIONAL RECOMMENDED',
      '2011 INTERNATIONAL DESIGNATED',
    ]);
    expect(many.communities.at(-1)).toEqual({ code: '320571999999', safeCommunityDesignations: [], serviceContracts: [] });
  });
});
