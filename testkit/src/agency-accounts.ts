import { randomBytes } from 'node:crypto';
import type { Connection } from 'mysql2/promise';

/** `commerce-bureau` -> `commerce_bureau`: the agency's database user and the prefix of its databases. */
export function agencyAccount(subgraph: string): string {
  return subgraph.replace(/-/g, '_');
}

/**
 * One database user per agency, allowed only on databases named after it
 * (`commerce_bureau`, `commerce_bureau_<test id>`): no agency reads another's tables.
 */
export async function createAgencyAccounts(admin: Connection, subgraphs: readonly string[]): Promise<Record<string, string>> {
  const passwords: Record<string, string> = {};
  for (const subgraph of subgraphs) {
    const account = agencyAccount(subgraph);
    const password = randomBytes(12).toString('hex');
    passwords[subgraph] = password;
    await admin.query(`CREATE USER '${account}'@'127.0.0.1' IDENTIFIED BY '${password}'`);
    await admin.query(`GRANT ALL PRIVILEGES ON \`${account.replace(/_/g, '\\_')}\\_%\`.* TO '${account}'@'127.0.0.1'`);
    await admin.query(`GRANT ALL PRIVILEGES ON \`${account.replace(/_/g, '\\_')}\`.* TO '${account}'@'127.0.0.1'`);
  }
  return passwords;
}
