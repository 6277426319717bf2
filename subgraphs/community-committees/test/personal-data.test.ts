import { SCOPES } from '@governance/kit';
import { startSoloSubgraph, type SoloSubgraph } from '@governance/testkit/subgraph';
import { TEST_PURPOSE, type Caller } from '@governance/testkit/tokens';
import { communityCommittees } from '../src/subgraph';
import { auditedBy } from './support';

const PERSON = `query ($id: ID!) { person(id: $id) { id name phone idNumber } }`;
const RESIDENTS = `{ community(code: "320571001001") { residents(first: 2) { nodes { id name phone idNumber } } } }`;

interface PersonRow {
  id: string;
  name: string;
  phone: string;
  id_number: string;
}

describe('community-committees: personal data is masked unless the caller is entitled and states a purpose', () => {
  let solo: SoloSubgraph;
  let someone: PersonRow;
  beforeAll(async () => {
    solo = await startSoloSubgraph(communityCommittees);
    [someone] = await solo.subgraph.db.query('SELECT id, name, phone, id_number FROM person ORDER BY id LIMIT 1');
  });
  afterAll(() => solo.stop());

  it.each<[string, Caller]>([
    ['a token without pii:read', { agency: 'community-committees', scopes: ['read'], purpose: TEST_PURPOSE }],
    ['pii:read without a stated purpose', { agency: 'community-committees', scopes: SCOPES }],
  ])('masks name, phone and ID number for %s, and records no read', async (_case, caller) => {
    const { result, entries } = await auditedBy(solo, () =>
      solo.query<{ person: { id: string; name: string; phone: string; idNumber: string } }>(PERSON, { id: someone.id }, caller),
    );
    expect(result.errors).toBeUndefined();
    const { name, phone, id_number: idNumber } = someone;
    expect(result.data!.person).toEqual({
      id: someone.id,
      name: name[0] + '*'.repeat(name.length - 1),
      phone: `${phone.slice(0, 3)}${'*'.repeat(phone.length - 7)}${phone.slice(-4)}`,
      idNumber: `${idNumber.slice(0, 3)}***********${idNumber.slice(-4)}`,
    });
    expect(result.data!.person.idNumber).toHaveLength(18);
    expect(entries).toEqual([]);
  });

  it('shows them to pii:read with a purpose, and records one READ entry of the fields per person', async () => {
    const { result, entries } = await auditedBy(solo, () => solo.query<{ person: { name: string; phone: string; idNumber: string } }>(PERSON, { id: someone.id }));
    expect(result.errors).toBeUndefined();
    expect(result.data!.person).toEqual({ id: someone.id, name: someone.name, phone: someone.phone, idNumber: someone.id_number });
    expect(entries).toEqual([
      expect.objectContaining({
        action: 'READ',
        coordinates: 'Person.idNumber,Person.name,Person.phone',
        person: someone.id,
        agency: 'community-committees',
        purpose: TEST_PURPOSE,
      }),
    ]);

    const page = await auditedBy(solo, () => solo.query<{ community: { residents: { nodes: Array<{ id: string; phone: string }> } } }>(RESIDENTS));
    const residents = page.result.data!.community.residents.nodes;
    expect(residents).toHaveLength(2);
    expect(residents.every((resident) => !resident.phone.includes('*'))).toBe(true);
    expect(page.entries.map((entry) => [entry.action, entry.person, entry.coordinates])).toEqual(
      expect.arrayContaining(residents.map((resident) => ['READ', resident.id, 'Person.idNumber,Person.name,Person.phone'])),
    );
    expect(page.entries).toHaveLength(2);
  });

  it('records only the personal fields actually read', async () => {
    const { entries } = await auditedBy(solo, () => solo.query(`query ($id: ID!) { person(id: $id) { phone residentType } }`, { id: someone.id }));
    expect(entries.map((entry) => entry.coordinates)).toEqual(['Person.phone']);
    const none = await auditedBy(solo, () => solo.query(`query ($id: ID!) { person(id: $id) { id residentType } }`, { id: someone.id }));
    expect(none.entries).toEqual([]);
  });
});
