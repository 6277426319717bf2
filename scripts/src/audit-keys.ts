import { generateKeyPairSync } from 'node:crypto';
import { agencyManifest } from '@governance/kit/agencies';
import { subgraphVariable } from '@governance/kit/env';
import { auditPublicKeyVariable, exportAuditKey } from '@governance/kit';

/**
 * `npm run audit:keys [-- --agency <name>]`: a new Ed25519 key pair for each
 * agency (or one), printed as .env lines for docker-compose.yml:
 * `<AGENCY>_AUDIT_SIGNING_KEY` goes to that agency's service only (as its
 * AUDIT_SIGNING_KEY), `<AGENCY>_AUDIT_PUBLIC_KEY` to every other agency's.
 */
export function auditKeyLines(agencies: readonly string[]): string[] {
  return agencies.flatMap((agency) => {
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    return [
      `# ${agency}: the private key for its own service only; the public key for every other agency's`,
      `${subgraphVariable(agency, 'AUDIT_SIGNING_KEY')}=${exportAuditKey(privateKey)}`,
      `${auditPublicKeyVariable(agency)}=${exportAuditKey(publicKey)}`,
    ];
  });
}

function main(): void {
  const argv = process.argv.slice(2);
  const names = agencyManifest().agencies.map((agency) => agency.name);
  const asked = argv.flatMap((arg, i) => (arg === '--agency' ? [argv[i + 1]] : arg.startsWith('--agency=') ? [arg.slice('--agency='.length)] : []));
  const unknown = asked.filter((name) => !names.includes(name));
  if (unknown.length > 0) throw new Error(`no agency named ${unknown.join(', ')} (${names.join(', ')})`);
  console.log(auditKeyLines(asked.length > 0 ? asked : names).join('\n'));
}

if (require.main === module) {
  try {
    main();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
