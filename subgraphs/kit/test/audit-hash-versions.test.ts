import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DataSource } from 'typeorm';
import {
  AddAuditRequestFacts1764547200000,
  AuditAction,
  CreateAuditLog1764460800000,
  GENESIS_HASH,
  appendAuditEntries,
  hashAuditEntry,
  verifyAuditChain,
  type AuditRecord,
} from '../src/audit';
import { openDataSource } from '../src/data-source';
import { StatementCounter } from '../src/statement-counter';

const record = (i: number): AuditRecord => ({
  recordedAt: new Date(Date.UTC(2025, 10, 30, 8, 0, i)).toISOString(),
  requestId: `6f1c0b52-0000-4abc-8000-00000000000${i}`,
  clientRequestId: `dashboard-${i}`,
  subject: 'clerk-7',
  agency: 'public-security',
  purpose: 'case-handling',
  caseReference: `SZ-2011-004${i}`,
  agreement: 'CC-DSA-2026-002',
  operationName: 'CommunityOverview',
  documentHash: 'ab'.repeat(32),
  action: AuditAction.READ,
  coordinates: 'Person.name',
  person: `P${String(i).padStart(23, '0')}`,
});

/**
 * A log written before the request facts were recorded (hash version 1),
 * migrated and appended to before the purpose facts were (version 2),
 * migrated again, then appended to (version 3): the old entries must keep
 * verifying as they were hashed, the new ones cover the new fields, and no
 * kind can be passed off as another.
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
      const entry = {
        sequence,
        recordedAt: `2025-11-29T08:00:0${sequence}.000Z`,
        requestId: `old-${sequence}`,
        subject: 'clerk-6',
        agency: 'public-security',
        purpose: null,
        operationName: 'RecordTalkEvent',
        action: AuditAction.WRITE,
        coordinates: 'Mutation.recordTalkEvent',
        person: null,
        previousHash,
      };
      const hash = hashAuditEntry({ ...entry, clientRequestId: null, documentHash: null, caseReference: null, agreement: null, hashVersion: 1 });
      await old.query(
        'INSERT INTO audit_log (sequence, recorded_at, request_id, subject, agency, purpose, operation_name, action, coordinates, person, previous_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
        [
          sequence,
          entry.recordedAt,
          entry.requestId,
          entry.subject,
          entry.agency,
          entry.purpose,
          entry.operationName,
          entry.action,
          entry.coordinates,
          entry.person,
          previousHash,
          hash,
        ],
      );
      await old.query('UPDATE audit_chain_head SET sequence = ?, hash = ? WHERE id = 1', [sequence, hash]);
      previousHash = hash;
    }
    await old.destroy();
    // The next release: request facts recorded, hash version 2, no case reference or agreement yet.
    const middle = new DataSource({ type: 'better-sqlite3', database: file, migrations: [CreateAuditLog1764460800000, AddAuditRequestFacts1764547200000] });
    await middle.initialize();
    await middle.runMigrations();
    for (let sequence = 4; sequence <= 5; sequence += 1) {
      const { caseReference: _case, agreement: _agreement, ...facts } = record(sequence);
      const entry = { ...facts, purpose: 'free text of the time', sequence, previousHash, hashVersion: 2 };
      const hash = hashAuditEntry({ ...entry, caseReference: null, agreement: null });
      await middle.query(
        'INSERT INTO audit_log (sequence, recorded_at, request_id, client_request_id, subject, agency, purpose, operation_name, document_hash, action, coordinates, person, previous_hash, hash, hash_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 2)',
        [
          sequence,
          entry.recordedAt,
          entry.requestId,
          entry.clientRequestId,
          entry.subject,
          entry.agency,
          entry.purpose,
          entry.operationName,
          entry.documentHash,
          entry.action,
          entry.coordinates,
          entry.person,
          previousHash,
          hash,
        ],
      );
      await middle.query('UPDATE audit_chain_head SET sequence = ?, hash = ? WHERE id = 1', [sequence, hash]);
      previousHash = hash;
    }
    await middle.destroy();
    db = await openDataSource({ kind: 'sqlite', file }, { entities: [], migrations: [] }, new StatementCounter('audit', false));
    await db.transaction((manager) => appendAuditEntries(manager, [record(6), record(7), record(8)]));
  });

  afterEach(async () => {
    await db.destroy();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('verifies the entries written before each migration and after it', async () => {
    await expect(verifyAuditChain(db, 2)).resolves.toEqual({ entries: 8, intact: true });
    const rows: Array<{ sequence: number; hash_version: number; document_hash: string | null; agreement: string | null }> = await db.query(
      'SELECT sequence, hash_version, document_hash, agreement FROM audit_log ORDER BY sequence',
    );
    expect(rows.map((row) => [row.sequence, row.hash_version, row.document_hash, row.agreement])).toEqual([
      [1, 1, null, null],
      [2, 1, null, null],
      [3, 1, null, null],
      [4, 2, 'ab'.repeat(32), null],
      [5, 2, 'ab'.repeat(32), null],
      [6, 3, 'ab'.repeat(32), 'CC-DSA-2026-002'],
      [7, 3, 'ab'.repeat(32), 'CC-DSA-2026-002'],
      [8, 3, 'ab'.repeat(32), 'CC-DSA-2026-002'],
    ]);
  });

  it.each([
    ['the document hash', `UPDATE audit_log SET document_hash = '${'cd'.repeat(32)}' WHERE sequence = 5`, 'entry 5 was altered after it was written'],
    ['the client request id', `UPDATE audit_log SET client_request_id = 'someone-else' WHERE sequence = 5`, 'entry 5 was altered after it was written'],
    ['the agreement', `UPDATE audit_log SET agreement = 'CC-DSA-2026-001' WHERE sequence = 7`, 'entry 7 was altered after it was written'],
    ['the case reference', `UPDATE audit_log SET case_reference = NULL WHERE sequence = 7`, 'entry 7 was altered after it was written'],
    ['the hash version, back to 1', 'UPDATE audit_log SET hash_version = 1 WHERE sequence = 5', 'entry 5 claims an older hash version than the entry before it'],
    ['the hash version, back to 2', 'UPDATE audit_log SET hash_version = 2 WHERE sequence = 7', 'entry 7 claims an older hash version than the entry before it'],
    ['the hash version, to one not known', 'UPDATE audit_log SET hash_version = 4 WHERE sequence = 8', 'entry 8 claims hash version 4, which this verifier does not know'],
  ])('detects a change to %s', async (_field, tamper, reason) => {
    await db.query(tamper);
    await expect(verifyAuditChain(db, 2)).resolves.toMatchObject({ intact: false, firstBroken: { reason } });
  });

  it('refuses to append an entry whose values the database would not store as hashed', async () => {
    const tooLong = { ...record(9), operationName: 'A'.repeat(201) };
    await expect(db.transaction((manager) => appendAuditEntries(manager, [tooLong]))).rejects.toThrow(/operationName cannot be stored exactly as hashed/);
    const surrogate = { ...record(9), subject: 'clerk\ud800' };
    await expect(db.transaction((manager) => appendAuditEntries(manager, [surrogate]))).rejects.toThrow(/subject cannot be stored/);
    await expect(verifyAuditChain(db)).resolves.toEqual({ entries: 8, intact: true });
  });
});
