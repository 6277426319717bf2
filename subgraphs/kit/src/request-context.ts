import type { IncomingMessage } from 'node:http';
import type { DataSource } from 'typeorm';
import { AuditTrail } from './audit';
import { DOCUMENT_HASH_HEADER, OPERATION_NAME_HEADER, PURPOSE_HEADER, SUBGRAPH_SECRET_HEADER } from './auth/headers';
import { purposeOf } from './auth/purpose';
import { secretMatches } from './auth/subgraph-secret';
import { createTokenVerifier } from './auth/token-verifier';
import type { SubgraphConfig } from './config';
import type { SubgraphContext } from './context';
import { headerOf, operationNameOf } from './http';
import type { RequestRecord } from './log';
import type { SubgraphMetrics } from './metrics';
import { createOwnerChecks } from './owners';
import type { SubgraphDefinition } from './subgraph-definition';

/**
 * The context of every request to a subgraph: the token is verified again
 * here (a subgraph reached directly enforces the same rules as through the
 * gateway), then loaders, owner checks and the audit trail are made for this
 * request alone.
 */
export function createRequestContext<TLoaders>(definition: SubgraphDefinition<TLoaders>, config: SubgraphConfig, db: DataSource, metrics: SubgraphMetrics) {
  const verify = createTokenVerifier(config.auth);
  return async (request: IncomingMessage, body: unknown, requestRecord: RequestRecord): Promise<SubgraphContext<TLoaders>> => {
    const { requestId } = requestRecord;
    const authorization = headerOf(request, 'authorization');
    const viewer = await verify(authorization);
    const purpose = purposeOf(headerOf(request, PURPOSE_HEADER));
    const fromGateway = secretMatches(config.subgraphSecret, headerOf(request, SUBGRAPH_SECRET_HEADER));
    // Behind the gateway the subgraph sees the planner's generated operation; the gateway forwards the client's name (or none).
    const operationName = fromGateway ? (headerOf(request, OPERATION_NAME_HEADER) ?? null) : operationNameOf(request, body);
    noteForAccessLog(requestRecord, operationName, fromGateway ? headerOf(request, DOCUMENT_HASH_HEADER) : undefined);
    return {
      requestId,
      requestRecord,
      viewer,
      purpose,
      fromGateway,
      audit: new AuditTrail(db, { requestId, viewer, purpose, operationName }, metrics),
      loaders: definition.createLoaders(db),
      db,
      owners: createOwnerChecks(config.owners, config.ownerTimeoutMs, { requestId, authorization: authorization ?? '' }),
      metrics,
      config,
    };
  };
}

/** The client's operation and document, as the gateway forwarded them, for the subgraph's access line. */
function noteForAccessLog(record: RequestRecord, operationName: string | null, documentHash: string | undefined): void {
  record.operationName = operationName;
  if (documentHash !== undefined && /^[0-9a-f]{64}$/.test(documentHash)) record.documentHash = documentHash;
}
