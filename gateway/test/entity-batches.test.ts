import fs from 'node:fs';
import path from 'node:path';
import { Supergraph, operationFromDocument } from '@apollo/federation-internals';
import { QueryPlanner, type FetchNode, type PlanNode } from '@apollo/query-planner';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { OperationTypeNode, parse, validate } from 'graphql';
import { loadContract } from '../../test/contract/operations';
import { batchEntityFetches, type EntityBatchNode, type ExecutionNode } from '../src/execution/entity-batches';

const SCHEMA_DIR = path.join(__dirname, '../../schema');
const supergraph = Supergraph.build(fs.readFileSync(path.join(SCHEMA_DIR, 'supergraph.graphql'), 'utf8'));
const planner = new QueryPlanner(supergraph);

function planOf(source: string): PlanNode {
  const document = parse(source);
  return planner.buildQueryPlan(operationFromDocument(supergraph.apiSchema(), document, { validate: false })).node as PlanNode;
}

function batchesIn(node: ExecutionNode): EntityBatchNode[] {
  switch (node.kind) {
    case 'Sequence':
    case 'Parallel':
      return node.nodes.flatMap(batchesIn);
    case 'Flatten':
      return batchesIn(node.node);
    case 'Condition':
      return [node.ifClause, node.elseClause].flatMap((branch) => (branch === undefined ? [] : batchesIn(branch)));
    case 'EntityBatch':
      return [node];
    case 'Fetch':
      return [];
  }
}

/** The nodes of a Sequence or Parallel. */
function childrenOf(node: ExecutionNode): readonly ExecutionNode[] {
  if (node.kind !== 'Sequence' && node.kind !== 'Parallel') throw new Error(`a ${node.kind} has no child nodes`);
  return node.nodes;
}

/** The subgraph's own schema as it serves it (with `_entities`), from its committed SDL. */
function subgraphSchema(name: string) {
  return buildSubgraphSchema(parse(fs.readFileSync(path.join(SCHEMA_DIR, `${name}.graphql`), 'utf8')));
}

function entityFetch(serviceName: string, operation: string, requiresType: string, variableUsages: string[] = []): PlanNode {
  const fetch: FetchNode = {
    kind: 'Fetch',
    serviceName,
    operation,
    operationName: undefined,
    operationKind: OperationTypeNode.QUERY,
    variableUsages,
    requires: [{ kind: 'InlineFragment', typeCondition: requiresType, selections: [{ kind: 'Field', name: '__typename' }] }],
  };
  return { kind: 'Flatten', path: ['x'], node: fetch };
}

describe('batching a plan’s parallel entity fetches to one subgraph', () => {
  it('sends EnterpriseProfile’s legal representative and community to the community committees in one request the subgraph accepts', () => {
    const profile = loadContract().find((operation) => operation.name === 'EnterpriseProfile')!;
    const plan = planOf(profile.source);
    const [batch, ...others] = batchesIn(batchEntityFetches(plan));
    expect(others).toEqual([]);
    expect(batch.serviceName).toBe('community-committees');
    expect(batch.members.map((member) => member.path)).toEqual([
      ['enterprise', 'legalRepresentative'],
      ['enterprise', 'community'],
    ]);
    expect(batch.operationName).toMatch(/^EnterpriseProfile__community_committees__\d+_\d+$/);
    expect(validate(subgraphSchema('community-committees'), parse(batch.operation))).toEqual([]);
    expect(batch.operation).toContain('_0:_entities(representations:$representations0)');
    expect(batch.operation).toContain('_1:_entities(representations:$representations1)');
    // The Parallel keeps the other two subgraphs' fetches and the batch: three requests where the planner made four.
    const parallel = childrenOf(batchEntityFetches(plan))[1];
    expect(parallel.kind).toBe('Parallel');
    expect(childrenOf(parallel).map((node) => (node.kind === 'Flatten' ? (node.node as FetchNode).serviceName : node.kind))).toEqual([
      'public-security',
      'industry-associations',
      'EntityBatch',
    ]);
  });

  it('leaves every other contract operation’s plan as the planner made it, and every batch it makes is valid for its subgraph', () => {
    const batched = loadContract().flatMap((operation) => {
      const batches = batchesIn(batchEntityFetches(planOf(operation.source)));
      for (const batch of batches) expect(validate(subgraphSchema(batch.serviceName), parse(batch.operation))).toEqual([]);
      return batches.length > 0 ? [operation.name] : [];
    });
    expect(batched).toEqual(['EnterpriseProfile']);
  });

  it('renames each member’s fragments and keeps the client’s variables once', () => {
    const node = batchEntityFetches({
      kind: 'Parallel',
      nodes: [
        entityFetch(
          'commerce-bureau',
          'query($representations:[_Any!]!$first:Int){_entities(representations:$representations){...E}}fragment E on Enterprise{name community{enterprises(first:$first){totalCount}}}',
          'Enterprise',
          ['first'],
        ),
        entityFetch(
          'commerce-bureau',
          'query($representations:[_Any!]!$first:Int){_entities(representations:$representations){...E}}fragment E on Community{enterprises(first:$first){totalCount}}',
          'Community',
          ['first'],
        ),
      ],
    });
    const [batch] = batchesIn(node);
    expect(batch.operation).toBe(
      'query($representations0:[_Any!]!$first:Int$representations1:[_Any!]!){_0:_entities(representations:$representations0){...E__0}_1:_entities(representations:$representations1){...E__1}}' +
        'fragment E__0 on Enterprise{name community{enterprises(first:$first){totalCount}}}fragment E__1 on Community{enterprises(first:$first){totalCount}}',
    );
    expect(batch.variableUsages).toEqual(['first']);
    expect(validate(subgraphSchema('commerce-bureau'), parse(batch.operation))).toEqual([]);
  });

  it('does not batch when a client variable has a batch variable’s name, or a fetch is not a single _entities field', () => {
    const clash = batchEntityFetches({
      kind: 'Parallel',
      nodes: [
        entityFetch('community-committees', 'query($representations:[_Any!]!$representations1:Int){_entities(representations:$representations){...on Person{name}}}', 'Person', [
          'representations1',
        ]),
        entityFetch('community-committees', 'query($representations:[_Any!]!){_entities(representations:$representations){...on Community{name}}}', 'Community'),
      ],
    });
    expect(batchesIn(clash)).toEqual([]);
    const unusual = batchEntityFetches({
      kind: 'Parallel',
      nodes: [
        entityFetch('community-committees', 'query($representations:[_Any!]!){_entities(representations:$representations){...on Person{name}} __typename}', 'Person'),
        entityFetch('community-committees', 'query($representations:[_Any!]!){_entities(representations:$representations){...on Community{name}}}', 'Community'),
      ],
    });
    expect(batchesIn(unusual)).toEqual([]);
    expect(childrenOf(unusual)).toHaveLength(2);
  });

  it('batches only fetches that run side by side: a Sequence’s fetches stay one after the other', () => {
    const sequence = batchEntityFetches({
      kind: 'Sequence',
      nodes: [
        entityFetch('community-committees', 'query($representations:[_Any!]!){_entities(representations:$representations){...on Person{name}}}', 'Person'),
        entityFetch('community-committees', 'query($representations:[_Any!]!){_entities(representations:$representations){...on Community{name}}}', 'Community'),
      ],
    });
    expect(batchesIn(sequence)).toEqual([]);
  });
});
