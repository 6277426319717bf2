import type { EntityManager } from 'typeorm';
import { codePointLength } from '../input/text';
import { AuditChainHead, AuditEntry } from './audit-entry.entity';
import { CURRENT_HASH_VERSION, hashAuditEntry } from './audit-hash';

/** An entry before it has a place in the chain. */
export type AuditRecord = Omit<AuditEntry, 'sequence' | 'previousHash' | 'hash' | 'hashVersion' | 'fieldCoordinates'>;

/** Where the chain ends: the last entry's sequence and hash (what a signed head states). */
export interface ChainHead {
  readonly sequence: number;
  readonly hash: string;
}

const HEAD_ID = 1;
const INSERT_CHUNK = 500;

/**
 * Appends entries to the chain inside the caller's transaction, so that they
 * commit or roll back with the write they record. The head row is locked
 * (SELECT ... FOR UPDATE on MySQL; SQLite serialises writers itself), which
 * keeps concurrent appends in one line. A constant number of statements,
 * however many entries. Returns the new head (null when there was nothing to
 * append), valid once the caller's transaction commits.
 */
export async function appendAuditEntries(manager: EntityManager, records: readonly AuditRecord[]): Promise<ChainHead | null> {
  if (records.length === 0) return null;
  for (const record of records) requireStorable(manager, record);
  const query = manager.getRepository(AuditChainHead).createQueryBuilder('head').where('head.id = :id', { id: HEAD_ID });
  if (manager.dataSource.options.type !== 'better-sqlite3') query.setLock('pessimistic_write');
  const head = await query.getOneOrFail();
  let { sequence, hash } = head;
  const rows = records.map((record) => {
    sequence += 1;
    const row = { ...record, sequence, previousHash: hash, hashVersion: CURRENT_HASH_VERSION };
    hash = hashAuditEntry(row);
    return { ...row, hash };
  });
  for (let start = 0; start < rows.length; start += INSERT_CHUNK) {
    await manager.insert(AuditEntry, rows.slice(start, start + INSERT_CHUNK));
  }
  await manager.update(AuditChainHead, { id: HEAD_ID }, { sequence, hash });
  return { sequence, hash };
}

/**
 * The hash is computed over the values as given, so each must come back from
 * the database exactly as it went in: within its column's length (counted in
 * characters, as MySQL counts) and free of what a UTF-8 column cannot hold or
 * a driver may cut (lone surrogates, NUL). The request's values are validated
 * where they enter; a value that gets here otherwise is a bug, and refusing
 * the write beats an entry that can never verify.
 */
function requireStorable(manager: EntityManager, record: AuditRecord): void {
  for (const column of manager.dataSource.getMetadata(AuditEntry).columns) {
    const value: unknown = (record as Readonly<Record<string, unknown>>)[column.propertyName];
    if (typeof value !== 'string') continue;
    if (codePointLength(value) > Number(column.length) || value.includes('\0') || /\p{Cs}/u.test(value)) {
      throw new Error(`audit entry field ${column.propertyName} cannot be stored exactly as hashed (${codePointLength(value)} characters, column holds ${column.length})`);
    }
  }
}
