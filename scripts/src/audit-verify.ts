import fs from 'node:fs';
import path from 'node:path';
import { describeDatabase, openExistingDataSource, StatementCounter, UnusableDatabaseError, verifyAuditChain, type AuditChainReport, type SubgraphDefinition } from '@governance/kit';
import type { Env } from '@governance/kit/env';
import { cliLogger } from './cli-log';
import { parseCommandLine, runCommand, UsageError } from './command-line';
import { platformSubgraphConfig } from './platform-database';
import { subgraphDefinitions } from './subgraph-definitions';

export interface AuditVerification {
  readonly subgraph: string;
  readonly report: AuditChainReport;
}

/**
 * Checks every agency's audit chain (or the named ones) in the databases the
 * platform uses: `<SUBGRAPH>_DATABASE_URL`, else the SQLite files under
 * DATA_DIR. It only reads: a database that is not there, or whose schema is
 * not this code's, is an UnusableDatabaseError, and nothing is created or
 * migrated.
 */
export async function verifyPlatformAudit(env: Env, only?: readonly string[]): Promise<AuditVerification[]> {
  const unknown = (only ?? []).filter((name) => !subgraphDefinitions.some((definition) => definition.name === name));
  if (unknown.length > 0) throw new UsageError(`no subgraph named ${unknown.join(', ')} (one of ${subgraphDefinitions.map((definition) => definition.name).join(', ')})`);
  const targets = (subgraphDefinitions as readonly SubgraphDefinition<unknown>[])
    .filter((definition) => only === undefined || only.length === 0 || only.includes(definition.name))
    .map((definition) => ({ definition, config: platformSubgraphConfig(definition, env) }));
  const missing = targets.flatMap(({ config }) => (config.database.kind === 'sqlite' && !fs.existsSync(config.database.file) ? [config.database] : []));
  if (missing.length > 0) {
    // A folder that is not there is named once, not once per agency.
    const absent = [...new Set(missing.map((database) => (fs.existsSync(path.dirname(database.file)) ? describeDatabase(database) : `${path.dirname(database.file)}/`)))];
    throw new UnusableDatabaseError(
      `nothing to verify: ${absent.join(', ')} ${absent.length === 1 ? 'does' : 'do'} not exist. DATA_DIR (or <SUBGRAPH>_DATABASE_URL) must name the platform's databases; npm start creates them (under data/ unless DATA_DIR says otherwise).`,
    );
  }
  const results: AuditVerification[] = [];
  for (const { definition, config } of targets) {
    const db = await openExistingDataSource(config.database, definition, new StatementCounter(definition.name, false));
    try {
      results.push({ subgraph: definition.name, report: await verifyAuditChain(db) });
    } finally {
      await db.destroy();
    }
  }
  return results;
}

const USAGE = 'npm run audit:verify [-- --subgraph <name>]...   exit 0: every chain intact; 1: a chain is broken; 2: could not verify';

async function main(argv: readonly string[]): Promise<number> {
  const line = parseCommandLine(argv, { options: { '--subgraph': { value: true } } });
  const results = await verifyPlatformAudit(process.env, line.options.get('--subgraph'));
  for (const { subgraph, report } of results) {
    const state = report.intact ? 'intact' : `BROKEN at entry ${report.firstBroken?.sequence}: ${report.firstBroken?.reason}`;
    process.stdout.write(`${subgraph.padEnd(22)} ${String(report.entries).padStart(9)} entries verified  ${state}\n`);
  }
  return results.some(({ report }) => !report.intact) ? 1 : 0;
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
