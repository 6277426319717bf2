import { figureData } from './support/figures';
import { startStack, type Stack } from './support/stack';

/**
 * The source document's figures on the safe-community movement (its first part) that the committees, Suzhou
 * and Shanghai tests in document-figures.e2e.ts do not cover, as aggregates over the seeded records, through
 * the gateway.
 */
describe("the document's safe-community figures, from the seeded data set", () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack.stop());

  const data = <T>(query: string, variables?: Record<string, unknown>): Promise<T> => figureData<T>(stack, query, variables);

  it('Guangzhou, Shanghai and Shenyang planned safe-community building for the 12th Five-Year Plan (2011-2015)', async () => {
    const { safeCommunityPlans } = await data<{ safeCommunityPlans: Array<{ region: string; fromYear: number; toYear: number }> }>(
      `{ safeCommunityPlans(year: 2011) { region fromYear toYear } }`,
    );
    const twelfth = safeCommunityPlans.filter((plan) => plan.fromYear === 2011 && plan.toYear === 2015).map((plan) => plan.region);
    // 等: these three at least.
    expect(twelfth).toEqual(expect.arrayContaining(['广州市', '上海市', '沈阳市']));
  });

  it('in 2011 Shanxi, Sichuan, Ningxia and Guangzhou held provincial, regional and city meetings: four', async () => {
    const { safeCommunityMeetings } = await data<{ safeCommunityMeetings: Array<{ name: string; scope: string }> }>(
      `{ safeCommunityMeetings(year: 2011, scopes: [PROVINCE, AUTONOMOUS_REGION, CITY]) { name scope } }`,
    );
    expect(safeCommunityMeetings).toHaveLength(4);
    for (const [place, scope] of [
      ['山西', 'PROVINCE'],
      ['四川', 'PROVINCE'],
      ['宁夏', 'AUTONOMOUS_REGION'],
      ['广州', 'CITY'],
    ]) {
      expect(safeCommunityMeetings.filter((meeting) => meeting.name.startsWith(place) && meeting.scope === scope)).toHaveLength(1);
    }
  });

  it('Shaanxi and Gansu started building safe communities too (2011)', async () => {
    const { safeCommunityDesignations } = await data<{ safeCommunityDesignations: Array<{ year: number; community: { code: string; subDistrict: { city: string } } | null }> }>(
      `{ safeCommunityDesignations(status: STARTED) { year community { code subDistrict { city } } } }`,
    );
    // Statistical division codes: 61 is Shaanxi, 62 Gansu (GB/T 2260).
    const province = (prefix: string) =>
      safeCommunityDesignations.filter((row) => row.year === 2011 && row.community?.code.startsWith(prefix)).map((row) => row.community!.subDistrict.city);
    expect(province('61')).toEqual(['西安市']);
    expect(province('62')).toEqual(['兰州市']);
  });

  it('the association carried out promotion projects in Qingdao Laoshan, Huabei oilfield, Dalian Jinzhou and Ningbo Haishu', async () => {
    const { promotionProjects } = await data<{ promotionProjects: Array<{ name: string; year: number }> }>(`{ promotionProjects { name year } }`);
    const named = ['青岛市崂山区', '华北油田花园小区', '大连金州新区七顶山街道', '宁波海曙区白云街道'];
    // 等: these four at least, one project each.
    for (const place of named) expect(promotionProjects.filter((project) => project.name.startsWith(place))).toHaveLength(1);
  });

  it("2011's training ran through the safety production month (June) and its sessions add up to the year's figure", async () => {
    type Training = { trainingSessions: Array<{ heldOn: string; trainees: number }>; safeCommunityWork: { trainingSessions: number; trainees: number } };
    const { trainingSessions, safeCommunityWork } = await data<Training>(
      `{ trainingSessions(year: 2011) { heldOn trainees } safeCommunityWork(year: 2011) { trainingSessions trainees } }`,
    );
    expect(trainingSessions.filter((session) => session.heldOn.startsWith('2011-06-')).length).toBeGreaterThanOrEqual(1);
    expect(trainingSessions).toHaveLength(safeCommunityWork.trainingSessions);
    expect(trainingSessions.reduce((sum, session) => sum + session.trainees, 0)).toBe(safeCommunityWork.trainees);
  });

  it('the association helped hold the 3rd Asian conference in Shanghai and took part in the 20th international conference in Falun, Sweden', async () => {
    type Meetings = { safeCommunityMeetings: Array<{ scope: string; edition: number | null; place: string; associationRole: string | null }> };
    const { safeCommunityMeetings } = await data<Meetings>(`{ safeCommunityMeetings(year: 2011, scopes: [ASIA, WORLD]) { scope edition place associationRole } }`);
    expect(safeCommunityMeetings).toEqual([
      { scope: 'ASIA', edition: 3, place: '上海市', associationRole: 'CO_ORGANISER' },
      { scope: 'WORLD', edition: 20, place: '瑞典法伦', associationRole: 'PARTICIPANT' },
    ]);
  });
});
