import path from 'node:path';
import { DEFAULT_TRUSTED_DOCUMENTS_PATH } from '@governance/gateway/config';
import { agencyManifest, type AgencyManifest } from '@governance/kit/agencies';
import { DASHBOARD_OPERATIONS_DIR, contractFolders } from './contract-operations';
import { buildDashboardTypes, dashboardOperationFiles } from './dashboard-types';
import { buildTrustedDocumentManifest } from './trusted-documents';

const ROOT = path.resolve(__dirname, '../..');

/** Where the client operation types are generated, beside the dashboard's sources. */
export const DASHBOARD_TYPES_FILE = path.join(ROOT, 'gateway/browser/src/generated/operations.ts');

/** The documents the gateway trusts: what dashboards may send by id, and all a dashboard token may run in production. */
export const TRUSTED_DOCUMENTS_FILE = DEFAULT_TRUSTED_DOCUMENTS_PATH;

/**
 * Files generated from schema/api.graphql for clients, by absolute path: the
 * types of every operation a dashboard sends (the shared contract, each
 * bureau's own, the reference dashboard's), and the trusted documents.
 */
export async function buildClientArtifacts(apiSchemaSdl: string, manifest: AgencyManifest = agencyManifest()): Promise<Map<string, string>> {
  const files = dashboardOperationFiles([...contractFolders(manifest), { dir: DASHBOARD_OPERATIONS_DIR, prefix: 'dashboard/' }]);
  return new Map([
    [DASHBOARD_TYPES_FILE, await buildDashboardTypes(apiSchemaSdl, files)],
    [TRUSTED_DOCUMENTS_FILE, buildTrustedDocumentManifest(files)],
  ]);
}
