import type { EntityManager } from 'typeorm';
import { AuditChainHead, AuditEntry } from './audit-entry.entity';
import { hashAuditEntry } from './audit-hash';

/** An entry before it has a place in the chain. */
export type AuditRecord = Omit<AuditEntry, 'sequence' | 'previousHash' | 'hash' | 'fieldCoordinates'>;

const HEAD_ID = 1;
const INSERT_CHUNK = 500;

/**
 * Appends entries to the chain inside the caller's transaction, so that they
 * commit or roll back with the write they record. The head row is locked
 * (SELECT ... FOR UPDATE on MySQL; SQLite serialises writers itself), which
 * keeps concurrent appends in one line. A constant number of statements,
 * however many entries.
 */
export async function appendAuditEntries(manager: EntityManager, records: readonly AuditRecord[]): Promise<void> {
  if (records.length === 0) return;
  const query = manager.getRepository(AuditChainHead).createQueryBuilder('head').where('head.id = :id', { id: HEAD_ID });
  if (manager.connection.options.type !== 'better-sqlite3') query.setLock('pessimistic_write');
  const head = await query.getOneOrFail();
  let { sequence, hash } = head;
  const rows = records.map((record) => {
    sequence += 1;
    const row = { ...record, sequence, previousHash: hash };
    hash = hashAuditEntry(row);
    return { ...row, hash };
  });
  for (let start = 0; start < rows.length; start += INSERT_CHUNK) {
    await manager.insert(AuditEntry, rows.slice(start, start + INSERT_CHUNK));
  }
  await manager.update(AuditChainHead, { id: HEAD_ID }, { sequence, hash });
}
