import type { GraphQLDataSource } from '@apollo/gateway';
// The enum the data sources switch on; @apollo/gateway's index does not re-export it.
import { GraphQLDataSourceRequestKind } from '@apollo/gateway/dist/datasources/types';
import type { FetchNode, QueryPlanSelectionNode, ResponsePath } from '@apollo/query-planner';
import type { GatewayGraphQLRequestContext } from '@apollo/server-gateway-interface';
import { SpanStatusCode, trace } from '@opentelemetry/api';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { RepresentationIndex } from '../entity-representations';
import type { GatewayContext } from '../request-context';
import type { EntityBatchNode, ExecutionNode } from './entity-batches';
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
export async function runPlan(run: PlanRun, node: ExecutionNode, cursor: Cursor = { path: [], values: [run.data] }): Promise<void> {
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
    case 'EntityBatch':
      try {
        await tracer.startActiveSpan('gateway.fetch', { attributes: { service: node.serviceName } }, async (span) => {
          try {
            await (node.kind === 'Fetch' ? fetchInto(run, node, cursor) : fetchBatchInto(run, node, cursor));
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
  }
}

async function fetchInto(run: PlanRun, fetch: FetchNode, cursor: Cursor): Promise<void> {
  const entities = cursor.values;
  if (entities.length === 0) return;
  const variables = fetchVariables(run.requestContext.request.variables, fetch.variableUsages);
  if (fetch.requires === undefined) {
    const data = await send(run, fetch, cursor.path, variables, rootErrorPaths(cursor.path));
    if (data !== null) for (const entity of entities) mergeInto(entity, data);
    return;
  }
  const { representations, entityOf } = representationsOf(entities, fetch.requires, run.isOfType);
  if (representations.length === 0) return;
  // The data source sends each distinct representation once and spreads the answer (and its errors) back over these.
  const places = new EntityPlaces(run.data, cursor.path, entityOf, null);
  const data = await send(
    run,
    fetch,
    cursor.path,
    { ...variables, representations },
    entityErrorPaths(cursor.path, (key) => (key === '_entities' ? places : undefined)),
  );
  if (data === null) return;
  mergeEntities(entities, entityOf, null, receivedEntities(data, '_entities', representations.length, fetch.serviceName));
}

/**
 * A batch's members' entities, each distinct representation once per
 * member, in one request; each member's answer goes to its own entities
 * as if it had been fetched alone.
 */
async function fetchBatchInto(run: PlanRun, batch: EntityBatchNode, cursor: Cursor): Promise<void> {
  const variables = fetchVariables(run.requestContext.request.variables, batch.variableUsages);
  const parts = batch.members.map((member) => {
    const path = [...cursor.path, ...member.path];
    const entities = cursor.values.flatMap((value) => valuesAt(value, member.path));
    const { representations, entityOf } = representationsOf(entities, member.requires, run.isOfType);
    const distinct = new RepresentationIndex();
    const indexOf = representations.map((representation) => distinct.positionOf(representation));
    variables[member.variable] = distinct.unique;
    return { member, entities, entityOf, indexOf, count: distinct.unique.length, places: new EntityPlaces(run.data, path, entityOf, indexOf) };
  });
  if (parts.every((part) => part.count === 0)) return;
  const byAlias = new Map(parts.map((part) => [part.member.alias, part.places]));
  const data = await send(
    run,
    batch,
    cursor.path,
    variables,
    entityErrorPaths(cursor.path, (key) => byAlias.get(key)),
  );
  if (data === null) return;
  // Every member's answer is checked before any is merged: a malformed answer leaves all of them out, as for one fetch.
  const received = parts.map((part) => receivedEntities(data, part.member.alias, part.count, batch.serviceName));
  parts.forEach((part, index) => mergeEntities(part.entities, part.entityOf, part.indexOf, received[index]));
}

/** The representations of the entities a fetch requires, and for each the entity it stands for. */
function representationsOf(
  entities: readonly DataObject[],
  requires: readonly QueryPlanSelectionNode[],
  isOfType: TypeTest,
): { representations: DataObject[]; entityOf: number[] } {
  const representations: DataObject[] = [];
  const entityOf: number[] = [];
  entities.forEach((entity, index) => {
    const representation = representationOf(entity, requires, isOfType);
    if (representation === null || typeof representation.__typename !== 'string') return;
    representations.push(representation);
    entityOf.push(index);
  });
  return { representations, entityOf };
}

/** A subgraph's `_entities` answer (under `key`), one item per representation sent, or an error naming the subgraph. */
function receivedEntities(data: DataObject, key: string, count: number, serviceName: string): readonly unknown[] {
  const received = data[key];
  if (Array.isArray(received) && received.length === count) return received;
  throw new GraphQLError(`The ${serviceName} subgraph answered ${Array.isArray(received) ? received.length : 'no'} entities for ${count} representations`, {
    extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName },
  });
}

/** Each entity gets the answer to its representation (`indexOf` maps a representation to the distinct one sent, when they were made distinct here). */
function mergeEntities(entities: readonly DataObject[], entityOf: readonly number[], indexOf: readonly number[] | null, received: readonly unknown[]): void {
  entityOf.forEach((entityIndex, representation) => {
    const value = received[indexOf === null ? representation : indexOf[representation]];
    if (!isDataObject(value)) return;
    const entity = entities[entityIndex];
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

/** What a subgraph is called with: a plan's fetch, or a batch of them. */
type SubgraphCall = Pick<FetchNode, 'serviceName' | 'operation' | 'operationName' | 'operationDocumentNode'>;

/** Where a subgraph's error (by its path in the subgraph's answer) belongs in the client's response; one error on a shared entity belongs to each entity that shares it. */
type ErrorPaths = (path: readonly (string | number)[] | undefined) => readonly (ResponsePath | undefined)[];

/** Calls the subgraph; its errors join the run's at their paths in the client's response. Returns its data, or null. */
async function send(run: PlanRun, call: SubgraphCall, path: ResponsePath, variables: DataObject, errorPaths: ErrorPaths): Promise<DataObject | null> {
  const source = run.dataSources.get(call.serviceName);
  if (source === undefined) throw new Error(`no data source for the subgraph ${call.serviceName}`);
  const response = await source.process({
    kind: GraphQLDataSourceRequestKind.INCOMING_OPERATION,
    request: { query: call.operation, variables, operationName: call.operationName },
    incomingRequestContext: run.requestContext,
    context: run.requestContext.context,
    document: call.operationDocumentNode,
    pathInIncomingRequest: path,
  });
  for (const error of response.errors ?? []) for (const where of errorPaths(error.path)) run.errors.push(downstreamError(error, call.serviceName, where));
  return isDataObject(response.data) ? response.data : null;
}

/** A root fetch's errors: their paths under the fetch's. */
function rootErrorPaths(path: ResponsePath): ErrorPaths {
  return (errorPath) => [errorPath === undefined ? undefined : [...path.filter((step) => step !== '@'), ...errorPath]];
}

/**
 * An entity fetch's errors: one on `<entities>[i]` moves to each entity
 * representation i stands for; one on a batch member's whole `_entities`
 * goes under that member's path, as it would have come from the fetch
 * alone; any other keeps its path under the fetch's.
 */
function entityErrorPaths(path: ResponsePath, placesOf: (key: string) => EntityPlaces | undefined): ErrorPaths {
  const outside = rootErrorPaths(path);
  return (errorPath) => {
    const [first, index, ...rest] = errorPath ?? [];
    const places = typeof first === 'string' ? placesOf(first) : undefined;
    if (places === undefined) return outside(errorPath);
    if (typeof index !== 'number') return rootErrorPaths(places.path)(['_entities', ...errorPath!.slice(1)]);
    return places.of(index).map((entityPath) => [...entityPath, ...rest]);
  };
}

/**
 * The response paths of a fetch's entities, worked out only when a subgraph
 * reports an error on one (walking the tree again costs what the merge did).
 */
class EntityPlaces {
  private paths: ResponsePath[] | undefined;

  constructor(
    private readonly root: DataObject,
    /** The Flatten's path: where the fetch's entities are. */
    readonly path: ResponsePath,
    private readonly entityOf: readonly number[],
    /** Which distinct representation each representation was sent as, when this gateway made them distinct; null when one was sent per entity. */
    private readonly indexOf: readonly number[] | null,
  ) {}

  /** The paths of the entities the subgraph's `index`-th answer is for. */
  of(index: number): ResponsePath[] {
    this.paths ??= pathsAt(this.root, this.path);
    const representations = this.indexOf === null ? [index] : this.indexOf.flatMap((distinct, representation) => (distinct === index ? [representation] : []));
    return representations.map((representation) => this.paths![this.entityOf[representation]] ?? []);
  }
}

/**
 * A subgraph's error as the client sees it: its message and code
 * (DOWNSTREAM_SERVICE_ERROR if it had none), and which subgraph said it.
 * The original is kept as an Error of its own, so an INTERNAL_SERVER_ERROR
 * stays unexpected here too: masked for the client and logged by the
 * gateway under the request's id, as the subgraph logged it.
 */
function downstreamError(error: GraphQLFormattedError, serviceName: string, path: ResponsePath | undefined): GraphQLError {
  const extensions: Record<string, unknown> = { ...error.extensions, serviceName };
  extensions.code ??= 'DOWNSTREAM_SERVICE_ERROR';
  const message = error.message || `Error while fetching subquery from service "${serviceName}"`;
  return new GraphQLError(message, { path, extensions, originalError: new SubgraphError(message, serviceName) });
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
