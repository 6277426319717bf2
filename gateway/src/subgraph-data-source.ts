import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { Fetcher, FetcherResponse } from '@apollo/utils.fetcher';
import { GraphQLError } from 'graphql';
import { context as otelContext, propagation } from '@opentelemetry/api';
import { DOCUMENT_HASH_HEADER, OPERATION_NAME_HEADER, PURPOSE_HEADER, SUBGRAPH_SECRET_HEADER } from '@governance/kit/auth';
import { REQUEST_ID_HEADER, documentHash } from '@governance/kit/http';
import type { SubgraphEndpoint } from './config';
import type { GatewayContext } from './request-context';

/** Codes for a subgraph's refusal of the whole call; anything else means it could not answer. */
const STATUS_CODES: Readonly<Record<number, string>> = { 401: 'UNAUTHENTICATED', 403: 'FORBIDDEN' };

/**
 * One subgraph as the gateway calls it: with the caller's token, purpose,
 * operation name and request id, and the subgraph's secret. An HTTP error
 * from the subgraph becomes an error that names the subgraph and nothing
 * else: the default copies the subgraph's URL and response body into it.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    private readonly endpoint: SubgraphEndpoint,
    fetcher: Fetcher,
  ) {
    super({ url: endpoint.url, fetcher });
  }

  override willSendRequest(options: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    const headers = options.request.http?.headers;
    // Health checks and schema loading carry no caller.
    if (!headers || !('incomingRequestContext' in options)) return;
    const { context, incomingRequestContext } = options;
    context.requestRecord.subgraphFetches += 1;
    headers.set(REQUEST_ID_HEADER, context.requestId);
    headers.set('authorization', context.authorization);
    headers.set(SUBGRAPH_SECRET_HEADER, this.endpoint.secret);
    if (context.purpose !== null) headers.set(PURPOSE_HEADER, context.purpose);
    // The operation the gateway resolved (named in the body or the document); the subgraph only sees the planner's.
    const operationName = incomingRequestContext.operationName;
    if (operationName) headers.set(OPERATION_NAME_HEADER, operationName);
    if (incomingRequestContext.document) headers.set(DOCUMENT_HASH_HEADER, documentHash(incomingRequestContext.document));
    // traceparent of the gateway's fetch span (a no-op with tracing off): the subgraph's spans join the request's trace.
    propagation.inject(otelContext.active(), headers, { set: (carrier, name, value) => carrier.set(name, value) });
  }

  override async errorFromResponse(response: FetcherResponse): Promise<GraphQLError> {
    const code = STATUS_CODES[response.status] ?? 'SUBGRAPH_UNAVAILABLE';
    const message = code === 'SUBGRAPH_UNAVAILABLE' ? `The ${this.endpoint.name} subgraph could not answer (HTTP ${response.status})` : `The ${this.endpoint.name} subgraph refused the call (HTTP ${response.status})`;
    return new GraphQLError(message, { extensions: { code, serviceName: this.endpoint.name } });
  }
}
