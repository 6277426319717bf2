import { buildDocumentDataset } from '@governance/dataset';
import { startSoloSubgraph, ENTITIES_QUERY, type SoloSubgraph } from '@governance/testkit/subgraph';
import { publicSecurity } from '../src/subgraph';
import { statementsFor } from './helpers';

/** Fan-out fields cost the same number of SQL statements for few parents and for many. */
describe('public-security: statements per request do not grow with the number of entities', () => {
  let solo: SoloSubgraph;
  const dataset = buildDocumentDataset();
  const entities = (fragment: string, representations: Array<Record<string, string>>) => statementsFor(solo, ENTITIES_QUERY(fragment), { representations });
  beforeAll(async () => {
    solo = await startSoloSubgraph(publicSecurity);
  });
  afterAll(() => solo.stop());

  it("answers Community's talk-event aggregates and pages for 2 and for 7 communities with the same statements", async () => {
    const fragment = `... on Community { policeStation { name } patrolTeams { name memberCount } incidents(first: 2) { totalCount nodes { kind } }
      talkEvents(year: 2010, first: 2) { totalCount officersDeployed peopleHelped nodes { id station { name } concerns { concern } } } }`;
    const communities = dataset.communities.map((community) => ({ __typename: 'Community', code: community.code }));
    expect(communities.length).toBeGreaterThanOrEqual(7);
    const two = await entities(fragment, communities.slice(0, 2));
    const seven = await entities(fragment, communities.slice(0, 7));
    expect(two).toBeGreaterThan(0);
    expect(seven).toBe(two);
  });

  it('answers a count-only talk-event connection with one GROUP BY and no page query, in a fragment too', async () => {
    const communities = dataset.communities.slice(0, 7).map((community) => ({ __typename: 'Community', code: community.code }));
    expect(await entities('... on Community { talkEvents(first: 1) { totalCount } }', communities)).toBe(1);
    expect(await entities('... on Community { talkEvents(first: 1) { ... on TalkEventConnection { totalCount } } }', communities)).toBe(1);
    expect(await entities('... on Community { talkEvents(first: 1) { totalCount pageInfo { hasNextPage } } }', communities)).toBe(2);
  });

  it('counts patrol members of 3 and of 500 enterprises (a page) with the same statements', async () => {
    const enterprises = dataset.enterprises.slice(0, 500).map((enterprise) => ({ __typename: 'Enterprise', creditCode: enterprise.creditCode }));
    expect(enterprises.length).toBe(500);
    const three = await entities('... on Enterprise { patrolMemberCount }', enterprises.slice(0, 3));
    const all = await entities('... on Enterprise { patrolMemberCount }', enterprises);
    expect(three).toBe(1);
    expect(all).toBe(three);
  });

  it("answers teams' counts, employers, members and compliance for 1 and for 2 teams with the same statements", async () => {
    const fragment = `... on PatrolTeam { memberCount enterprises { creditCode } members(first: 3) { nodes { person { id } } }
      shifts(from: "2011-06-01", first: 2) { totalCount nodes { onDate members { id } } } compliance(from: "2011-06-01", to: "2011-06-30") { compliantDays }
      duty(from: "2011-01-01", to: "2011-12-31") { fewestDays } }`;
    const teams = ['PT-320506003001-01', 'PT-320571001001-01'].map((id) => ({ __typename: 'PatrolTeam', id }));
    expect(await entities(fragment, teams)).toBe(await entities(fragment, teams.slice(0, 1)));
  });

  it('names the members of 2 and of 300 shifts with the same statements', async () => {
    const query = (first: number) => `{ patrolTeam(id: "PT-320506003001-01") { shifts(from: "2011-01-01", first: ${first}) { nodes { onDate members { id person { id } } } } } }`;
    expect(await statementsFor(solo, query(300))).toBe(await statementsFor(solo, query(2)));
  });

  it('loads patrol memberships of 2 and of 12 persons with the same statements', async () => {
    const rows: Array<{ person_id: string }> = await solo.subgraph.db.query('SELECT person_id FROM patrol_member ORDER BY id');
    const persons = rows.map((row) => ({ __typename: 'Person', id: row.person_id }));
    expect(persons.length).toBeGreaterThanOrEqual(12);
    const fragment = '... on Person { patrolMemberships { joinedOn team { name } enterprise { creditCode } } }';
    expect(await entities(fragment, persons.slice(0, 12))).toBe(await entities(fragment, persons.slice(0, 2)));
  });
});
