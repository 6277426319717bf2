import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { Fetcher, FetcherResponse } from '@apollo/utils.fetcher';
import { GraphQLError } from 'graphql';
import { DOCUMENT_HASH_HEADER, OPERATION_NAME_HEADER, PURPOSE_HEADER, SUBGRAPH_SECRET_HEADER, formatPurpose } from '@governance/kit/auth';
import { PERSONAL_DATA_EXTENSION } from '@governance/kit/data-sharing';
import { CLIENT_REQUEST_ID_HEADER, REQUEST_ID_HEADER, documentHash } from '@governance/kit/http';
import type { SubgraphEndpoint } from './config';
import { passSubgraphRefusals } from './subgraph-client-errors';
import type { GatewayContext } from './request-context';

type ReceivedResponse = Parameters<NonNullable<RemoteGraphQLDataSource<GatewayContext>['didReceiveResponse']>>[0];

/** Codes for a subgraph's refusal of the whole call; anything else means it could not answer. */
const STATUS_CODES: Readonly<Record<number, string>> = { 401: 'UNAUTHENTICATED', 403: 'FORBIDDEN' };

/**
 * One subgraph as the gateway calls it: with the caller's token and purpose,
 * the request id the gateway minted (and the client's own, for correlation),
 * the client's operation name and the hash of its document, and the
 * subgraph's secret, without which the subgraph trusts none of them. An HTTP error
 * from the subgraph becomes an error that names the subgraph and nothing
 * else: the default copies the subgraph's URL and response body into it.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    private readonly endpoint: SubgraphEndpoint,
    fetcher: Fetcher,
  ) {
    super({ url: endpoint.url, fetcher: passSubgraphRefusals(fetcher) });
  }

  override willSendRequest(options: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    const headers = options.request.http?.headers;
    // Health checks and schema loading carry no caller.
    if (!headers || !('incomingRequestContext' in options)) return;
    const { context, incomingRequestContext } = options;
    headers.set(REQUEST_ID_HEADER, context.requestId);
    if (context.clientRequestId !== null) headers.set(CLIENT_REQUEST_ID_HEADER, context.clientRequestId);
    headers.set('authorization', context.authorization);
    headers.set(SUBGRAPH_SECRET_HEADER, this.endpoint.secret);
    if (context.purpose !== null) headers.set(PURPOSE_HEADER, formatPurpose(context.purpose));
    // The operation the gateway resolved (named in the body or the document); the subgraph only sees the planner's.
    const operationName = incomingRequestContext.operationName;
    if (operationName) headers.set(OPERATION_NAME_HEADER, operationName);
    if (incomingRequestContext.document) headers.set(DOCUMENT_HASH_HEADER, documentHash(incomingRequestContext.document));
  }

  /** @apollo/gateway drops a subgraph's response extensions: what it says about personal fields is kept for the client (personal-data-notes). */
  override didReceiveResponse({ response, context }: ReceivedResponse): ReceivedResponse['response'] {
    context.personalData?.add(this.endpoint.name, response.extensions?.[PERSONAL_DATA_EXTENSION]);
    return response;
  }

  override async errorFromResponse(response: FetcherResponse): Promise<GraphQLError> {
    const code = STATUS_CODES[response.status] ?? 'SUBGRAPH_UNAVAILABLE';
    const message = code === 'SUBGRAPH_UNAVAILABLE' ? `The ${this.endpoint.name} subgraph could not answer (HTTP ${response.status})` : `The ${this.endpoint.name} subgraph refused the call (HTTP ${response.status})`;
    return new GraphQLError(message, { extensions: { code, serviceName: this.endpoint.name } });
  }
}
