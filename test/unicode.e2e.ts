import { makeIdNumber } from '@governance/kit';
import { startStack, type Stack } from './support/stack';

/** 4-byte characters (𠮷 is outside the BMP), emoji, and several scripts in one name. */
const NAMES = ['𠮷田 太郎', '王𠀋明', 'Zoë Ōsaka-李 😀', 'محمد·阿里', 'Ivan Петров 张'];

describe('Chinese and other text end to end (utf8mb4 on MySQL)', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack.stop());

  it.each(NAMES.map((name, index) => [name, index] as const))('writes %s through the gateway and reads it back unchanged', async (name, index) => {
    const registered = await stack.query<{ registerResident: { id: string; name: string } }>(
      `mutation ($input: RegisterResidentInput!) { registerResident(input: $input) { id name } }`,
      { input: { idNumber: makeIdNumber('320571', '19900101', 100 + index), name, phone: '13900000000', residentType: 'FOREIGN', communityCode: '320571001003' } },
    );
    expect(registered.errors).toBeUndefined();
    expect(registered.data!.registerResident.name).toBe(name);
    const read = await stack.query<{ person: { name: string; community: { name: string } } }>(`query ($id: ID!) { person(id: $id) { name community { name } } }`, {
      id: registered.data!.registerResident.id,
    });
    expect(read.data!.person).toEqual({ name, community: { name: '玲珑社区' } });
    const [row]: Array<{ name: string }> = await stack.subgraphs['community-committees'].db.query('SELECT name FROM person WHERE id = ?', [registered.data!.registerResident.id]);
    expect(row.name).toBe(name);
    expect(Buffer.from(row.name, 'utf8').equals(Buffer.from(name, 'utf8'))).toBe(true);
  });
});
