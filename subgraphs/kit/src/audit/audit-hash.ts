import { createHash } from 'node:crypto';
import type { AuditEntry } from './audit-entry.entity';

/** The `previousHash` of the first entry. */
export const GENESIS_HASH = '0'.repeat(64);

export type HashedFields = Omit<AuditEntry, 'hash' | 'fieldCoordinates'>;

/** SHA-256 (hex) over every recorded field and the previous hash, in a fixed order. */
export function hashAuditEntry(entry: HashedFields): string {
  const canonical = JSON.stringify([
    entry.sequence,
    entry.recordedAt,
    entry.requestId,
    entry.subject,
    entry.agency,
    entry.purpose,
    entry.operationName,
    entry.action,
    entry.coordinates,
    entry.person,
    entry.previousHash,
  ]);
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}
