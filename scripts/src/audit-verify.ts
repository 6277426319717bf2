import { openDataSource, StatementCounter, verifyAuditChain, type AuditChainReport } from '@governance/kit';
import type { Env } from '@governance/kit/env';
import { cliLogger } from './cli-log';
import { platformSubgraphConfig } from './platform-database';
import { subgraphDefinitions } from './subgraph-definitions';

export interface AuditVerification {
  readonly subgraph: string;
  readonly report: AuditChainReport;
}

/**
 * Checks every agency's audit chain (or the named ones) in the databases the
 * platform uses: `<SUBGRAPH>_DATABASE_URL`, else the SQLite files under data/.
 */
export async function verifyPlatformAudit(env: Env, only?: readonly string[]): Promise<AuditVerification[]> {
  const unknown = (only ?? []).filter((name) => !subgraphDefinitions.some((definition) => definition.name === name));
  if (unknown.length > 0) throw new Error(`no subgraph named ${unknown.join(', ')}`);
  const results: AuditVerification[] = [];
  for (const definition of subgraphDefinitions) {
    if (only !== undefined && only.length > 0 && !only.includes(definition.name)) continue;
    const config = platformSubgraphConfig(definition, env);
    const db = await openDataSource(config.database, definition, new StatementCounter(definition.name, false));
    try {
      results.push({ subgraph: definition.name, report: await verifyAuditChain(db) });
    } finally {
      await db.destroy();
    }
  }
  return results;
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const only = argv.flatMap((arg, i) => (arg === '--subgraph' ? [argv[i + 1]] : arg.startsWith('--subgraph=') ? [arg.slice('--subgraph='.length)] : []));
  const results = await verifyPlatformAudit(process.env, only);
  for (const { subgraph, report } of results) {
    const state = report.intact ? 'intact' : `BROKEN at entry ${report.firstBroken?.sequence}: ${report.firstBroken?.reason}`;
    process.stdout.write(`${subgraph.padEnd(22)} ${String(report.entries).padStart(9)} entries verified  ${state}\n`);
  }
  if (results.some(({ report }) => !report.intact)) process.exit(1);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    const log = cliLogger('audit-verify');
    log.error({ reason: error instanceof Error ? error.message : String(error) }, 'the audit chains could not be verified');
    log.flush(() => process.exit(2));
  });
}
