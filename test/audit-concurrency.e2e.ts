import { makeIdNumber, verifyAuditChain } from '@governance/kit';
import { startStack, type Stack } from './support/stack';

const REGISTER = `mutation Register($input: RegisterResidentInput!) { registerResident(input: $input) { id name } }`;
const READ = `query ResidentNames($code: ID!) { community(code: $code) { contactPersons { id name phone } } }`;

/**
 * Writes and audited reads racing each other must still leave one unbroken
 * chain, on SQLite (one writer at a time) and on MariaDB (the head row lock).
 */
describe('the audit chain under concurrent writes and reads', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack.stop());

  it('records every one of 20 concurrent writes and 20 concurrent reads in one intact chain', async () => {
    const db = stack.subgraphs['community-committees'].db;
    const before = await verifyAuditChain(db);
    const [{ code }]: Array<{ code: string }> = await db.query('SELECT community_code AS code FROM contact_assignment ORDER BY community_code LIMIT 1');
    const writes = Array.from({ length: 20 }, (_, i) =>
      stack.query(REGISTER, {
        input: { idNumber: makeIdNumber('320571', '19900101', 500 + i), name: `并发${i}`, phone: '13800001234', residentType: 'LOCAL', communityCode: code },
      }),
    );
    const reads = Array.from({ length: 20 }, () => stack.query(READ, { code }));
    const results = await Promise.all([...writes, ...reads]);
    expect(results.flatMap((result) => result.errors ?? [])).toEqual([]);

    const after = await verifyAuditChain(db);
    expect(after.intact).toBe(true);
    const [{ writes: written }]: Array<{ writes: number | string }> = await db.query(`SELECT COUNT(*) AS writes FROM audit_log WHERE action = 'WRITE' AND sequence > ?`, [
      before.entries,
    ]);
    expect(Number(written)).toBe(20);
    // Each registration returns the unmasked name of its resident (a read), and each read names the contact persons.
    expect(after.entries - before.entries).toBeGreaterThan(40);
  });
});
