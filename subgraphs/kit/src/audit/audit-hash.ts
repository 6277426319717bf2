import { createHash } from 'node:crypto';
import type { AuditEntry } from './audit-entry.entity';

/** The `previousHash` of the first entry. */
export const GENESIS_HASH = '0'.repeat(64);

/** The hash version new entries are written with. */
export const CURRENT_HASH_VERSION = 3;

export type HashedFields = Omit<AuditEntry, 'hash' | 'fieldCoordinates'>;

/**
 * SHA-256 (hex) over every recorded field and the previous hash, in a fixed
 * order. The version says which fields: entries written before the request
 * facts (client request id, document hash; version 1) or the purpose facts
 * (case reference, agreement; version 2) were recorded keep verifying with
 * the fields they had, and the version itself is covered from version 2 on.
 */
export function hashAuditEntry(entry: HashedFields): string {
  return createHash('sha256')
    .update(JSON.stringify(hashedValues(entry)), 'utf8')
    .digest('hex');
}

/** True when this code knows how to verify entries of that version. */
export function isKnownHashVersion(version: number): boolean {
  return Number.isInteger(version) && version >= 1 && version <= CURRENT_HASH_VERSION;
}

function hashedValues(entry: HashedFields): unknown[] {
  if (entry.hashVersion === 1) {
    return [
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
    ];
  }
  const purpose = entry.hashVersion === 2 ? [entry.purpose] : [entry.purpose, entry.caseReference, entry.agreement];
  return [
    entry.hashVersion,
    entry.sequence,
    entry.recordedAt,
    entry.requestId,
    entry.clientRequestId,
    entry.subject,
    entry.agency,
    ...purpose,
    entry.operationName,
    entry.documentHash,
    entry.action,
    entry.coordinates,
    entry.person,
    entry.previousHash,
  ];
}
