import type { GraphQLDataSource } from '@apollo/gateway';
// The enum the data sources switch on; @apollo/gateway's index does not re-export it.
import { GraphQLDataSourceRequestKind } from '@apollo/gateway/dist/datasources/types';
import type { FetchNode, PlanNode, ResponsePath } from '@apollo/query-planner';
import type { GatewayGraphQLRequestContext } from '@apollo/server-gateway-interface';
import { SpanStatusCode, trace } from '@opentelemetry/api';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { GatewayContext } from '../request-context';
import { isDataObject, mergeInto, pathsAt, representationOf, valuesAt, type DataObject, type TypeTest } from './merged-data';

/** The gateway's own spans (`gateway.plan`, `gateway.fetch`). */
export const tracer = trace.getTracer('governance/gateway');

/** The data sources by subgraph name, as the gateway built them. */
export type DataSources = ReadonlyMap<string, GraphQLDataSource<GatewayContext>>;

/** One request's run of a plan: the tree its fetches build, and the errors they met. */
export interface PlanRun {
  readonly requestContext: GatewayGraphQLRequestContext<GatewayContext>;
  readonly dataSources: DataSources;
  /** Coerced, for Condition nodes (@skip/@include over deferred or split fetches). */
  readonly variables: Readonly<Record<string, unknown>>;
  readonly isOfType: TypeTest;
  readonly data: DataObject;
  readonly errors: GraphQLError[];
}

interface Cursor {
  readonly path: ResponsePath;
  readonly values: readonly DataObject[];
}

/**
 * Runs a query plan's fetches in the plan's order (Sequence one after the
 * other, Parallel at once, Flatten into the entities at a path), merging
 * each answer into the run's data. A failed fetch adds its error and leaves
 * its fields missing, so the rest of the answer still comes back; the
 * shaper turns what is missing into nulls.
 */
export async function runPlan(run: PlanRun, node: PlanNode, cursor: Cursor = { path: [], values: [run.data] }): Promise<void> {
  switch (node.kind) {
    case 'Sequence':
      for (const child of node.nodes) await runPlan(run, child, cursor);
      return;
    case 'Parallel':
      await Promise.all(node.nodes.map((child) => runPlan(run, child, cursor)));
      return;
    case 'Flatten': {
      const values = cursor.values.flatMap((value) => valuesAt(value, node.path));
      if (values.length > 0) await runPlan(run, node.node, { path: [...cursor.path, ...node.path], values });
      return;
    }
    case 'Condition': {
      const branch = run.variables[node.condition] === true ? node.ifClause : node.elseClause;
      if (branch !== undefined) await runPlan(run, branch, cursor);
      return;
    }
    case 'Fetch':
      try {
        await tracer.startActiveSpan('gateway.fetch', { attributes: { service: node.serviceName } }, async (span) => {
          try {
            await fetchInto(run, node, cursor);
          } catch (error) {
            span.setStatus({ code: SpanStatusCode.ERROR });
            throw error;
          } finally {
            span.end();
          }
        });
      } catch (error) {
        run.errors.push(error instanceof GraphQLError ? error : new GraphQLError(`The ${node.serviceName} subgraph's answer could not be used`, { originalError: asError(error) }));
      }
      return;
    case 'Defer':
      // PlannedOperation refuses plans with @defer before they run.
      throw new Error('@defer is not executed by this gateway');
  }
}

async function fetchInto(run: PlanRun, fetch: FetchNode, cursor: Cursor): Promise<void> {
  const entities = cursor.values;
  if (entities.length === 0) return;
  const variables = fetchVariables(run.requestContext.request.variables, fetch.variableUsages);
  if (fetch.requires === undefined) {
    const data = await send(run, fetch, cursor, variables, null);
    if (data !== null) for (const entity of entities) mergeInto(entity, data);
    return;
  }
  const representations: DataObject[] = [];
  const entityOf: number[] = [];
  entities.forEach((entity, index) => {
    const representation = representationOf(entity, fetch.requires!, run.isOfType);
    if (representation === null || typeof representation.__typename !== 'string') return;
    representations.push(representation);
    entityOf.push(index);
  });
  if (representations.length === 0) return;
  const data = await send(run, fetch, cursor, { ...variables, representations }, entityOf);
  if (data === null) return;
  const received = data._entities;
  if (!Array.isArray(received) || received.length !== representations.length) {
    throw new GraphQLError(
      `The ${fetch.serviceName} subgraph answered ${Array.isArray(received) ? received.length : 'no'} entities for ${representations.length} representations`,
      {
        extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: fetch.serviceName },
      },
    );
  }
  received.forEach((value: unknown, index) => {
    if (!isDataObject(value)) return;
    const entity = entities[entityOf[index]];
    if (value.__typename === undefined) value.__typename = entity.__typename;
    mergeInto(entity, value);
  });
}

/** Only the variables the fetch's operation declares, as the client sent them. */
function fetchVariables(provided: Readonly<Record<string, unknown>> | undefined, usages: readonly string[] | undefined): DataObject {
  const variables: DataObject = {};
  if (provided === undefined || usages === undefined) return variables;
  for (const name of usages) if (Object.hasOwn(provided, name) && provided[name] !== undefined) variables[name] = provided[name];
  return variables;
}

/** Calls the subgraph; its errors join the run's with paths into the client's response. Returns its data, or null. */
async function send(run: PlanRun, fetch: FetchNode, cursor: Cursor, variables: DataObject, entityOf: readonly number[] | null): Promise<DataObject | null> {
  const source = run.dataSources.get(fetch.serviceName);
  if (source === undefined) throw new Error(`no data source for the subgraph ${fetch.serviceName}`);
  const response = await source.process({
    kind: GraphQLDataSourceRequestKind.INCOMING_OPERATION,
    request: { query: fetch.operation, variables, operationName: fetch.operationName },
    incomingRequestContext: run.requestContext,
    context: run.requestContext.context,
    document: fetch.operationDocumentNode,
    pathInIncomingRequest: cursor.path,
  });
  if (response.errors !== undefined && response.errors.length > 0) {
    const where = errorPaths(run, cursor, entityOf);
    run.errors.push(...response.errors.map((error) => downstreamError(error, fetch.serviceName, where)));
  }
  return isDataObject(response.data) ? response.data : null;
}

/**
 * Where a subgraph's error belongs in the client's response: an error on
 * `_entities[i]` moves to the entity representation i came from (paths are
 * only worked out when there is an error); a root fetch's path is prefixed.
 */
function errorPaths(run: PlanRun, cursor: Cursor, entityOf: readonly number[] | null): (path: readonly (string | number)[] | undefined) => ResponsePath | undefined {
  let entityPaths: ResponsePath[] | undefined;
  return (path) => {
    if (path === undefined) return undefined;
    const [first, index, ...rest] = path;
    if (entityOf === null || first !== '_entities' || typeof index !== 'number') return [...cursor.path.filter((step) => step !== '@'), ...path];
    entityPaths ??= pathsAt(run.data, cursor.path);
    return [...(entityPaths[entityOf[index]] ?? []), ...rest];
  };
}

/**
 * A subgraph's error as the client sees it: its message and code
 * (DOWNSTREAM_SERVICE_ERROR if it had none), and which subgraph said it.
 * The original is kept as an Error of its own, so an INTERNAL_SERVER_ERROR
 * stays unexpected here too: masked for the client and logged by the
 * gateway under the request's id, as the subgraph logged it.
 */
function downstreamError(error: GraphQLFormattedError, serviceName: string, pathOf: (path: readonly (string | number)[] | undefined) => ResponsePath | undefined): GraphQLError {
  const extensions: Record<string, unknown> = { ...error.extensions, serviceName };
  extensions.code ??= 'DOWNSTREAM_SERVICE_ERROR';
  const message = error.message || `Error while fetching subquery from service "${serviceName}"`;
  return new GraphQLError(message, { path: pathOf(error.path), extensions, originalError: new SubgraphError(message, serviceName) });
}

/** What a subgraph reported, as an error of the gateway's log. */
class SubgraphError extends Error {
  constructor(
    message: string,
    readonly serviceName: string,
  ) {
    super(message);
    this.name = 'SubgraphError';
  }
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}
