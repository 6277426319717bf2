import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { Fetcher, FetcherResponse } from '@apollo/utils.fetcher';
import { GraphQLError, OperationTypeNode } from 'graphql';
import { context as otelContext, propagation } from '@opentelemetry/api';
import { DOCUMENT_HASH_HEADER, OPERATION_NAME_HEADER, PURPOSE_HEADER, SUBGRAPH_SECRET_HEADER, formatPurpose } from '@governance/kit/auth';
import { PERSONAL_DATA_EXTENSION } from '@governance/kit/data-sharing';
import { CLIENT_REQUEST_ID_HEADER, REQUEST_ID_HEADER, documentHash } from '@governance/kit/http';
import type { SubgraphEndpoint } from './config';
import { fanOutEntities, uniqueRepresentations, type SubgraphResponse } from './entity-representations';
import { HeaderList } from './header-list';
import { InflightMerge } from './inflight-merge';
import { passSubgraphRefusals } from './subgraph-client-errors';
import type { GatewayContext } from './request-context';

type OperationOptions = Extract<GraphQLDataSourceProcessOptions<GatewayContext>, { incomingRequestContext: unknown }>;

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
  private readonly merge: InflightMerge | null;

  constructor(
    private readonly endpoint: SubgraphEndpoint,
    fetcher: Fetcher,
    options: { readonly mergeInflight: boolean } = { mergeInflight: false },
  ) {
    super({ url: endpoint.url, fetcher: passSubgraphRefusals(fetcher) });
    this.merge = options.mergeInflight ? new InflightMerge() : null;
  }

  /**
   * Each distinct entity representation goes to the subgraph once per fetch
   * and its answer is fanned back out; with merging on, identical calls in
   * flight at once share one.
   */
  override async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<SubgraphResponse> {
    // Health checks and schema loading carry no caller and no entities.
    if (!('incomingRequestContext' in options)) return super.process(options);
    const unique = uniqueRepresentations(options.request.variables);
    const sent = unique === null ? options : { ...options, request: { ...options.request, variables: unique.variables } };
    const key = this.merge === null ? null : mergeKey(this.endpoint.name, sent);
    const response = key === null ? await this.send(sent) : await this.merge!.run(key, () => this.send(sent));
    // @apollo/gateway drops a subgraph's response extensions: what it says about personal fields is kept for the client (personal-data-notes).
    options.context.personalData.add(this.endpoint.name, response.extensions?.[PERSONAL_DATA_EXTENSION]);
    return unique === null ? response : fanOutEntities(response, unique.indexOf);
  }

  /**
   * What RemoteGraphQLDataSource.process does for an operation, without the
   * node-fetch Request and Headers it builds for every call (2% of the
   * gateway's CPU in profiles) and without automatic persisted queries or
   * cache-control hints, which we use neither of.
   */
  private async send(options: OperationOptions): Promise<SubgraphResponse> {
    const request = { ...options.request, http: { method: 'POST', url: this.url, headers: new HeaderList({ 'content-type': 'application/json' }) } };
    this.willSendRequest({ ...options, request });
    const { http, ...body } = request;
    const response = await this.fetcher(this.url, { method: 'POST', headers: Object.fromEntries(http.headers), body: JSON.stringify(body) });
    if (!response.ok) throw await this.errorFromResponse(response);
    const parsed: unknown = await response.json().catch(() => undefined);
    if (typeof parsed !== 'object' || parsed === null) {
      throw new GraphQLError(`The ${this.endpoint.name} subgraph answered something other than GraphQL JSON`, {
        extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: this.endpoint.name },
      });
    }
    return { ...parsed, http: response };
  }

  override willSendRequest(options: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    const headers = options.request.http?.headers;
    // Health checks and schema loading carry no caller.
    if (!headers || !('incomingRequestContext' in options)) return;
    const { context, incomingRequestContext } = options;
    context.requestRecord.subgraphFetches += 1;
    headers.set(REQUEST_ID_HEADER, context.requestId);
    if (context.clientRequestId !== null) headers.set(CLIENT_REQUEST_ID_HEADER, context.clientRequestId);
    headers.set('authorization', context.authorization);
    headers.set(SUBGRAPH_SECRET_HEADER, this.endpoint.secret);
    if (context.purpose !== null) headers.set(PURPOSE_HEADER, formatPurpose(context.purpose));
    // The operation the gateway resolved (named in the body or the document); the subgraph only sees the planner's.
    const operationName = incomingRequestContext.operationName;
    if (operationName) headers.set(OPERATION_NAME_HEADER, operationName);
    // The request log plugin hashed the document once, when the operation was resolved; a plan has several fetches.
    const hash = context.requestRecord.documentHash ?? (incomingRequestContext.document ? documentHash(incomingRequestContext.document) : null);
    if (hash !== null) headers.set(DOCUMENT_HASH_HEADER, hash);
    // traceparent of the gateway's fetch span (a no-op with tracing off): the subgraph's spans join the request's trace.
    propagation.inject(otelContext.active(), headers, { set: (carrier, name, value) => carrier.set(name, value) });
  }

  override async errorFromResponse(response: FetcherResponse): Promise<GraphQLError> {
    const code = STATUS_CODES[response.status] ?? 'SUBGRAPH_UNAVAILABLE';
    const message =
      code === 'SUBGRAPH_UNAVAILABLE'
        ? `The ${this.endpoint.name} subgraph could not answer (HTTP ${response.status})`
        : `The ${this.endpoint.name} subgraph refused the call (HTTP ${response.status})`;
    return new GraphQLError(message, { extensions: { code, serviceName: this.endpoint.name } });
  }
}

/**
 * What an answer depends on, when merging is safe: a query (the client's
 * operation and the subgraph call both), with the same document and
 * variables, for the same token. Calls that state a purpose may read
 * personal data unmasked, which is audited once per request, so they are
 * never merged; nor are mutations, nor anything a mutation's plan fetches.
 */
function mergeKey(subgraph: string, options: OperationOptions): string | null {
  const { context, incomingRequestContext, request } = options;
  if (incomingRequestContext.operation?.operation !== OperationTypeNode.QUERY || context.purpose !== null) return null;
  if (request.query === undefined || !/^\s*(query\b|\{)/.test(request.query)) return null;
  return JSON.stringify([subgraph, context.authorization, request.query, request.variables ?? null]);
}
