import type { FetchNode, PlanNode, QueryPlanSelectionNode, ResponsePath } from '@apollo/query-planner';
import {
  Kind,
  parse,
  print,
  stripIgnoredCharacters,
  visit,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type VariableDefinitionNode,
} from 'graphql';

/**
 * One entity fetch of a batch: the Flatten it came from (where its entities
 * are, what each representation carries) and where its part of the request
 * and answer is named.
 */
export interface BatchMember {
  readonly path: ResponsePath;
  readonly requires: readonly QueryPlanSelectionNode[];
  /** The response key of this member's `_entities` field in the batch's answer. */
  readonly alias: string;
  /** The variable that carries this member's representations. */
  readonly variable: string;
}

/**
 * Entity fetches the plan runs in parallel against one subgraph, sent as one
 * request with one aliased `_entities` field each. The fields a FetchNode
 * has for calling the subgraph, so both go through one send.
 */
export interface EntityBatchNode {
  readonly kind: 'EntityBatch';
  readonly serviceName: string;
  readonly operation: string;
  readonly operationName: string | undefined;
  readonly operationDocumentNode: DocumentNode;
  /** The client's variables the batch's operation declares. */
  readonly variableUsages: readonly string[];
  readonly members: readonly BatchMember[];
}

/** A query plan as this gateway runs it: Apollo's nodes, with parallel entity fetches to one subgraph batched. */
export type ExecutionNode =
  | { readonly kind: 'Sequence'; readonly nodes: readonly ExecutionNode[] }
  | { readonly kind: 'Parallel'; readonly nodes: readonly ExecutionNode[] }
  | { readonly kind: 'Flatten'; readonly path: ResponsePath; readonly node: ExecutionNode }
  | { readonly kind: 'Condition'; readonly condition: string; readonly ifClause?: ExecutionNode; readonly elseClause?: ExecutionNode }
  | FetchNode
  | EntityBatchNode;

/** A Flatten over one entity fetch: what a batch is made of. */
interface EntityFetch {
  readonly path: ResponsePath;
  readonly fetch: FetchNode & { readonly requires: QueryPlanSelectionNode[] };
}

/**
 * The plan with each Parallel's entity fetches to one subgraph merged into
 * one request. Apollo's planner asks a subgraph once per entity type even
 * when the fetches run side by side (EnterpriseProfile asks the community
 * committees for the legal representative and, separately, the community);
 * every request costs the subgraph a parse, a validation, a token check and
 * a context, which made ours the one contract operation slower than a peer
 * gateway that batches. Only fetches that run at the same moment anyway are
 * merged, so nothing waits longer than it did.
 */
export function batchEntityFetches(node: PlanNode): ExecutionNode {
  switch (node.kind) {
    case 'Sequence':
      return { kind: 'Sequence', nodes: node.nodes.map(batchEntityFetches) };
    case 'Parallel':
      return { kind: 'Parallel', nodes: batchedParallel(node.nodes) };
    case 'Flatten':
      return { kind: 'Flatten', path: node.path, node: batchEntityFetches(node.node) };
    case 'Condition':
      return {
        kind: 'Condition',
        condition: node.condition,
        ...(node.ifClause === undefined ? {} : { ifClause: batchEntityFetches(node.ifClause) }),
        ...(node.elseClause === undefined ? {} : { elseClause: batchEntityFetches(node.elseClause) }),
      };
    case 'Fetch':
      return node;
    case 'Defer':
      // PlannedOperation leaves plans with @defer to @apollo/gateway before they get here.
      throw new Error('@defer is not executed by this gateway');
  }
}

function batchedParallel(nodes: readonly PlanNode[]): ExecutionNode[] {
  const entityFetches = nodes.map(asEntityFetch);
  const groups = new Map<string, EntityFetch[]>();
  for (const entityFetch of entityFetches) {
    if (entityFetch !== null) groups.set(entityFetch.fetch.serviceName, [...(groups.get(entityFetch.fetch.serviceName) ?? []), entityFetch]);
  }
  const batches = new Map<string, EntityBatchNode>();
  for (const [service, group] of groups) {
    const batch = group.length > 1 ? entityBatch(group) : null;
    if (batch !== null) batches.set(service, batch);
  }
  // A batch runs where its first member was; its other members' places go.
  const placed = new Set<string>();
  return nodes.flatMap((node, index) => {
    const service = entityFetches[index]?.fetch.serviceName;
    const batch = service === undefined ? undefined : batches.get(service);
    if (batch === undefined) return [batchEntityFetches(node)];
    if (placed.has(batch.serviceName)) return [];
    placed.add(batch.serviceName);
    return [batch];
  });
}

function asEntityFetch(node: PlanNode): EntityFetch | null {
  if (node.kind !== 'Flatten' || node.node.kind !== 'Fetch') return null;
  const fetch = node.node;
  if (fetch.requires === undefined || fetch.hasDefers) return null;
  return { path: node.path, fetch: fetch as EntityFetch['fetch'] };
}

/**
 * One operation asking for every member's entities: each member's
 * `_entities` field under an alias of its own, its `$representations`
 * renamed to a variable of its own, its fragments renamed apart, and the
 * client's variables declared once. Null when a fetch is not the
 * planner's usual single `_entities` operation or a name would clash; the
 * fetches then run as the planner made them.
 */
function entityBatch(group: readonly EntityFetch[]): EntityBatchNode | null {
  const usages = new Set(group.flatMap((member) => member.fetch.variableUsages ?? []));
  const definitions = new Map<string, VariableDefinitionNode>();
  const fields: FieldNode[] = [];
  const fragments: FragmentDefinitionNode[] = [];
  const members: BatchMember[] = [];
  for (const [index, { path, fetch }] of group.entries()) {
    const member: BatchMember = { path, requires: fetch.requires, alias: `_${index}`, variable: `representations${index}` };
    if (usages.has(member.variable)) return null;
    const parts = renamedParts(parse(fetch.operation, { noLocation: true }), member, index);
    if (parts === null) return null;
    for (const definition of parts.operation.variableDefinitions ?? [])
      if (!definitions.has(definition.variable.name.value)) definitions.set(definition.variable.name.value, definition);
    fields.push(parts.field);
    fragments.push(...parts.fragments);
    members.push(member);
  }
  const operationName = batchName(group.map((member) => member.fetch.operationName));
  const operation: OperationDefinitionNode = {
    kind: Kind.OPERATION_DEFINITION,
    operation: group[0].fetch.operationKind,
    ...(operationName === undefined ? {} : { name: { kind: Kind.NAME, value: operationName } }),
    variableDefinitions: [...definitions.values()],
    selectionSet: { kind: Kind.SELECTION_SET, selections: fields },
  };
  const document: DocumentNode = { kind: Kind.DOCUMENT, definitions: [operation, ...fragments] };
  return {
    kind: 'EntityBatch',
    serviceName: group[0].fetch.serviceName,
    operation: stripIgnoredCharacters(print(document)),
    operationName,
    operationDocumentNode: document,
    variableUsages: [...usages],
    members,
  };
}

/** A member's operation with its names made its own, and the parts the batch takes from it. */
function renamedParts(
  document: DocumentNode,
  member: BatchMember,
  index: number,
): { operation: OperationDefinitionNode; field: FieldNode; fragments: FragmentDefinitionNode[] } | null {
  const operations = document.definitions.filter((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION);
  const [field, ...others] = operations[0]?.selectionSet.selections ?? [];
  if (operations.length !== 1 || others.length > 0 || field?.kind !== Kind.FIELD || field.name.value !== '_entities' || field.alias !== undefined) return null;
  const fragmentName = (name: string): string => `${name}__${index}`;
  const renamed = visit(document, {
    Variable: (variable) => (variable.name.value === 'representations' ? { ...variable, name: { ...variable.name, value: member.variable } } : undefined),
    FragmentSpread: (spread) => ({ ...spread, name: { ...spread.name, value: fragmentName(spread.name.value) } }),
    FragmentDefinition: (fragment) => ({ ...fragment, name: { ...fragment.name, value: fragmentName(fragment.name.value) } }),
  });
  const operation = renamed.definitions.find((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION)!;
  const entities = operation.selectionSet.selections[0] as FieldNode;
  return {
    operation,
    field: { ...entities, alias: { kind: Kind.NAME, value: member.alias } },
    fragments: renamed.definitions.filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION),
  };
}

/**
 * The planner names fetches `<Operation>__<subgraph>__<n>`; a batch of
 * fetches 3 and 4 is `<Operation>__<subgraph>__3_4`, so a subgraph's log
 * still says which client operation asked.
 */
function batchName(names: readonly (string | undefined)[]): string | undefined {
  const [first] = names;
  if (first === undefined) return undefined;
  const prefix = /^(.*__)\d+$/.exec(first)?.[1];
  if (prefix === undefined || !names.every((name) => name?.startsWith(prefix) && /^\d+$/.test(name.slice(prefix.length)))) return first;
  return prefix + names.map((name) => name!.slice(prefix.length)).join('_');
}
