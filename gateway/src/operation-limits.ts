import { ApolloArmor } from '@escape.tech/graphql-armor';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { GraphQLError, Kind, validate, visit, type DocumentNode, type GraphQLSchema, type ParseOptions, type ValidationRule, type ValueNode } from 'graphql';
import type { OperationLimits } from './config';

export interface OperationGuards<TContext extends BaseContext> {
  readonly plugins: ApolloServerPlugin<TContext>[];
  readonly validationRules: ValidationRule[];
  readonly parseOptions: ParseOptions;
}

/** A page size given by variable and not sent: the subgraphs' default page. */
const DEFAULT_PAGE_SIZE = 20;

const COST_MODEL = '2 per object field and 1 per scalar, times 1.5 per level of nesting, times each page size (first)';

/**
 * The gateway's limits, applied before the query planner or any subgraph sees
 * an operation. Depth, aliases and directives are graphql-armor validation
 * rules; tokens are counted by graphql-js's parser (a 400, where armor's own
 * token check answers 500); cost is armor's model computed with the request's
 * variables, since armor alone reads only a literal `first: 500` and
 * `first: $n` would slip through. Each refusal states the limit and what the
 * operation reached. Field suggestions ("Did you mean ...?") would map the
 * schema for someone who may not introspect it, so they go wherever
 * introspection is off.
 */
export function operationGuards<TContext extends BaseContext>(limits: OperationLimits, options: { suggestions: boolean }): OperationGuards<TContext> {
  const armor = new ApolloArmor({
    maxDepth: { n: limits.depth, ignoreIntrospection: true, flattenFragments: true, exposeLimits: true },
    maxAliases: { n: limits.aliases, exposeLimits: true },
    maxDirectives: { n: limits.directives, exposeLimits: true },
    maxTokens: { enabled: false },
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: !options.suggestions },
  });
  const protection = armor.protect();
  const costs = new OperationCosts();
  const costLimit: ApolloServerPlugin<TContext> = {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request, schema }) {
          const cost = costs.of(schema, document, request.variables ?? {});
          if (cost > limits.cost) {
            const found = Number.isFinite(cost) ? String(cost) : `more than ${Number.MAX_SAFE_INTEGER}`;
            throw new GraphQLError(`Query cost limit of ${limits.cost} exceeded, found ${found} (${COST_MODEL}); ask for smaller pages or fewer nested lists`, {
              extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } },
            });
          }
        },
      };
    },
  };
  return {
    plugins: [...(protection.plugins as ApolloServerPlugin<TContext>[]), costLimit],
    validationRules: protection.validationRules,
    parseOptions: { maxLexicalTokens: limits.tokens },
  };
}

/**
 * Costs already worked out, per parsed document (Apollo Server keeps one
 * document object per query text) and page sizes given by variable: the
 * cost depends on nothing else, and computing it walked the document three
 * times on every request (about 1.3% of the gateway's CPU on the contract
 * operations).
 */
class OperationCosts {
  private readonly byDocument = new WeakMap<DocumentNode, { schema: GraphQLSchema; pageVariables: readonly string[]; costs: Map<string, number> }>();

  of(schema: GraphQLSchema, document: DocumentNode, variables: Readonly<Record<string, unknown>>): number {
    let known = this.byDocument.get(document);
    if (known === undefined || known.schema !== schema) this.byDocument.set(document, (known = { schema, pageVariables: pageSizeVariables(document), costs: new Map() }));
    const key = JSON.stringify(known.pageVariables.map((name) => (typeof variables[name] === 'number' ? variables[name] : null)));
    let cost = known.costs.get(key);
    if (cost === undefined) {
      cost = operationCost(schema, document, variables);
      // A client varying page sizes cannot grow this without bound.
      if (known.costs.size < 64) known.costs.set(key, cost);
    }
    return cost;
  }
}

/** The variables that give a `first` or `last`: the only ones the cost reads. */
function pageSizeVariables(document: DocumentNode): string[] {
  const names = new Set<string>();
  visit(document, {
    Argument: (argument) => {
      if ((argument.name.value === 'first' || argument.name.value === 'last') && argument.value.kind === Kind.VARIABLE) names.add(argument.value.name.value);
    },
  });
  return [...names].sort();
}

/**
 * graphql-armor's cost of an operation, with each `first`/`last` given by
 * variable counted at its value; Infinity past 2^53, where armor gives up
 * (fragments that spread each other twice reach that in a few dozen lines).
 */
export function operationCost(schema: GraphQLSchema, document: DocumentNode, variables: Readonly<Record<string, unknown>>): number {
  const defaults = new Map<string, ValueNode>();
  visit(document, {
    VariableDefinition: (definition) => {
      if (definition.defaultValue) defaults.set(definition.variable.name.value, definition.defaultValue);
    },
  });
  const withPageSizes = visit(document, {
    Argument: (argument) => {
      if ((argument.name.value !== 'first' && argument.name.value !== 'last') || argument.value.kind !== Kind.VARIABLE) return undefined;
      const name = argument.value.name.value;
      const given = variables[name];
      const fallback = defaults.get(name);
      const size = typeof given === 'number' ? given : fallback?.kind === Kind.INT ? Number(fallback.value) : DEFAULT_PAGE_SIZE;
      return { ...argument, value: { kind: Kind.INT, value: String(Math.max(Math.trunc(size), 1)) } };
    },
  });
  let cost = 0;
  const rule = costLimitRule({
    maxCost: Number.MAX_SAFE_INTEGER,
    ignoreIntrospection: true,
    onAccept: [(_context, details: { n: number }) => (cost = Math.max(cost, details.n))],
    // Armor would throw its own error (answered as a 500): beyond 2^53 the cost is simply too high.
    onReject: [() => (cost = Number.POSITIVE_INFINITY)],
    propagateOnRejection: false,
  });
  validate(schema, withPageSizes, [rule]);
  return cost;
}
