import path from 'node:path';
import { DEFAULT_TRUSTED_DOCUMENTS_PATH } from '@governance/gateway/config';
import { DEFAULT_OPERATIONS_DIR } from '@governance/gateway/web/public-bundle';
import { buildDashboardTypes, dashboardOperationFiles } from './dashboard-types';
import { buildTrustedDocumentManifest } from './trusted-documents';

const ROOT = path.resolve(__dirname, '../..');

/** Where the dashboard's operation types are generated, beside the page's sources. */
export const DASHBOARD_TYPES_FILE = path.join(ROOT, 'gateway/browser/src/generated/operations.ts');

/** The documents the gateway trusts: what dashboards may send by id, and all a dashboard token may run in production. */
export const TRUSTED_DOCUMENTS_FILE = DEFAULT_TRUSTED_DOCUMENTS_PATH;

/** The dashboard's own operations (the contract's are in ../shared/operations). */
export const DASHBOARD_OPERATIONS_DIR = path.join(ROOT, 'gateway/browser/operations');

/** Files generated from schema/api.graphql for clients, by absolute path. */
export async function buildClientArtifacts(apiSchemaSdl: string, contractDir: string = DEFAULT_OPERATIONS_DIR): Promise<Map<string, string>> {
  const files = dashboardOperationFiles(contractDir, DASHBOARD_OPERATIONS_DIR);
  return new Map([
    [DASHBOARD_TYPES_FILE, await buildDashboardTypes(apiSchemaSdl, files)],
    [TRUSTED_DOCUMENTS_FILE, buildTrustedDocumentManifest(files)],
  ]);
}
