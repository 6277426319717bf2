import { verifyAuditChain } from '@governance/kit';
import { verifyPlatformAudit } from '@governance/scripts/audit-verify';
import type { DataSource } from 'typeorm';
import { startStack, type Stack } from '../support/stack';
import { TEST_PURPOSE, entitled } from '@governance/testkit/tokens';
import { auditRows, postAs, resealedHash, restoreAuditLog, somePerson, stackDatabaseEnv } from './support';

/**
 * Tampering with the audit log directly in the database (an operator with
 * SQL access covering their tracks) is detected three ways: the
 * `communityCommitteesAuditLog` query names the entries on its page that do
 * not verify, `verifyAuditChain` names the first broken entry, and
 * `npm run audit:verify` (verifyPlatformAudit) reports it per agency.
 */

const LOG = `query ($first: Int, $after: String, $person: ID) {
  communityCommitteesAuditLog(first: $first, after: $after, person: $person) {
    nodes { sequence recordedAt requestId clientRequestId subject agency purpose operationName documentHash action fieldCoordinates person hash }
    pageInfo { endCursor hasNextPage }
    totalCount
    brokenSequences
  }
}`;

interface AuditPage {
  nodes: Array<{
    sequence: number;
    requestId: string;
    clientRequestId: string | null;
    subject: string;
    agency: string;
    purpose: string | null;
    operationName: string | null;
    documentHash: string | null;
    action: string;
    fieldCoordinates: string[];
    person: string | null;
    hash: string;
  }>;
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
  totalCount: number;
  brokenSequences: number[];
}

type Row = Record<string, unknown>;

describe('a tampered audit log', () => {
  let stack: Stack;
  let db: DataSource;
  let people: Array<{ id: string }>;
  let original: Row[];
  /** The request ids the gateway minted and returned for the five reads. */
  const requestIds: string[] = [];

  beforeAll(async () => {
    stack = await startStack();
    db = stack.subgraphs['community-committees'].db;
    people = await Promise.all([0, 1, 2, 3, 4].map((offset) => somePerson(stack, offset)));
    // Five unmasked reads, one request each, so entries 1..5 concern people 0..4.
    for (const [index, person] of people.entries()) {
      const response = await postAs(stack.gateway.url, `query Lookup($id: ID!) { person(id: $id) { name phone } }`, { id: person.id }, entitled('community-committees'), {
        'x-request-id': `audit-test-${index + 1}`,
      });
      expect(response.json.errors).toBeUndefined();
      requestIds.push(response.headers.get('x-request-id')!);
    }
    original = await auditRows(db);
  });
  afterAll(() => stack.stop());

  /** Puts the log back as it was written, so that each test tampers with an intact chain. */
  afterEach(() => restoreAuditLog(db, original));

  async function page(variables: Record<string, unknown> = {}): Promise<AuditPage> {
    const result = await stack.query<{ communityCommitteesAuditLog: AuditPage }>(LOG, variables, entitled('community-committees'));
    expect(result.errors).toBeUndefined();
    return result.data!.communityCommitteesAuditLog;
  }

  async function platformReport() {
    const [verification] = await verifyPlatformAudit(stackDatabaseEnv(stack), ['community-committees']);
    expect(verification.subgraph).toBe('community-committees');
    return verification.report;
  }

  it('holds what the reads wrote, newest first, and verifies (the control)', async () => {
    const log = await page();
    expect(log.totalCount).toBe(5);
    expect(log.brokenSequences).toEqual([]);
    expect(log.nodes.map((node) => node.sequence)).toEqual([5, 4, 3, 2, 1]);
    expect(log.nodes[4]).toMatchObject({
      requestId: requestIds[0],
      clientRequestId: 'audit-test-1',
      subject: 'test@community-committees',
      agency: 'community-committees',
      purpose: TEST_PURPOSE,
      action: 'READ',
      fieldCoordinates: ['Person.name', 'Person.phone'],
      person: people[0].id,
    });
    expect(await verifyAuditChain(db)).toEqual({ entries: 5, intact: true });
    expect(await platformReport()).toEqual({ entries: 5, intact: true });
    // The name the client gave its operation, not the gateway's name for its subgraph fetch.
    expect(log.nodes[4].operationName).toBe('Lookup');
    expect(log.nodes[4].documentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(requestIds[0]).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('pages by cursor and narrows to one person', async () => {
    const first = await page({ first: 2 });
    expect(first.nodes.map((node) => node.sequence)).toEqual([5, 4]);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await page({ first: 2, after: first.pageInfo.endCursor });
    expect(second.nodes.map((node) => node.sequence)).toEqual([3, 2]);
    const one = await page({ person: people[2].id });
    expect(one.totalCount).toBe(1);
    expect(one.nodes.map((node) => node.sequence)).toEqual([3]);
  });

  it('detects an edited purpose: the entry no longer matches its hash', async () => {
    await db.query('UPDATE audit_log SET purpose = ? WHERE sequence = 3', ['routine check']);
    expect((await page()).brokenSequences).toEqual([3]);
    expect(await verifyAuditChain(db)).toMatchObject({ intact: false, firstBroken: { sequence: 3, reason: expect.stringMatching(/altered/) } });
    expect(await platformReport()).toMatchObject({ intact: false, firstBroken: { sequence: 3 } });
  });

  it('detects an edited person whose hash was recomputed: the next entry no longer links to it', async () => {
    const [row] = await db.query<Row[]>('SELECT * FROM audit_log WHERE sequence = 3');
    // Sanity: the re-sealing is the product's own hash, so entry 3 itself verifies after the edit.
    expect(resealedHash(row)).toBe(row.hash);
    const forged = { ...row, person: people[0].id };
    const hash = resealedHash(forged);
    await db.query('UPDATE audit_log SET person = ?, hash = ? WHERE sequence = 3', [forged.person, hash]);
    expect((await page()).brokenSequences).toEqual([4]);
    expect(await verifyAuditChain(db)).toMatchObject({ intact: false, firstBroken: { sequence: 4, reason: expect.stringMatching(/link/) } });
  });

  it('detects a deleted entry in the middle', async () => {
    await db.query('DELETE FROM audit_log WHERE sequence = 2');
    const log = await page();
    expect(log.totalCount).toBe(4);
    expect(log.brokenSequences).toEqual([3]);
    expect(await verifyAuditChain(db)).toMatchObject({ intact: false, firstBroken: { sequence: 2, reason: expect.stringMatching(/missing/) } });
    expect(await platformReport()).toMatchObject({ intact: false, firstBroken: { sequence: 2 } });
  });

  it('detects a deleted last entry through the chain head', async () => {
    await db.query('DELETE FROM audit_log WHERE sequence = 5');
    expect((await page()).totalCount).toBe(4);
    expect(await verifyAuditChain(db)).toMatchObject({ entries: 4, intact: false, firstBroken: { sequence: 5, reason: expect.stringMatching(/deleted from the end/) } });
    expect(await platformReport()).toMatchObject({ intact: false, firstBroken: { sequence: 5 } });
  });

  it('detects the whole log emptied', async () => {
    await db.query('DELETE FROM audit_log');
    expect(await verifyAuditChain(db)).toMatchObject({ entries: 0, intact: false, firstBroken: { sequence: 1 } });
  });

  it('keeps one chain after tampering is undone: the next read appends entry 6', async () => {
    expect(await verifyAuditChain(db)).toEqual({ entries: 5, intact: true });
    await postAs(stack.gateway.url, `query ($id: ID!) { person(id: $id) { idNumber } }`, { id: people[1].id }, entitled('community-committees'));
    const [entry] = await auditRows(db, 6);
    expect(entry).toMatchObject({ sequence: 6, previous_hash: original.at(-1)!.hash, coordinates: 'Person.idNumber' });
    expect(await verifyAuditChain(db)).toEqual({ entries: 6, intact: true });
    // Keep the restore in afterEach exact.
    await db.query('DELETE FROM audit_log WHERE sequence = 6');
  });
});
