import { openDataSource, readAuditPublicKey, StatementCounter, verifyAuditChain, verifyWitnessedHeads, type AuditChainReport, type WitnessedHeadsReport } from '@governance/kit';
import { EnvReader, type Env } from '@governance/kit/env';
import type { DataSource } from 'typeorm';
import { cliLogger } from './cli-log';
import { platformSubgraphConfig } from './platform-database';
import { subgraphDefinitions } from './subgraph-definitions';

export interface AuditVerification {
  readonly subgraph: string;
  /** The chain on its own: every entry's hash, link and place, and the head row. */
  readonly report: AuditChainReport;
  /** The chain against the heads of it that the other agencies keep. */
  readonly witnessed: WitnessedHeadsReport;
}

/** True when neither the chain nor any witnessed head says it was tampered with. */
export function isIntact(verification: AuditVerification): boolean {
  return verification.report.intact && verification.witnessed.problems.length === 0;
}

/**
 * Checks every agency's audit chain (or the named ones) in the databases the
 * platform uses (`<SUBGRAPH>_DATABASE_URL`, else the SQLite files under
 * data/): each chain on its own, then against every signed head of it kept
 * in the other agencies' databases, verified with its public key
 * (`<AGENCY>_AUDIT_PUBLIC_KEY`, the development key when unset). The
 * second check is what catches an administrator who rewrote a whole log
 * and its head row.
 */
export async function verifyPlatformAudit(env: Env, only?: readonly string[]): Promise<AuditVerification[]> {
  const unknown = (only ?? []).filter((name) => !subgraphDefinitions.some((definition) => definition.name === name));
  if (unknown.length > 0) throw new Error(`no subgraph named ${unknown.join(', ')}`);
  const read = new EnvReader(env);
  const environment = read.oneOf('NODE_ENV', ['development', 'test', 'production'] as const, 'development');
  const keys = new Map(subgraphDefinitions.map((definition) => [definition.name, readAuditPublicKey(read, definition.name, environment)]));
  read.finish('npm run audit:verify', {});
  const databases = new Map<string, DataSource>();
  try {
    for (const definition of subgraphDefinitions) {
      const config = platformSubgraphConfig(definition, env);
      databases.set(definition.name, await openDataSource(config.database, definition, new StatementCounter(definition.name, false)));
    }
    const results: AuditVerification[] = [];
    for (const [subgraph, db] of databases) {
      if (only !== undefined && only.length > 0 && !only.includes(subgraph)) continue;
      const witnesses = [...databases].filter(([agency]) => agency !== subgraph).map(([agency, witness]) => ({ agency, db: witness }));
      results.push({ subgraph, report: await verifyAuditChain(db), witnessed: await verifyWitnessedHeads(subgraph, db, keys.get(subgraph)!, witnesses) });
    }
    return results;
  } finally {
    await Promise.all([...databases.values()].map((db) => db.destroy()));
  }
}

function describe({ report, witnessed }: AuditVerification): string {
  const chain = report.intact ? 'intact' : `BROKEN at entry ${report.firstBroken?.sequence}: ${report.firstBroken?.reason}`;
  const heads = witnessed.heads === 0 ? 'no head witnessed yet' : `${witnessed.heads} signed heads kept by ${witnessed.witnesses} other agencies`;
  const problems = witnessed.problems.map((problem) => `\n    WITNESS: ${problem}`).join('');
  return `${chain}; ${heads}${witnessed.heads > 0 && witnessed.problems.length === 0 ? ', all on the chain' : ''}${problems}`;
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const only = argv.flatMap((arg, i) => (arg === '--subgraph' ? [argv[i + 1]] : arg.startsWith('--subgraph=') ? [arg.slice('--subgraph='.length)] : []));
  const results = await verifyPlatformAudit(process.env, only);
  for (const verification of results) {
    process.stdout.write(`${verification.subgraph.padEnd(22)} ${String(verification.report.entries).padStart(9)} entries verified  ${describe(verification)}\n`);
  }
  if (!results.every(isIntact)) process.exit(1);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    const log = cliLogger('audit-verify');
    log.error({ reason: error instanceof Error ? error.message : String(error) }, 'the audit chains could not be verified');
    log.flush(() => process.exit(2));
  });
}
