import { buildDocumentDataset, HONGZHUANG_FACTORIES } from '@governance/dataset';
import { startSoloSubgraph, ENTITIES_QUERY, type SoloSubgraph } from '@governance/testkit/subgraph';
import { publicSecurity } from '../src/subgraph';
import { HONGZHUANG, HONGZHUANG_TEAM, rowCount } from './helpers';

const COMPLIANCE = `query ($from: Date!, $to: Date!) { patrolTeam(id: "${HONGZHUANG_TEAM}") { compliance(from: $from, to: $to) { days compliantDays nonCompliantDates } } }`;
type Compliance = { patrolTeam: { compliance: { days: number; compliantDays: number; nonCompliantDates: string[] } } };

describe('public-security: volunteer patrols', () => {
  let solo: SoloSubgraph;
  beforeAll(async () => {
    solo = await startSoloSubgraph(publicSecurity);
  });
  afterAll(() => solo.stop());

  it("serves Hongzhuang's social-enterprise patrol with its members' employers", async () => {
    const result = await solo.query<{ patrolTeam: { name: string; community: { code: string }; memberCount: number; enterprises: Array<{ creditCode: string }> } }>(
      `{ patrolTeam(id: "${HONGZHUANG_TEAM}") { name community { code } memberCount enterprises { creditCode } } }`,
    );
    expect(result.errors).toBeUndefined();
    const team = result.data!.patrolTeam;
    expect(team).toMatchObject({ name: '洪庄社会企业志愿巡逻队', community: { code: HONGZHUANG } });
    const [members]: Array<{ n: string | number }> = await solo.subgraph.db.query('SELECT COUNT(*) AS n FROM patrol_member WHERE team_id = ?', [HONGZHUANG_TEAM]);
    expect(team.memberCount).toBe(Number(members.n));
    // The guards of ~500 factories, which belong to 360+ enterprises: the community's manufacturing companies.
    expect(team.memberCount).toBe(HONGZHUANG_FACTORIES);
    const employers = team.enterprises.map((enterprise) => enterprise.creditCode);
    const hongzhuangEnterprises = buildDocumentDataset()
      .enterprises.filter((enterprise) => enterprise.communityCode === HONGZHUANG && enterprise.industry === 'MANUFACTURING' && enterprise.kind === 'COMPANY')
      .map((enterprise) => enterprise.creditCode);
    expect(employers.length).toBeGreaterThanOrEqual(360);
    expect(new Set(employers).size).toBe(employers.length);
    expect([...employers].sort()).toEqual([...hongzhuangEnterprises].sort());
  });

  it('kept the rule (>= 6 members, >= 8 hours) on every day of 2011', async () => {
    const result = await solo.query<Compliance>(COMPLIANCE, { from: '2011-01-01', to: '2011-12-31' });
    expect(result.errors).toBeUndefined();
    expect(result.data!.patrolTeam.compliance).toEqual({ days: 365, compliantDays: 365, nonCompliantDates: [] });
  });

  it('sent every member out at least a week in 2011 (每年不少于一周), counted from the members named on each shift', async () => {
    type Duty = { patrolTeam: { memberCount: number; duty: { members: number; memberDays: number; fewestDays: number; membersUnderAWeek: number } } };
    const DUTY = `query ($from: Date!, $to: Date!) { patrolTeam(id: "${HONGZHUANG_TEAM}") { memberCount duty(from: $from, to: $to) { members memberDays fewestDays membersUnderAWeek } } }`;
    const result = await solo.query<Duty>(DUTY, { from: '2011-01-01', to: '2011-12-31' });
    expect(result.errors).toBeUndefined();
    const { memberCount, duty } = result.data!.patrolTeam;
    expect(duty.members).toBe(memberCount);
    expect(duty.fewestDays).toBeGreaterThanOrEqual(7);
    expect(duty.membersUnderAWeek).toBe(0);
    // Every name is a member-day, and the names add up to the shifts' head counts.
    const [sums]: Array<{ heads: string | number; names: string | number }> = await solo.subgraph.db.query(
      `SELECT (SELECT SUM(members_on_patrol) FROM patrol_shift WHERE team_id = ? AND on_date BETWEEN '2011-01-01' AND '2011-12-31') AS heads,
              (SELECT COUNT(*) FROM patrol_shift_member WHERE team_id = ? AND on_date BETWEEN '2011-01-01' AND '2011-12-31') AS names`,
      [HONGZHUANG_TEAM, HONGZHUANG_TEAM],
    );
    expect(duty.memberDays).toBe(Number(sums.heads));
    expect(duty.memberDays).toBe(Number(sums.names));
    // One week of June: nobody can have been out seven days of five-and-a-half.
    const june = (await solo.query<Duty>(DUTY, { from: '2011-06-01', to: '2011-06-05' })).data!.patrolTeam.duty;
    expect(june.fewestDays).toBeLessThan(7);
    expect(june.membersUnderAWeek).toBe(june.members);
    const reversed = await solo.query(DUTY, { from: '2011-12-31', to: '2011-01-01' });
    expect(reversed.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'from' });
    const tooLong = await solo.query(DUTY, { from: '2009-01-01', to: '2012-01-02' });
    expect(tooLong.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
  });

  it("names each shift's members: as many as were out, all of the team", async () => {
    type Shifts = { patrolTeam: { shifts: { nodes: Array<{ onDate: string; membersOnPatrol: number; members: Array<{ id: string; team: { id: string } }> }> } } };
    const result = await solo.query<Shifts>(
      `{ patrolTeam(id: "${HONGZHUANG_TEAM}") { shifts(from: "2011-12-25", to: "2012-01-10", first: 50) { nodes { onDate membersOnPatrol members { id team { id } } } } } }`,
    );
    expect(result.errors).toBeUndefined();
    const shifts = result.data!.patrolTeam.shifts.nodes;
    expect(shifts.length).toBe(16);
    for (const shift of shifts) {
      expect(shift.members).toHaveLength(shift.membersOnPatrol);
      expect(new Set(shift.members.map((member) => member.id)).size).toBe(shift.membersOnPatrol);
      for (const member of shift.members) expect(member.team.id).toBe(HONGZHUANG_TEAM);
    }
  });

  it('lists the days of January 2012 that broke the rule, including a day without a shift', async () => {
    const result = await solo.query<Compliance>(COMPLIANCE, { from: '2011-12-30', to: '2012-01-10' });
    expect(result.errors).toBeUndefined();
    expect(result.data!.patrolTeam.compliance).toEqual({ days: 12, compliantDays: 9, nonCompliantDates: ['2012-01-03', '2012-01-06', '2012-01-09'] });
  });

  it('counts days without any shift as non-compliant and refuses reversed or over-long ranges', async () => {
    const empty = await solo.query<Compliance>(COMPLIANCE, { from: '2008-02-28', to: '2008-03-01' });
    expect(empty.data!.patrolTeam.compliance).toEqual({ days: 3, compliantDays: 0, nonCompliantDates: ['2008-02-28', '2008-02-29', '2008-03-01'] });
    const longest = await solo.query<Compliance>(COMPLIANCE, { from: '2009-01-01', to: '2012-01-01' });
    expect(longest.data!.patrolTeam.compliance).toMatchObject({ days: 1096, compliantDays: 366 });
    const reversed = await solo.query(COMPLIANCE, { from: '2011-12-31', to: '2011-01-01' });
    expect(reversed.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'from' });
    const tooLong = await solo.query(COMPLIANCE, { from: '2009-01-01', to: '2012-01-02' });
    expect(tooLong.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
  });

  it('pages members and shifts, with totals from SQL', async () => {
    const query = `query ($after: String) { patrolTeam(id: "${HONGZHUANG_TEAM}") { members(first: 100, after: $after) { totalCount nodes { id joinedOn person { id } enterprise { creditCode } team { id } } pageInfo { endCursor hasNextPage } } } }`;
    type Members = {
      patrolTeam: {
        members: { totalCount: number; nodes: Array<{ id: string; person: { id: string }; team: { id: string } }>; pageInfo: { endCursor: string; hasNextPage: boolean } };
      };
    };
    const ids: string[] = [];
    let after: string | null = null;
    do {
      const result: { data?: Members | null } = await solo.query<Members>(query, { after });
      const page = result.data!.patrolTeam.members;
      ids.push(...page.nodes.map((node) => node.id));
      for (const node of page.nodes) expect(node).toMatchObject({ person: { id: expect.stringMatching(/^P[0-9A-F]{23}$/) }, team: { id: HONGZHUANG_TEAM } });
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after !== null);
    expect(new Set(ids).size).toBe(HONGZHUANG_FACTORIES);

    const shifts = await solo.query<{ patrolTeam: { shifts: { totalCount: number; nodes: Array<{ onDate: string; compliant: boolean }>; pageInfo: { hasNextPage: boolean } } } }>(
      `{ patrolTeam(id: "${HONGZHUANG_TEAM}") { shifts(from: "2012-01-01", to: "2012-01-31", first: 3) { totalCount nodes { onDate compliant } pageInfo { hasNextPage } } } }`,
    );
    expect(shifts.errors).toBeUndefined();
    expect(shifts.data!.patrolTeam.shifts).toEqual({
      totalCount: 9,
      nodes: [
        { onDate: '2012-01-01', compliant: true },
        { onDate: '2012-01-02', compliant: true },
        { onDate: '2012-01-03', compliant: false },
      ],
      pageInfo: { hasNextPage: true },
    });
    expect(await rowCount(solo.subgraph.db, 'patrol_shift')).toBeGreaterThan(365);
  });

  it('lists teams for the directory and says an unknown team is not found', async () => {
    const list = await solo.query<{ patrolTeams: Array<{ id: string; memberCount: number; community: { code: string } }> }>(
      `{ patrolTeams { id name memberCount community { code } } }`,
    );
    expect(list.data!.patrolTeams.map((team) => team.id)).toContain(HONGZHUANG_TEAM);
    const missing = await solo.query(`{ patrolTeam(id: "PT-NONE") { id } }`);
    expect(missing.errors![0].extensions?.code).toBe('NOT_FOUND');
  });

  it('adds patrol members to Enterprise, memberships to Person and teams to Community', async () => {
    const [member]: Array<{ id: number; person_id: string; enterprise_credit_code: string }> = await solo.subgraph.db.query(
      'SELECT id, person_id, enterprise_credit_code FROM patrol_member WHERE team_id = ? ORDER BY id LIMIT 1',
      [HONGZHUANG_TEAM],
    );
    const [employer]: Array<{ n: string | number }> = await solo.subgraph.db.query('SELECT COUNT(*) AS n FROM patrol_member WHERE enterprise_credit_code = ?', [
      member.enterprise_credit_code,
    ]);
    const result = await solo.query<{ _entities: unknown[] }>(
      ENTITIES_QUERY(`... on Enterprise { patrolMemberCount } ... on Person { patrolMemberships { id team { id } } }
        ... on Community { patrolTeams { id } } ... on PatrolMember { joinedOn } ... on PatrolTeam { name }`),
      {
        representations: [
          { __typename: 'Enterprise', creditCode: member.enterprise_credit_code },
          { __typename: 'Enterprise', creditCode: '91320571MA1M111111' },
          { __typename: 'Person', id: member.person_id },
          { __typename: 'Community', code: HONGZHUANG },
          { __typename: 'Community', code: '320585100001' },
          { __typename: 'PatrolMember', id: String(member.id) },
          { __typename: 'PatrolMember', id: '999999' },
          { __typename: 'PatrolTeam', id: 'PT-NONE' },
        ],
      },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!._entities).toEqual([
      { patrolMemberCount: Number(employer.n) },
      { patrolMemberCount: 0 },
      { patrolMemberships: [{ id: String(member.id), team: { id: HONGZHUANG_TEAM } }] },
      { patrolTeams: [{ id: HONGZHUANG_TEAM }] },
      { patrolTeams: [] },
      { joinedOn: expect.stringMatching(/^2010-\d{2}-01$/) },
      null,
      null,
    ]);
    expect(Number(employer.n)).toBeGreaterThan(0);
  });
});
