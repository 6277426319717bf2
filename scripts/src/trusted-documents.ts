import fs from 'node:fs';
import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import { trustedDocumentId, type TrustedDocument, type TrustedDocumentManifest } from '@governance/gateway/trusted-documents';
import type { DashboardOperationFile } from './dashboard-types';

/**
 * schema/trusted-documents.json: every document the dashboard sends (the
 * contract's and its own), in Apollo's persisted-query manifest format, each
 * with the SHA-256 of its exact text as its id. The gateway answers ids from
 * it and, in production, lets dashboard tokens run nothing else.
 */
export function buildTrustedDocumentManifest(files: readonly DashboardOperationFile[]): string {
  const operations = files.map(({ file }): TrustedDocument => {
    const body = fs.readFileSync(file, 'utf8');
    const [operation] = parse(body).definitions.filter((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION);
    return { id: trustedDocumentId(body), name: operation.name!.value, type: operation.operation, body };
  });
  const manifest: TrustedDocumentManifest = { format: 'apollo-persisted-query-manifest', version: 1, operations };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}
