import { operationFromDocument, type Supergraph } from '@apollo/federation-internals';
import type { PlanNode, QueryPlan, QueryPlanner } from '@apollo/query-planner';
import { BREAK, Kind, OperationTypeNode, visit, type DocumentNode, type FragmentDefinitionNode, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { conditionVariables } from './conditions';
import { batchEntityFetches, type ExecutionNode } from './entity-batches';
import { ResultShaper } from './result-shaper';

/** Compiled shapes kept per operation: one per combination of @skip/@include values it has been asked with. */
const MAX_SHAPES_PER_OPERATION = 16;

/**
 * One client operation, planned once: the query plan and its result shapes.
 * `null` from `plan` means this gateway leaves the operation to
 * @apollo/gateway's own executor: introspection (`__schema`, `__type`),
 * `@defer`, subscriptions, and plans with data rewrites (interface objects,
 * `@fromContext`), none of which the agencies' schemas use today.
 */
export class PlannedOperation {
  private readonly shapes = new Map<string, ResultShaper>();
  private readonly conditionVariables: readonly string[];
  private readonly fragments: ReadonlyMap<string, FragmentDefinitionNode>;

  private constructor(
    readonly plan: ExecutionNode | undefined,
    private readonly operation: OperationDefinitionNode,
    document: DocumentNode,
  ) {
    this.conditionVariables = conditionVariables(document);
    this.fragments = new Map(document.definitions.filter((node): node is FragmentDefinitionNode => node.kind === Kind.FRAGMENT_DEFINITION).map((node) => [node.name.value, node]));
  }

  static plan(supergraph: Supergraph, planner: QueryPlanner, document: DocumentNode, operation: OperationDefinitionNode): PlannedOperation | null {
    if (operation.operation === OperationTypeNode.SUBSCRIPTION || asksForIntrospection(document)) return null;
    const plan: QueryPlan = planner.buildQueryPlan(operationFromDocument(supergraph.apiSchema(), document, { operationName: operation.name?.value, validate: false }));
    if (plan.node !== undefined && !executable(plan.node)) return null;
    return new PlannedOperation(plan.node === undefined ? undefined : batchEntityFetches(plan.node as PlanNode), operation, document);
  }

  /** The shaper for these (coerced) variables' @skip/@include decisions. */
  shaper(schema: GraphQLSchema, variables: Readonly<Record<string, unknown>>): ResultShaper {
    const key = this.conditionVariables.map((name) => (variables[name] === true ? '1' : '0')).join('');
    let shaper = this.shapes.get(key);
    if (shaper === undefined) {
      shaper = new ResultShaper(schema, this.operation, this.fragments, variables);
      if (this.shapes.size < MAX_SHAPES_PER_OPERATION) this.shapes.set(key, shaper);
    }
    return shaper;
  }
}

function asksForIntrospection(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Field(field) {
      if (field.name.value !== '__schema' && field.name.value !== '__type') return undefined;
      found = true;
      return BREAK;
    },
  });
  return found;
}

/** Plans made only of what runPlan does: no @defer, no subscription, no data rewrites. */
function executable(node: PlanNode | { kind: 'Subscription' }): boolean {
  switch (node.kind) {
    case 'Sequence':
    case 'Parallel':
      return node.nodes.every(executable);
    case 'Flatten':
      return executable(node.node);
    case 'Condition':
      return (node.ifClause === undefined || executable(node.ifClause)) && (node.elseClause === undefined || executable(node.elseClause));
    case 'Fetch':
      return !node.hasDefers && !node.inputRewrites?.length && !node.outputRewrites?.length && !node.contextRewrites?.length;
    default:
      return false;
  }
}
