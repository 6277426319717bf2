import type { IncomingMessage } from 'node:http';
import type { DataSource } from 'typeorm';
import { AuditTrail, type HeadListener } from './audit';
import { DOCUMENT_HASH_HEADER, OPERATION_NAME_HEADER, PURPOSE_HEADER, SUBGRAPH_SECRET_HEADER } from './auth/headers';
import { purposeOf } from './auth/purpose';
import { secretMatches } from './auth/subgraph-secret';
import { createTokenVerifier } from './auth/token-verifier';
import type { SubgraphConfig } from './config';
import type { SubgraphContext } from './context';
import { NO_PERSONAL_DATA } from './data-sharing/policy';
import { PersonalDataAccess } from './data-sharing/personal-data-access';
import { CLIENT_REQUEST_ID_HEADER, MAX_OPERATION_NAME_LENGTH, REQUEST_ID_HEADER, clientRequestIdOf, forwardedRequestId, headerOf, isOperationName, mintRequestId } from './http';
import type { RequestRecord } from './log';
import type { SubgraphMetrics } from './metrics';
import { createOwnerChecks } from './owners';
import { dataSourceFor } from './request-data-source';
import type { SubgraphDefinition } from './subgraph-definition';

const SHA256_HEX = /^[0-9a-f]{64}$/;

/** True when the call carries this subgraph's secret: it comes from the gateway or a fellow agency's service. */
export function isTrustedCaller(config: SubgraphConfig, request: IncomingMessage): boolean {
  return secretMatches(config.subgraphSecret, headerOf(request, SUBGRAPH_SECRET_HEADER));
}

/**
 * The request id of a call to a subgraph: a trusted caller's (the gateway
 * minted it, and the client got it back), otherwise a new one.
 */
export function subgraphRequestId(config: SubgraphConfig): (request: IncomingMessage) => string {
  return (request) => (isTrustedCaller(config, request) ? forwardedRequestId(headerOf(request, REQUEST_ID_HEADER)) : mintRequestId());
}

/**
 * What a call says about the client's request. The gateway forwards what it
 * checked (the client's operation name, its request id for correlation, the
 * hash of its document), since the subgraph sees only the planner's
 * operation; for a direct caller, its own x-request-id is its client id, and
 * the name and hash are noted once the document is parsed. Either
 * way every value is validated again to the form the audit log stores.
 */
function requestFacts(request: IncomingMessage, fromGateway: boolean): { clientRequestId: string | null; operationName: string | null; documentHash: string | null } {
  if (!fromGateway) {
    // The operation's name and document hash are noted once it is parsed (auditPlugin).
    return { clientRequestId: clientRequestIdOf(headerOf(request, REQUEST_ID_HEADER)), operationName: null, documentHash: null };
  }
  const operationName = headerOf(request, OPERATION_NAME_HEADER);
  const documentHash = headerOf(request, DOCUMENT_HASH_HEADER);
  return {
    clientRequestId: clientRequestIdOf(headerOf(request, CLIENT_REQUEST_ID_HEADER)),
    operationName: isOperationName(operationName, MAX_OPERATION_NAME_LENGTH) ? operationName : null,
    documentHash: documentHash !== undefined && SHA256_HEX.test(documentHash) ? documentHash : null,
  };
}

/**
 * The context of every request to a subgraph: the token is verified again
 * here (a subgraph reached directly enforces the same rules as through the
 * gateway), then loaders, owner checks and the audit trail are made for this
 * request alone, on the request's own view of the data source, so that every
 * statement they send is counted into its record.
 */
export function createRequestContext<TLoaders>(definition: SubgraphDefinition<TLoaders>, config: SubgraphConfig, db: DataSource, metrics: SubgraphMetrics, heads?: HeadListener) {
  const verify = createTokenVerifier(config.auth);
  const policy = definition.dataSharing ?? NO_PERSONAL_DATA;
  return async (request: IncomingMessage, requestRecord: RequestRecord): Promise<SubgraphContext<TLoaders>> => {
    const { requestId } = requestRecord;
    const authorization = headerOf(request, 'authorization');
    const viewer = await verify(authorization);
    const purpose = purposeOf(headerOf(request, PURPOSE_HEADER));
    const fromGateway = isTrustedCaller(config, request);
    const facts = requestFacts(request, fromGateway);
    // The access line names the client's operation and document as the gateway forwarded them; a direct caller's are noted once parsed.
    requestRecord.operationName = facts.operationName;
    if (facts.documentHash !== null) requestRecord.documentHash = facts.documentHash;
    const forwarded = { requestId, authorization: authorization ?? '' };
    const requestDb = dataSourceFor(db, requestRecord);
    return {
      requestId,
      requestRecord,
      viewer,
      purpose,
      fromGateway,
      audit: new AuditTrail(requestDb, { requestId, viewer, purpose, ...facts }, metrics, heads),
      personalData: new PersonalDataAccess(requestDb, { owner: config.name, policy, viewer, purpose }),
      loaders: definition.createLoaders(requestDb),
      db: requestDb,
      owners: createOwnerChecks(config.owners, config.ownerTimeoutMs, forwarded),
      forwarded,
      metrics,
      config,
    };
  };
}
