import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import { AuditAction, appendAuditEntries, type AuditRecord } from '../src/audit';
import { verifyAuditChain } from '../src/audit';
import { openDataSource } from '../src/data-source';
import { StatementCounter } from '../src/statement-counter';

const record = (i: number): AuditRecord => ({
  recordedAt: new Date(Date.UTC(2011, 10, 11, 8, 0, i)).toISOString(),
  requestId: `request-${i}`,
  clientRequestId: i % 2 === 0 ? `client-${i}` : null,
  subject: 'clerk-7',
  agency: 'community-committees',
  purpose: i % 2 === 0 ? 'case-handling' : null,
  caseReference: i % 4 === 0 ? `SZ-2011-00${i}` : null,
  agreement: i % 2 === 0 ? 'CC-DSA-2026-002' : null,
  operationName: 'CommunityOverview',
  documentHash: 'ab'.repeat(32),
  action: i % 3 === 0 ? AuditAction.WRITE : AuditAction.READ,
  coordinates: 'Person.name,Person.phone',
  person: `P${String(i).padStart(23, '0')}`,
});

/** The chain on a real SQLite file, as each subgraph keeps it, tampered with the way someone with database access would. */
describe('the audit chain', () => {
  let dir: string;
  let db: DataSource;
  beforeEach(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'audit-'));
    db = await openDataSource({ kind: 'sqlite', file: path.join(dir, 'audit.sqlite') }, { entities: [], migrations: [] }, new StatementCounter('audit', false));
    await db.transaction((manager) =>
      appendAuditEntries(
        manager,
        Array.from({ length: 7 }, (_, i) => record(i + 1)),
      ),
    );
    await db.transaction((manager) => appendAuditEntries(manager, [record(8), record(9), record(10)]));
  });
  afterEach(async () => {
    await db.destroy();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('is intact after appends in several transactions', async () => {
    await expect(verifyAuditChain(db, 3)).resolves.toEqual({ entries: 10, intact: true });
  });

  it('detects an edited entry', async () => {
    await db.query(`UPDATE audit_log SET purpose = 'curiosity' WHERE sequence = 4`);
    await expect(verifyAuditChain(db, 3)).resolves.toMatchObject({ intact: false, firstBroken: { sequence: 4, reason: 'entry 4 was altered after it was written' } });
  });

  it('detects an entry deleted from the middle', async () => {
    await db.query('DELETE FROM audit_log WHERE sequence = 6');
    await expect(verifyAuditChain(db, 3)).resolves.toMatchObject({ intact: false, firstBroken: { sequence: 6, reason: 'entry 6 is missing (the next is 7)' } });
  });

  it('detects entries deleted from the end, through the head row', async () => {
    await db.query('DELETE FROM audit_log WHERE sequence >= 9');
    await expect(verifyAuditChain(db, 3)).resolves.toMatchObject({ entries: 8, intact: false, firstBroken: { sequence: 9 } });
  });

  it('detects an entry rewritten with a recomputed hash, at the next link', async () => {
    const [entry]: Array<{ hash: string }> = await db.query('SELECT hash FROM audit_log WHERE sequence = 2');
    await db.query(`UPDATE audit_log SET hash = ? WHERE sequence = 2`, [entry.hash.replace(/^./, (c) => (c === '0' ? '1' : '0'))]);
    const report = await verifyAuditChain(db, 3);
    expect(report.intact).toBe(false);
    expect(report.firstBroken?.sequence).toBe(2);
  });
});
