import type { KeyObject } from 'node:crypto';
import { In, type DataSource } from 'typeorm';
import { AuditEntry } from '../audit/audit-entry.entity';
import { AuditWitness } from './audit-witness.entity';
import { headSignatureValid } from './signed-head';

export interface WitnessedHeadsReport {
  /** How many heads of the agency's chain the others keep (and how many agencies keep any). */
  readonly heads: number;
  readonly witnesses: number;
  /** Each witnessed head the current chain does not extend, or whose signature does not verify; empty when all hold. */
  readonly problems: readonly string[];
}

export interface Witness {
  readonly agency: string;
  readonly db: DataSource;
}

/**
 * Checks `agency`'s current chain against every head of it that the other
 * agencies keep: each must carry the agency's signature, and the entry at
 * its sequence must still have its hash. An administrator who rewrites the
 * whole log and its head row leaves a chain that verifies on its own, but
 * not against heads signed before the rewrite and kept in other databases.
 */
export async function verifyWitnessedHeads(agency: string, chain: DataSource, publicKey: KeyObject, witnesses: readonly Witness[]): Promise<WitnessedHeadsReport> {
  const problems: string[] = [];
  let heads = 0;
  let keeping = 0;
  for (const witness of witnesses) {
    const kept = await witness.db.getRepository(AuditWitness).find({ where: { agency }, order: { sequence: 'ASC' } });
    if (kept.length === 0) continue;
    heads += kept.length;
    keeping += 1;
    const entries = await chain
      .getRepository(AuditEntry)
      .find({ select: { sequence: true, hash: true }, where: { sequence: In([...new Set(kept.map((head) => head.sequence))]) } });
    const hashAt = new Map(entries.map((entry) => [entry.sequence, entry.hash]));
    for (const head of kept) {
      const where = `head ${head.sequence} signed ${head.signedAt}, kept by ${witness.agency}`;
      if (!headSignatureValid(head, publicKey)) problems.push(`${where}: the signature does not verify with ${agency}'s audit public key`);
      else if (!hashAt.has(head.sequence)) problems.push(`${where}: the chain has no entry ${head.sequence} any more (entries were removed after it was witnessed)`);
      else if (hashAt.get(head.sequence) !== head.hash) problems.push(`${where}: entry ${head.sequence} now has another hash (the chain was rewritten after it was witnessed)`);
    }
  }
  return { heads, witnesses: keeping, problems };
}
