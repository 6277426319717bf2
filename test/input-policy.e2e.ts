import { makeCreditCode, makeIdNumber } from '@governance/kit';
import { startStack, type Stack } from './support/stack';
import { entitled, gatewaySecretHeader } from '@governance/testkit/tokens';
import { JINYI, RECORD_TALK_EVENT, countRows, postAs, talkEventInput } from './security/support';

/**
 * One input policy for every subgraph, seen from outside: an invalid date
 * or text is BAD_USER_INPUT naming the field, said by the subgraph that owns
 * it and passed through the gateway as that (never as an outage), and
 * nothing is written.
 */

const REGISTER_ENTERPRISE = `mutation RegisterEnterprise($input: RegisterEnterpriseInput!) { registerEnterprise(input: $input) { creditCode name } }`;
const REGISTER_RESIDENT = `mutation RegisterResident($input: RegisterResidentInput!) { registerResident(input: $input) { id } }`;
const ASSIGN_CONTACT = `mutation Assign($communityCode: ID!, $personId: ID!, $assignedOn: Date!) { assignContactPerson(communityCode: $communityCode, personId: $personId, assignedOn: $assignedOn) { code } }`;
const RECORD_INCIDENT = `mutation RecordIncident($input: RecordIncidentInput!) { recordIncident(input: $input) { id description } }`;

describe('the input policy through the gateway and at the owning subgraph', () => {
  let stack: Stack;
  let talk: Record<string, unknown>;
  let serial = 0;
  beforeAll(async () => {
    stack = await startStack();
    talk = await talkEventInput(stack, '输入策略');
  });
  afterAll(() => stack.stop());

  const enterprise = (overrides: Record<string, unknown> = {}) => {
    serial += 1;
    return {
      creditCode: makeCreditCode('92', '320571', `MA${String(serial).padStart(6, '0')}`),
      name: '输入策略小吃',
      kind: 'INDIVIDUAL_BUSINESS',
      industry: 'FOOD_SERVICE',
      communityCode: JINYI,
      establishedOn: '2010-07-01',
      ...overrides,
    };
  };

  /** The one error of a refused request, and proof that nothing was written anywhere it could have been. */
  async function refused(url: string, query: string, variables: Record<string, unknown>, agency: Parameters<typeof entitled>[0], extra: Record<string, string> = {}) {
    const tables: Array<[keyof Stack['subgraphs'], string]> = [
      ['public-security', 'talk_event'],
      ['public-security', 'incident'],
      ['public-security', 'audit_log'],
      ['commerce-bureau', 'enterprise'],
      ['commerce-bureau', 'audit_log'],
      ['community-committees', 'person'],
      ['community-committees', 'contact_assignment'],
      ['community-committees', 'audit_log'],
    ];
    const count = () => Promise.all(tables.map(([subgraph, table]) => countRows(stack.subgraphs[subgraph].db, table)));
    const before = await count();
    const response = await postAs(url, query, variables, entitled(agency), extra);
    expect(await count()).toEqual(before);
    expect(response.status).toBeLessThan(500);
    expect(response.json.errors).toHaveLength(1);
    return { status: response.status, error: response.json.errors[0] as { message: string; extensions: Record<string, unknown> } };
  }

  describe.each(['2011-02-30', '2011-13-01', '+275760-09-13', '2011-11-11T00:00:00Z', '2099-01-01', '2008-12-31'])('the date %p', (heldOn) => {
    it('is BAD_USER_INPUT naming heldOn through the gateway, not an outage', async () => {
      const { error } = await refused(stack.gateway.url, RECORD_TALK_EVENT, { input: { ...talk, heldOn } }, 'public-security');
      expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'heldOn', serviceName: 'public-security' });
      expect(error.message).toContain(heldOn);
    });

    it('is BAD_USER_INPUT naming heldOn at public-security itself', async () => {
      const { error } = await refused(
        stack.subgraphs['public-security'].url,
        'mutation RecordTalkEvent($input: RecordTalkEventInput!) { recordTalkEvent(input: $input) { id } }',
        { input: { ...talk, heldOn } },
        'public-security',
        gatewaySecretHeader('public-security'),
      );
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'heldOn' });
    });
  });

  it('names a date argument given by variable', async () => {
    const [{ id }] = await stack.subgraphs['community-committees'].db.query<Array<{ id: string }>>('SELECT id FROM person ORDER BY id LIMIT 1');
    for (const assignedOn of ['2011-02-29', '2099-12-31']) {
      const { error } = await refused(stack.gateway.url, ASSIGN_CONTACT, { communityCode: JINYI, personId: id, assignedOn }, 'community-committees');
      expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'assignedOn', serviceName: 'community-committees' });
    }
  });

  it('refuses a birth date in 2099 inside an ID number', async () => {
    const input = { idNumber: makeIdNumber('320571', '20990101', 7), name: '未来人', phone: '13800001234', residentType: 'LOCAL', communityCode: JINYI };
    const { error } = await refused(stack.gateway.url, REGISTER_RESIDENT, { input }, 'community-committees');
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'idNumber' });
    expect(error.message).toMatch(/2099-01-01 .* lies in the future/);
  });

  it('refuses an establishment date in the future and one before 1949-10-01', async () => {
    for (const establishedOn of ['2099-01-01', '1949-09-30']) {
      const { error } = await refused(stack.gateway.url, REGISTER_ENTERPRISE, { input: enterprise({ establishedOn }) }, 'commerce-bureau');
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'establishedOn' });
    }
  });

  describe.each<[string, string]>([
    ['a NUL', '夜市\u0000摊'],
    ['a right-to-left override', '夜市\u202Egnp.exe'],
    ['a line break', '夜市\r\n摊'],
    ['zero-width characters only', '\u200b\u200c\u200d'],
    ['a lone surrogate', '夜市\ud842'],
    ['a C1 control', '夜市\u0085摊'],
  ])('a name with %s', (_case, name) => {
    it('is refused naming the field, at every subgraph that takes a name', async () => {
      const enterpriseName = await refused(stack.gateway.url, REGISTER_ENTERPRISE, { input: enterprise({ name }) }, 'commerce-bureau');
      expect(enterpriseName.error.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'name', serviceName: 'commerce-bureau' });
      const topic = await refused(stack.gateway.url, RECORD_TALK_EVENT, { input: { ...talk, topic: name } }, 'public-security');
      expect(topic.error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'topic' });
      const resident = { idNumber: makeIdNumber('320571', '19800101', 900 + (serial++ % 90)), name, phone: '13800001234', residentType: 'LOCAL', communityCode: JINYI };
      const residentName = await refused(stack.gateway.url, REGISTER_RESIDENT, { input: resident }, 'community-committees');
      expect(residentName.error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    });
  });

  it('keeps line breaks in a description, as LF', async () => {
    const response = await postAs(
      stack.gateway.url,
      RECORD_INCIDENT,
      { input: { communityCode: JINYI, occurredOn: '2011-05-01', kind: 'NOISE_NUISANCE', description: '夜间噪音\r\n多次投诉' } },
      entitled('public-security'),
    );
    expect(response.json.errors).toBeUndefined();
    expect(response.json.data.recordIncident.description).toBe('夜间噪音\n多次投诉');
  });

  it.each<[string, string]>([
    ['UTF-8 Chinese', Buffer.from('案件 2011-0042', 'utf8').toString('latin1')],
    ['a C1 control', 'case\u009b2011'],
  ])('refuses an x-purpose with %s with 400, at the gateway and at a subgraph', async (_case, purpose) => {
    const [person] = await stack.subgraphs['community-committees'].db.query<Array<{ id: string }>>('SELECT id FROM person ORDER BY id LIMIT 1');
    for (const url of [stack.gateway.url, stack.subgraphs['community-committees'].url]) {
      const { status, error } = await refused(url, `query ($id: ID!) { person(id: $id) { name } }`, person, 'community-committees', { 'x-purpose': purpose });
      expect(status).toBe(400);
      expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'x-purpose' });
    }
  });
});
