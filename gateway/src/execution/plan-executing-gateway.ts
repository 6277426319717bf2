import { Supergraph } from '@apollo/federation-internals';
import type { ApolloGateway } from '@apollo/gateway';
import { QueryPlanner } from '@apollo/query-planner';
import type {
  GatewayApolloConfig,
  GatewayExecutionResult,
  GatewayExecutor,
  GatewayGraphQLRequestContext,
  GatewayInterface,
  GatewayLoadResult,
  GatewaySchemaLoadOrUpdateCallback,
  GatewayUnsubscriber,
} from '@apollo/server-gateway-interface';
import { getVariableValues, isAbstractType, isInterfaceType, isObjectType, type GraphQLSchema } from 'graphql';
import type { GatewayContext } from '../request-context';
import type { TypeTest } from './merged-data';
import { runPlan, tracer, type DataSources, type PlanRun } from './plan-executor';
import { PlannedOperation } from './planned-operation';

/** Operations kept planned per supergraph (a plan and its shapes take some kB each); in production only the trusted documents reach the gateway. */
const MAX_PLANNED_OPERATIONS = 256;

/**
 * The supergraph as this gateway plans over it: Apollo's query planner (the
 * same planner @apollo/gateway uses, built from the same supergraph) and the
 * operations planned so far, by document hash and operation name.
 */
class PlanningState {
  private readonly supergraph: Supergraph;
  private readonly planner: QueryPlanner;
  private readonly operations = new Map<string, PlannedOperation | null>();
  readonly isOfType: TypeTest;

  constructor(coreSupergraphSdl: string) {
    this.supergraph = Supergraph.build(coreSupergraphSdl);
    this.planner = new QueryPlanner(this.supergraph);
    this.isOfType = typeTest(this.supergraph.schema.toGraphQLJSSchema());
  }

  planned(requestContext: GatewayGraphQLRequestContext): PlannedOperation | null {
    const key = `${requestContext.queryHash}\u0000${requestContext.operationName ?? ''}`;
    let planned = this.operations.get(key);
    if (planned === undefined) {
      planned = tracer.startActiveSpan('gateway.plan', (span) => {
        try {
          return PlannedOperation.plan(this.supergraph, this.planner, requestContext.document, requestContext.operation);
        } catch {
          // @apollo/gateway plans it again and reports why it cannot, as it always has.
          return null;
        } finally {
          span.end();
        }
      });
      if (this.operations.size >= MAX_PLANNED_OPERATIONS) this.operations.delete(this.operations.keys().next().value!);
      this.operations.set(key, planned);
    }
    return planned;
  }
}

/** Whether an object of one type falls under a fragment's type condition, over the supergraph (inaccessible types included). */
function typeTest(schema: GraphQLSchema): TypeTest {
  const known = new Map<string, boolean>();
  return (typename, typeCondition) => {
    if (typename === typeCondition) return true;
    const key = `${typename}\u0000${typeCondition}`;
    let result = known.get(key);
    if (result === undefined) {
      const type = schema.getType(typename);
      const condition = schema.getType(typeCondition);
      result = condition !== undefined && isAbstractType(condition) && (isObjectType(type) || isInterfaceType(type)) && schema.isSubType(condition, type);
      known.set(key, result);
    }
    return result;
  };
}

/**
 * The gateway Apollo Server runs: @apollo/gateway loads and reloads the
 * supergraph, checks the subgraphs and builds the data sources, and this
 * executes the plans. @apollo/gateway's executor rebuilds its operation model
 * for every request and shapes results through it, which profiles put at
 * half of the gateway's CPU on wide lists; here each operation is planned and
 * its result shapes compiled once (PlannedOperation), the data merged in
 * place, and the result shaped by ResultShaper. What it does not execute
 * (PlannedOperation says what) and variables that do not coerce go to
 * @apollo/gateway's executor, so their answers stay exactly as before.
 */
export class PlanExecutingGateway implements GatewayInterface {
  private state: PlanningState | null = null;

  constructor(
    private readonly gateway: ApolloGateway,
    private readonly dataSources: DataSources,
  ) {
    // Registered before Apollo Server's listener, so the plans follow the supergraph before the schema does.
    gateway.onSchemaLoadOrUpdate(({ coreSupergraphSdl }) => {
      this.state = new PlanningState(coreSupergraphSdl);
    });
  }

  onSchemaLoadOrUpdate(callback: GatewaySchemaLoadOrUpdateCallback): GatewayUnsubscriber {
    return this.gateway.onSchemaLoadOrUpdate(callback);
  }

  async load(options: { apollo: GatewayApolloConfig }): Promise<GatewayLoadResult> {
    const { executor } = await this.gateway.load(options);
    return { executor: (requestContext) => this.execute(requestContext as GatewayGraphQLRequestContext<GatewayContext>, executor) };
  }

  stop(): Promise<void> {
    return this.gateway.stop();
  }

  private async execute(requestContext: GatewayGraphQLRequestContext<GatewayContext>, fallback: GatewayExecutor): Promise<GatewayExecutionResult> {
    const state = this.state;
    const planned = state?.planned(requestContext) ?? null;
    if (state === null || planned === null) return fallback(requestContext);
    const coerced = getVariableValues(requestContext.schema, requestContext.operation.variableDefinitions ?? [], requestContext.request.variables ?? {});
    if (coerced.errors !== undefined) return fallback(requestContext);
    const run: PlanRun = { requestContext, dataSources: this.dataSources, variables: coerced.coerced, isOfType: state.isOfType, data: {}, errors: [] };
    if (planned.plan !== undefined) await runPlan(run, planned.plan);
    const shaped = planned.shaper(requestContext.schema, coerced.coerced).shape(run.data);
    // As @apollo/gateway answers: the fetches' errors, or else what the shaping found wrong in the subgraphs' answers.
    if (run.errors.length > 0) return { errors: run.errors, data: shaped.data };
    if (shaped.errors.length > 0) return { extensions: { valueCompletion: shaped.errors }, data: shaped.data };
    return { data: shaped.data };
  }
}
