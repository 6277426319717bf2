import { makeIdNumber } from '@governance/kit';
import { startSoloSubgraph, type SoloSubgraph } from '../../../test/support/subgraph';
import { communityCommittees } from '../src/subgraph';

const REGISTER = `mutation ($input: RegisterResidentInput!) { registerResident(input: $input) { id name residentType community { code } } }`;
const resident = (overrides: Record<string, unknown> = {}) => ({
  idNumber: makeIdNumber('320571', '19850312', 41),
  name: '陈建华',
  phone: '13812345678',
  residentType: 'NEW_RESIDENT',
  communityCode: '320571001001',
  ...overrides,
});

describe('community-committees writes', () => {
  let solo: SoloSubgraph;
  const personCount = async () => Number((await solo.subgraph.db.query('SELECT COUNT(*) AS n FROM person'))[0].n);
  beforeAll(async () => {
    solo = await startSoloSubgraph(communityCommittees);
  });
  afterAll(() => solo.stop());

  it('registers a resident under a pseudonym and counts them', async () => {
    const before = await solo.query<{ community: { residentCount: number } }>(`{ community(code: "320571001001") { residentCount } }`);
    const result = await solo.query<{ registerResident: { id: string; community: { code: string } } }>(REGISTER, { input: resident() });
    expect(result.errors).toBeUndefined();
    expect(result.data!.registerResident.id).toMatch(/^P[0-9A-F]{23}$/);
    const after = await solo.query<{ community: { residentCount: number } }>(`{ community(code: "320571001001") { residentCount } }`);
    expect(after.data!.community.residentCount).toBe(before.data!.community.residentCount + 1);
  });

  it.each([
    ['a wrong check character', { idNumber: `${makeIdNumber('320571', '19850312', 42).slice(0, 17)}${makeIdNumber('320571', '19850312', 42)[17] === '0' ? '1' : '0'}` }, 'idNumber', /check character/],
    ['a birth date that does not exist', { idNumber: makeIdNumber('320571', '19850230', 43) }, 'idNumber', /birth date/],
    ['an unknown community', { idNumber: makeIdNumber('320571', '19850312', 44), communityCode: '320571009999' }, 'communityCode', /no community/],
    ['a malformed community code', { idNumber: makeIdNumber('320571', '19850312', 45), communityCode: '3205' }, 'communityCode', /12-digit/],
    ['an empty name', { idNumber: makeIdNumber('320571', '19850312', 46), name: '   ' }, 'name', /1 to 50/],
    ['a bad phone', { idNumber: makeIdNumber('320571', '19850312', 47), phone: 'call me' }, 'phone', /digits/],
  ])('refuses %s and writes nothing', async (_case, overrides, field, reason) => {
    const before = await personCount();
    const result = await solo.query(REGISTER, { input: resident(overrides) });
    expect(result.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(result.errors![0].message).toMatch(reason);
    expect(await personCount()).toBe(before);
  });

  it('refuses a second registration of the same ID number', async () => {
    const input = resident({ idNumber: makeIdNumber('320571', '19700101', 48) });
    expect((await solo.query(REGISTER, { input })).errors).toBeUndefined();
    const again = await solo.query(REGISTER, { input });
    expect(again.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'idNumber' });
  });

  it('assigns a contact person once, and refuses an unknown person', async () => {
    const [person]: Array<{ id: string }> = await solo.subgraph.db.query(`SELECT id FROM person WHERE community_code = '320571001002' ORDER BY id DESC LIMIT 1`);
    const assign = `mutation ($p: ID!) { assignContactPerson(communityCode: "320571001002", personId: $p, assignedOn: "2011-05-01") { contactPersons { id } } }`;
    const result = await solo.query<{ assignContactPerson: { contactPersons: Array<{ id: string }> } }>(assign, { p: person.id });
    expect(result.data!.assignContactPerson.contactPersons.map((contact) => contact.id)).toContain(person.id);
    expect((await solo.query(assign, { p: person.id })).errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'personId' });
    expect((await solo.query(assign, { p: 'PNOBODY' })).errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'personId' });
  });

  it('refuses an entrustment agreement with a community of another town', async () => {
    const sign = `mutation ($input: SignEntrustmentAgreementInput!) { signEntrustmentAgreement(input: $input) { id town { name } } }`;
    const ok = await solo.query<{ signEntrustmentAgreement: { id: string; town: { name: string } } }>(sign, {
      input: { townCode: '320585101000', communityCode: '320585101001', signedOn: '2010-03-01', matters: '协助开展计划生育和社会保障服务' },
    });
    expect(ok.data!.signEntrustmentAgreement.town.name).toBe('双凤镇');
    const wrong = await solo.query(sign, { input: { townCode: '320585101000', communityCode: '320585100001', signedOn: '2010-03-01', matters: '协助' } });
    expect(wrong.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'communityCode' });
  });
});
