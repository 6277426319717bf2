import fs from 'node:fs';
import path from 'node:path';
import {
  describeDatabase,
  openExistingDataSource,
  readAuditPublicKey,
  StatementCounter,
  UnusableDatabaseError,
  verifyAuditChain,
  verifyWitnessedHeads,
  type AuditChainReport,
  type SubgraphConfig,
  type WitnessedHeadsReport,
} from '@governance/kit';
import { EnvReader, type Env } from '@governance/kit/env';
import type { DataSource } from 'typeorm';
import { cliLogger } from './cli-log';
import { parseCommandLine, runCommand, UsageError } from './command-line';
import { platformSubgraphConfig } from './platform-database';
import { subgraphDefinitions } from './subgraph-definitions';

export interface AuditVerification {
  readonly subgraph: string;
  /** The chain on its own: every entry's hash, link and place, and the head row. */
  readonly report: AuditChainReport;
  /** The chain against the heads of it that the other agencies keep. */
  readonly witnessed: WitnessedHeadsReport;
  /** Other agencies whose databases are not there (only with --subgraph): the heads they keep were not checked. */
  readonly unreadWitnesses: readonly string[];
}

/** True when neither the chain nor any witnessed head says it was tampered with. */
export function isIntact(verification: AuditVerification): boolean {
  return verification.report.intact && verification.witnessed.problems.length === 0;
}

/**
 * Checks every agency's audit chain (or the named ones) in the databases the
 * platform uses (`<SUBGRAPH>_DATABASE_URL`, else the SQLite files under
 * DATA_DIR): each chain on its own, then against every signed head of it
 * kept in the other agencies' databases, verified with its public key
 * (`<AGENCY>_AUDIT_PUBLIC_KEY`, the development key when unset). The second
 * check is what catches an administrator who rewrote a whole log and its
 * head row. It only reads: a database that is not there, or whose schema is
 * not this code's, is an UnusableDatabaseError, and nothing is created or
 * migrated.
 */
export async function verifyPlatformAudit(env: Env, only?: readonly string[]): Promise<AuditVerification[]> {
  const unknown = (only ?? []).filter((name) => !subgraphDefinitions.some((definition) => definition.name === name));
  if (unknown.length > 0) throw new UsageError(`no subgraph named ${unknown.join(', ')} (one of ${subgraphDefinitions.map((definition) => definition.name).join(', ')})`);
  const read = new EnvReader(env);
  const environment = read.oneOf('NODE_ENV', ['development', 'test', 'production'] as const, 'development');
  const keys = new Map(subgraphDefinitions.map((definition) => [definition.name, readAuditPublicKey(read, definition.name, environment)]));
  read.finish('npm run audit:verify', {});
  const all = subgraphDefinitions.map((definition) => ({ definition, config: platformSubgraphConfig(definition, env) }));
  const chosen = (name: string) => only === undefined || only.length === 0 || only.includes(name);
  const exists = (config: SubgraphConfig) => config.database.kind !== 'sqlite' || fs.existsSync(config.database.file);
  // The chosen agencies' databases must be there. The others are read as witnesses of their chains when they are
  // (with --subgraph, another agency's database may live elsewhere); one that is not is named in the report.
  const missing = all.flatMap(({ definition, config }) => (chosen(definition.name) && config.database.kind === 'sqlite' && !exists(config) ? [config.database] : []));
  if (missing.length > 0) {
    // A folder that is not there is named once, not once per agency.
    const absent = [...new Set(missing.map((database) => (fs.existsSync(path.dirname(database.file)) ? describeDatabase(database) : `${path.dirname(database.file)}/`)))];
    throw new UnusableDatabaseError(
      `nothing to verify: ${absent.join(', ')} ${absent.length === 1 ? 'does' : 'do'} not exist. DATA_DIR (or <SUBGRAPH>_DATABASE_URL) must name the platform's databases; npm start creates them (under data/ unless DATA_DIR says otherwise).`,
    );
  }
  const databases = new Map<string, DataSource>();
  try {
    for (const { definition, config } of all) {
      if (!chosen(definition.name) && !exists(config)) continue;
      databases.set(definition.name, await openExistingDataSource(config.database, definition, new StatementCounter(definition.name, false)));
    }
    const unread = all.map(({ definition }) => definition.name).filter((name) => !databases.has(name));
    const results: AuditVerification[] = [];
    for (const [subgraph, db] of databases) {
      if (!chosen(subgraph)) continue;
      const witnesses = [...databases].filter(([agency]) => agency !== subgraph).map(([agency, witness]) => ({ agency, db: witness }));
      results.push({ subgraph, report: await verifyAuditChain(db), witnessed: await verifyWitnessedHeads(subgraph, db, keys.get(subgraph)!, witnesses), unreadWitnesses: unread });
    }
    return results;
  } finally {
    await Promise.all([...databases.values()].map((db) => db.destroy()));
  }
}

function describe({ report, witnessed, unreadWitnesses }: AuditVerification): string {
  const chain = report.intact ? 'intact' : `BROKEN at entry ${report.firstBroken?.sequence}: ${report.firstBroken?.reason}`;
  const heads = witnessed.heads === 0 ? 'no head witnessed yet' : `${witnessed.heads} signed heads kept by ${witnessed.witnesses} other agencies`;
  const problems = witnessed.problems.map((problem) => `\n    WITNESS: ${problem}`).join('');
  const unread = unreadWitnesses.length === 0 ? '' : `; not checked against ${unreadWitnesses.join(', ')} (database not there)`;
  return `${chain}; ${heads}${witnessed.heads > 0 && witnessed.problems.length === 0 ? ', all on the chain' : ''}${unread}${problems}`;
}

const USAGE = 'npm run audit:verify [-- --subgraph <name>]...   exit 0: every chain intact, and on every head the other agencies witnessed; 1: one is not; 2: could not verify';

async function main(argv: readonly string[]): Promise<number> {
  const line = parseCommandLine(argv, { options: { '--subgraph': { value: true } } });
  const results = await verifyPlatformAudit(process.env, line.options.get('--subgraph'));
  for (const verification of results) {
    process.stdout.write(`${verification.subgraph.padEnd(22)} ${String(verification.report.entries).padStart(9)} entries verified  ${describe(verification)}
`);
  }
  return results.every(isIntact) ? 0 : 1;
}

if (require.main === module) {
  runCommand('audit:verify', USAGE, main, (error) => {
    if (error instanceof UnusableDatabaseError) {
      process.stderr.write(`audit:verify: ${error.message}\n`);
      return 2;
    }
    const log = cliLogger('audit-verify');
    log.error({ reason: error instanceof Error ? error.message : String(error) }, 'the audit chains could not be verified');
    return new Promise((resolve) => log.flush(() => resolve(2)));
  });
}
