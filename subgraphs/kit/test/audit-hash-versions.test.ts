import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { AuditAction, CreateAuditLog1764460800000, GENESIS_HASH, appendAuditEntries, hashAuditEntry, verifyAuditChain, type AuditRecord } from '../src/audit';
import { openDataSource } from '../src/data-source';
import { StatementCounter } from '../src/statement-counter';

const record = (i: number): AuditRecord => ({
  recordedAt: new Date(Date.UTC(2025, 10, 30, 8, 0, i)).toISOString(),
  requestId: `6f1c0b52-0000-4abc-8000-00000000000${i}`,
  clientRequestId: `dashboard-${i}`,
  subject: 'clerk-7',
  agency: 'public-security',
  purpose: 'case 2011-0042',
  operationName: 'CommunityOverview',
  documentHash: 'ab'.repeat(32),
  action: AuditAction.READ,
  coordinates: 'Person.name',
  person: `P${String(i).padStart(23, '0')}`,
});

/**
 * A log written before the request facts were recorded (hash version 1),
 * migrated, then appended to: the old entries must keep verifying as they
 * were hashed, the new ones cover the new fields, and neither kind can be
 * passed off as the other.
 */
describe('audit entries across the hash versions', () => {
  let dir: string;
  let db: DataSource;

  beforeEach(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'audit-versions-'));
    const file = path.join(dir, 'audit.sqlite');
    // The log as the previous release left it: only the first audit migration, entries hashed the old way.
    const old = new DataSource({ type: 'better-sqlite3', database: file, migrations: [CreateAuditLog1764460800000] });
    await old.initialize();
    await old.runMigrations();
    let previousHash = GENESIS_HASH;
    for (let sequence = 1; sequence <= 3; sequence += 1) {
      const entry = { sequence, recordedAt: `2025-11-29T08:00:0${sequence}.000Z`, requestId: `old-${sequence}`, subject: 'clerk-6', agency: 'public-security', purpose: null, operationName: 'RecordTalkEvent', action: AuditAction.WRITE, coordinates: 'Mutation.recordTalkEvent', person: null, previousHash };
      const hash = hashAuditEntry({ ...entry, clientRequestId: null, documentHash: null, hashVersion: 1 });
      await old.query(
        'INSERT INTO audit_log (sequence, recorded_at, request_id, subject, agency, purpose, operation_name, action, coordinates, person, previous_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
        [sequence, entry.recordedAt, entry.requestId, entry.subject, entry.agency, entry.purpose, entry.operationName, entry.action, entry.coordinates, entry.person, previousHash, hash],
      );
      await old.query('UPDATE audit_chain_head SET sequence = ?, hash = ? WHERE id = 1', [sequence, hash]);
      previousHash = hash;
    }
    await old.destroy();
    db = await openDataSource({ kind: 'sqlite', file }, { entities: [], migrations: [] }, new StatementCounter('audit', false));
    await db.transaction((manager) => appendAuditEntries(manager, [record(4), record(5), record(6)]));
  });

  afterEach(async () => {
    await db.destroy();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('verifies the entries written before the migration and after it', async () => {
    await expect(verifyAuditChain(db, 2)).resolves.toEqual({ entries: 6, intact: true });
    const rows: Array<{ sequence: number; hash_version: number; document_hash: string | null }> = await db.query('SELECT sequence, hash_version, document_hash FROM audit_log ORDER BY sequence');
    expect(rows.map((row) => [row.sequence, row.hash_version, row.document_hash])).toEqual([
      [1, 1, null],
      [2, 1, null],
      [3, 1, null],
      [4, 2, 'ab'.repeat(32)],
      [5, 2, 'ab'.repeat(32)],
      [6, 2, 'ab'.repeat(32)],
    ]);
  });

  it.each([
    ['the document hash', `UPDATE audit_log SET document_hash = '${'cd'.repeat(32)}' WHERE sequence = 5`, 'entry 5 was altered after it was written'],
    ['the client request id', `UPDATE audit_log SET client_request_id = 'someone-else' WHERE sequence = 5`, 'entry 5 was altered after it was written'],
    ['the hash version, back to 1', 'UPDATE audit_log SET hash_version = 1 WHERE sequence = 5', 'entry 5 claims an older hash version than the entry before it'],
    ['the hash version, to one not known', 'UPDATE audit_log SET hash_version = 3 WHERE sequence = 6', 'entry 6 claims hash version 3, which this verifier does not know'],
  ])('detects a change to %s', async (_field, tamper, reason) => {
    await db.query(tamper);
    await expect(verifyAuditChain(db, 2)).resolves.toMatchObject({ intact: false, firstBroken: { reason } });
  });

  it('refuses to append an entry whose values the database would not store as hashed', async () => {
    const tooLong = { ...record(7), operationName: 'A'.repeat(201) };
    await expect(db.transaction((manager) => appendAuditEntries(manager, [tooLong]))).rejects.toThrow(/operationName cannot be stored exactly as hashed/);
    const surrogate = { ...record(7), subject: 'clerk\ud800' };
    await expect(db.transaction((manager) => appendAuditEntries(manager, [surrogate]))).rejects.toThrow(/subject cannot be stored/);
    await expect(verifyAuditChain(db)).resolves.toEqual({ entries: 6, intact: true });
  });
});
