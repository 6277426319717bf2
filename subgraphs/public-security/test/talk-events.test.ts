import { buildDocumentDataset } from '@governance/dataset';
import { startSoloSubgraph, ENTITIES_QUERY, type SoloSubgraph } from '@governance/testkit/subgraph';
import { publicSecurity } from '../src/subgraph';
import { HONGZHUANG, JINYI } from './helpers';

type Totals = { events: number; officers: number; helped: number };
type Connection = {
  totalCount: number;
  officersDeployed: number;
  peopleHelped: number;
  nodes: Array<{ id: string; heldOn: string }>;
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
};

describe('public-security: police-citizen talks (警民恳谈)', () => {
  let solo: SoloSubgraph;
  /** Totals straight from SQL, to compare with what the schema answers. */
  const sqlTotals = async (where: string, params: unknown[]): Promise<Totals> => {
    const [row]: Array<Record<keyof Totals, string | number | null>> = await solo.subgraph.db.query(
      `SELECT COUNT(*) AS events, SUM(officers_deployed) AS officers, SUM(people_helped) AS helped FROM talk_event WHERE ${where}`,
      params,
    );
    return { events: Number(row.events), officers: Number(row.officers ?? 0), helped: Number(row.helped ?? 0) };
  };
  beforeAll(async () => {
    solo = await startSoloSubgraph(publicSecurity);
  });
  afterAll(() => solo.stop());

  it('begins with the first talk: Jinyi New Village, 2009-04-09, solved by the snack square', async () => {
    const first = await solo.query<{ talkEvents: { nodes: Array<{ id: string }> } }>(`{ talkEvents(first: 1) { nodes { id } } }`);
    const result = await solo.query<{ talkEvent: Record<string, unknown> }>(
      `query ($id: ID!) { talkEvent(id: $id) { id heldOn topic station { name } community { code } concerns { concern resolution resolvedOn } } }`,
      { id: first.data!.talkEvents.nodes[0].id },
    );
    expect(result.errors).toBeUndefined();
    const resolution = '镇政府投资500多万元建设东镇路小吃广场，2010年7月52家摊点入驻合法经营';
    expect(result.data!.talkEvent).toMatchObject({
      heldOn: '2009-04-09',
      station: { name: '娄葑派出所' },
      community: { code: JINYI },
      concerns: ['夜宵摊噪音扰民', '地面油腻易摔倒', '酒后打架'].map((concern) => ({ concern, resolution, resolvedOn: '2010-07-01' })),
    });
  });

  it('says an unknown talk event is not found', async () => {
    const result = await solo.query(`{ talkEvent(id: "TE-19990101-0001") { id } }`);
    expect(result.errors![0].extensions?.code).toBe('NOT_FOUND');
  });

  it('holds talks in every Suzhou community in each of 2009, 2010 and 2011', async () => {
    const representations = buildDocumentDataset()
      .communities.filter((community) => community.code.startsWith('3205'))
      .map((community) => ({ __typename: 'Community', code: community.code }));
    for (const year of [2009, 2010, 2011]) {
      const result = await solo.query<{ _entities: Array<{ talkEvents: { totalCount: number } }> }>(
        ENTITIES_QUERY(`... on Community { talkEvents(year: ${year}, first: 0) { totalCount } }`),
        { representations },
      );
      expect(result.errors).toBeUndefined();
      for (const entity of result.data!._entities) expect(entity.talkEvents.totalCount).toBeGreaterThan(0);
    }
  });

  it('aggregates per year with the same sums as SQL, and refuses from > to', async () => {
    const result = await solo.query<{ talkEventStats: Array<{ period: string; events: number; officersDeployed: number; peopleHelped: number }> }>(
      `{ talkEventStats(from: "2009-04-09", to: "2011-12-31", groupBy: YEAR) { period events officersDeployed peopleHelped } }`,
    );
    expect(result.errors).toBeUndefined();
    const expected = [];
    for (const year of ['2009', '2010', '2011']) {
      const totals = await sqlTotals('held_on BETWEEN ? AND ?', [year === '2009' ? '2009-04-09' : `${year}-01-01`, `${year}-12-31`]);
      expected.push({ period: year, events: totals.events, officersDeployed: totals.officers, peopleHelped: totals.helped });
    }
    expect(result.data!.talkEventStats).toEqual(expected);
    const refused = await solo.query(`{ talkEventStats(from: "2011-12-31", to: "2009-01-01") { period } }`);
    expect(refused.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'from' });
  });

  it('sums whole years from the per-station-year sums and cut years from the days, as SQL over the events does, whatever the range', async () => {
    const perYear = async (from: string, to: string) => {
      const rows: Array<{ period: string | number; events: string | number; officers: string | number; helped: string | number }> = await solo.subgraph.db.query(
        `SELECT SUBSTR(held_on, 1, 4) AS period, COUNT(*) AS events, SUM(officers_deployed) AS officers, SUM(people_helped) AS helped
         FROM talk_event WHERE held_on BETWEEN ? AND ? GROUP BY SUBSTR(held_on, 1, 4) ORDER BY 1`,
        [from, to],
      );
      return rows.map((row) => ({ period: String(row.period), events: Number(row.events), officersDeployed: Number(row.officers), peopleHelped: Number(row.helped) }));
    };
    // Whole years only, cut at both ends, cut at one end, within one year, one day, a year with no talks before the first.
    const ranges = [
      ['2009-01-01', '2011-12-31'],
      ['2009-06-15', '2011-03-31'],
      ['2010-01-01', '2011-07-01'],
      ['2009-04-09', '2010-12-31'],
      ['2010-02-01', '2010-11-30'],
      ['2010-05-04', '2010-05-04'],
      ['2008-01-01', '2009-12-31'],
    ];
    for (const [from, to] of ranges) {
      const result = await solo.query<{ talkEventStats: unknown[] }>(`{ talkEventStats(from: "${from}", to: "${to}") { period events officersDeployed peopleHelped } }`);
      expect({ from, to, errors: result.errors, rows: result.data?.talkEventStats }).toEqual({ from, to, errors: undefined, rows: await perYear(from, to) });
    }
  });

  it('aggregates per month and per district to the same grand total', async () => {
    const result = await solo.query<Record<'months' | 'districts', Array<{ period: string; events: number; peopleHelped: number }>>>(
      `{ months: talkEventStats(from: "2009-01-01", to: "2011-12-31", groupBy: MONTH) { period events peopleHelped }
         districts: talkEventStats(from: "2009-01-01", to: "2011-12-31", groupBy: DISTRICT) { period events peopleHelped } }`,
    );
    expect(result.errors).toBeUndefined();
    const all = await sqlTotals('1 = 1', []);
    const { months, districts } = result.data!;
    for (const rows of [months, districts]) {
      expect(rows.reduce((sum, row) => sum + row.events, 0)).toBe(all.events);
      expect(rows.reduce((sum, row) => sum + row.peopleHelped, 0)).toBe(all.helped);
      expect(rows.map((row) => row.period)).toEqual([...rows.map((row) => row.period)].sort());
    }
    expect(months[0].period).toBe('2009-04');
    expect(months.every((row) => /^\d{4}-\d{2}$/.test(row.period))).toBe(true);
    expect(districts.map((row) => row.period)).toEqual(expect.arrayContaining(['苏州工业园区', '吴中区', '沧浪区', '太仓市']));
  });

  it("sums a community's talks of one year over the whole list, not the page, and pages through them", async () => {
    const query = `query ($code: ID!, $after: String) { _entities(representations: [{ __typename: "Community", code: $code }]) {
      ... on Community { talkEvents(year: 2010, first: 50, after: $after) { totalCount officersDeployed peopleHelped nodes { id heldOn } pageInfo { endCursor hasNextPage } } } } }`;
    // The community with the most talks in 2010, so that the list spans several pages.
    const [{ community_code: code }]: Array<{ community_code: string }> = await solo.subgraph.db.query(
      "SELECT community_code FROM talk_event WHERE held_on BETWEEN '2010-01-01' AND '2010-12-31' GROUP BY community_code ORDER BY COUNT(*) DESC, community_code LIMIT 1",
    );
    const expected = await sqlTotals("community_code = ? AND held_on BETWEEN '2010-01-01' AND '2010-12-31'", [code]);
    const seen: string[] = [];
    let after: string | null = null;
    for (let pageNumber = 0; pageNumber < 10; pageNumber += 1) {
      const result = await solo.query<{ _entities: Array<{ talkEvents: Connection }> }>(query, { code, after });
      expect(result.errors).toBeUndefined();
      const page: Connection = result.data!._entities[0].talkEvents;
      expect([page.totalCount, page.officersDeployed, page.peopleHelped]).toEqual([expected.events, expected.officers, expected.helped]);
      seen.push(...page.nodes.map((node) => node.heldOn));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(expected.events).toBeGreaterThan(1);
    expect(seen).toHaveLength(expected.events);
    expect(seen).toEqual([...seen].sort());
    expect(seen.every((day) => day.startsWith('2010-'))).toBe(true);
  });

  it("sums communities' and stations' talks of one year and of all years as SQL counts them", async () => {
    const totals = 'totalCount officersDeployed peopleHelped';
    const years = `y2011: talkEvents(year: 2011, first: 0) { ${totals} } all: talkEvents(year: null, first: 0) { ${totals} } none: talkEvents(year: 2008) { ${totals} }`;
    type Years = Record<'y2011' | 'all' | 'none', Connection>;
    const communities = await solo.query<{ _entities: Years[] }>(ENTITIES_QUERY(`... on Community { ${years} }`), {
      representations: [JINYI, HONGZHUANG].map((code) => ({ __typename: 'Community', code })),
    });
    const station = await solo.query<{ policeStation: Years }>(`{ policeStation(id: "PS-320506-01") { ${years} } }`);
    expect([communities.errors, station.errors]).toEqual([undefined, undefined]);
    const answered = [...communities.data!._entities, station.data!.policeStation].map(({ y2011, all, none }) =>
      [y2011, all, none].map((connection) => [connection.totalCount, connection.officersDeployed, connection.peopleHelped]),
    );
    const expected = [];
    for (const [column, group] of [
      ['community_code', JINYI],
      ['community_code', HONGZHUANG],
      ['station_id', 'PS-320506-01'],
    ]) {
      const sums = await Promise.all([
        sqlTotals(`${column} = ? AND held_on BETWEEN '2011-01-01' AND '2011-12-31'`, [group]),
        sqlTotals(`${column} = ?`, [group]),
        sqlTotals(`${column} = ? AND held_on BETWEEN '2008-01-01' AND '2008-12-31'`, [group]),
      ]);
      expected.push(sums.map(({ events, officers, helped }) => [events, officers, helped]));
    }
    expect(answered).toEqual(expected);
    expect(expected.every(([year, all, none]) => year[0] > 0 && all[0] > year[0] && none[0] === 0)).toBe(true);
  });

  it('gives analysts a filtered list with totals, and refuses a bad filter or cursor', async () => {
    const result = await solo.query<{ talkEvents: Connection }>(
      `{ talkEvents(from: "2010-01-01", to: "2011-06-30", communityCode: "${JINYI}", first: 500) { totalCount officersDeployed peopleHelped nodes { id heldOn } } }`,
    );
    expect(result.errors).toBeUndefined();
    const expected = await sqlTotals("community_code = ? AND held_on BETWEEN '2010-01-01' AND '2011-06-30'", [JINYI]);
    expect(result.data!.talkEvents).toMatchObject({ totalCount: expected.events, officersDeployed: expected.officers, peopleHelped: expected.helped });
    expect(result.data!.talkEvents.nodes).toHaveLength(expected.events);
    const refusals: Array<[string, string]> = [
      [`{ talkEvents(communityCode: "3205") { totalCount } }`, 'communityCode'],
      [`{ talkEvents(from: "2011-01-01", to: "2010-01-01") { totalCount } }`, 'from'],
      [`{ talkEvents(first: 501) { totalCount } }`, 'first'],
      [`{ talkEvents(after: "not-a-cursor") { totalCount } }`, 'after'],
      [`{ _entities(representations: [{ __typename: "Community", code: "${JINYI}" }]) { ... on Community { talkEvents(year: 99) { totalCount } } } }`, 'year'],
    ];
    for (const [query, field] of refusals) {
      expect((await solo.query(query)).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
  });

  it('resolves TalkEvent by reference, null for an unknown id, and gives an unknown community an empty list', async () => {
    const result = await solo.query<{ _entities: Array<{ heldOn?: string; talkEvents?: Connection } | null> }>(
      ENTITIES_QUERY('... on TalkEvent { heldOn } ... on Community { talkEvents { totalCount officersDeployed peopleHelped nodes { id } pageInfo { endCursor hasNextPage } } }'),
      {
        representations: [
          { __typename: 'TalkEvent', id: 'TE-20090409-0001' },
          { __typename: 'TalkEvent', id: 'TE-NONE' },
          { __typename: 'Community', code: '320571009999' },
        ],
      },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!._entities).toEqual([
      { heldOn: '2009-04-09' },
      null,
      { talkEvents: { totalCount: 0, officersDeployed: 0, peopleHelped: 0, nodes: [], pageInfo: { endCursor: null, hasNextPage: false } } },
    ]);
  });
});
