import type { DataSource } from 'typeorm';
import { AuditChainHead, AuditEntry } from './audit-entry.entity';
import { GENESIS_HASH, hashAuditEntry, isKnownHashVersion } from './audit-hash';

export interface AuditChainReport {
  readonly entries: number;
  readonly intact: boolean;
  /** The first entry (by sequence) whose content, link or position does not verify. */
  readonly firstBroken?: { readonly sequence: number; readonly reason: string };
}

/**
 * Walks the whole chain in sequence order, a batch at a time: each entry's
 * hash must match its content, link to the entry before it, and follow it
 * without a gap; the head row must name the last entry. Memory stays flat
 * however long the log is.
 */
export async function verifyAuditChain(db: DataSource, batchSize = 5_000): Promise<AuditChainReport> {
  const entries = db.getRepository(AuditEntry);
  let expectedSequence = 1;
  let previousHash = GENESIS_HASH;
  let previousVersion = 1;
  for (;;) {
    const batch = await entries.createQueryBuilder('e').where('e.sequence >= :from', { from: expectedSequence }).orderBy('e.sequence', 'ASC').take(batchSize).getMany();
    for (const entry of batch) {
      const problem = problemOf(entry, { sequence: expectedSequence, hash: previousHash, version: previousVersion });
      if (problem) return { entries: expectedSequence - 1, intact: false, firstBroken: { sequence: expectedSequence, reason: problem } };
      previousHash = entry.hash;
      previousVersion = entry.hashVersion;
      expectedSequence += 1;
    }
    if (batch.length < batchSize) break;
  }
  const head = await db.getRepository(AuditChainHead).findOneByOrFail({ id: 1 });
  const count = expectedSequence - 1;
  if (head.sequence !== count || head.hash !== previousHash) {
    return {
      entries: count,
      intact: false,
      firstBroken: { sequence: count + 1, reason: `the chain head names entry ${head.sequence}, but the log ends at entry ${count}: entries were deleted from the end` },
    };
  }
  return { entries: count, intact: true };
}

/** What the chain before an entry says it must be: its sequence, the previous hash, and at least the previous hash version. */
export interface ChainPosition {
  readonly sequence: number;
  readonly hash: string;
  readonly version: number;
}

/** Why one entry does not verify, given what the chain before it says; null when it does. */
export function problemOf(entry: AuditEntry, expected: ChainPosition): string | null {
  if (entry.sequence !== expected.sequence) return `entry ${expected.sequence} is missing (the next is ${entry.sequence})`;
  if (entry.previousHash !== expected.hash) return `entry ${entry.sequence} does not link to the entry before it`;
  if (!isKnownHashVersion(entry.hashVersion)) return `entry ${entry.sequence} claims hash version ${entry.hashVersion}, which this verifier does not know`;
  // Versions only rise: relabelling a new entry as version 1 would take the request facts out of its hash.
  if (entry.hashVersion < expected.version) return `entry ${entry.sequence} claims an older hash version than the entry before it`;
  if (hashAuditEntry(entry) !== entry.hash) return `entry ${entry.sequence} was altered after it was written`;
  return null;
}
