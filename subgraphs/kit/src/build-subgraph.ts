import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { GraphQLEnumType, GraphQLInterfaceType, GraphQLObjectType, GraphQLScalarType, GraphQLUnionType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import gql from 'graphql-tag';
import { buildSchemaSync, getMetadataStorage, type NonEmptyArray } from 'type-graphql';
import { DataAccessReportResolver, PersonAuditEntriesResolver } from './access-report';
import { agencyManifest } from './agencies';
import { auditLogResolver } from './audit';
import { authChecker } from './auth/auth-checker';
import { dataSharingResolver } from './data-sharing/data-sharing.resolver';
import { personalCoordinates } from './data-sharing/personal-fields';
import type { DataSharingPolicy } from './data-sharing/policy';
import { policyProblems } from './data-sharing/policy-problems';
import { resolveEntitiesAtOnce } from './entities-resolver';
import { DateScalar } from './scalars/date.scalar';

/** The key fields of an entity as another subgraph sends them to `_entities`. */
export type Representation = Readonly<Record<string, unknown>>;

/**
 * Resolves one entity reference. Implementations go through a per-request
 * loader, so `_entities` with N keys costs one statement, not N.
 */
export type ReferenceResolver<TContext> = (representation: Representation, context: TContext) => unknown;

/** A class type-graphql reads decorators from (a resolver, an object type): only its identity and metadata matter, never a call. */
export type DecoratedClass = abstract new (...args: never) => object;

export interface FederatedSchemaParts<TContext> {
  /** The subgraph's name (its definition's `name`): names its audit-log query. */
  readonly subgraph: string;
  readonly resolvers: NonEmptyArray<DecoratedClass>;
  /** Types that no resolver returns but the subgraph must still declare (entity stubs). */
  readonly orphanedTypes?: DecoratedClass[];
  /** `__resolveReference` for each entity this subgraph can resolve, by type name. */
  readonly references: Readonly<Record<string, ReferenceResolver<TContext>>>;
  /**
   * The agency's decisions about its personal fields: required as soon as
   * the schema declares one (`@Personal`), and each must be decided.
   */
  readonly dataSharing?: DataSharingPolicy;
}

const FEDERATION_LINK = gql`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@external", "@requires", "@provides", "@inaccessible", "@tag"])
`;

/**
 * Builds a Federation 2 subgraph schema from type-graphql resolvers: entity
 * types carry `@key` through `@Directive`, the printed SDL keeps those
 * directives, and the reference resolvers are merged into type-graphql's
 * resolver map before `@apollo/subgraph` adds `_entities` and `_service`.
 */
export function buildFederatedSchema<TContext>(parts: FederatedSchemaParts<TContext>): GraphQLSchema {
  const [auditLog, ...kit] = kitResolvers(parts.subgraph, parts.dataSharing);
  const resolvers: NonEmptyArray<DecoratedClass> = [auditLog, ...kit, ...parts.resolvers];
  requireAuthorizedMutations(resolvers);
  const schema = buildSchemaSync({
    resolvers,
    authChecker,
    orphanedTypes: parts.orphanedTypes,
    scalarsMap: [{ type: Date, scalar: DateScalar }],
    validate: false,
    // type-graphql's check rejects the federation directives it does not know; composition checks them instead.
    skipCheck: true,
  });
  requireDecidedPersonalFields(parts.subgraph, schema, parts.dataSharing);
  const typeDefs = gql(printSchemaWithDirectives(schema));
  const subgraph = buildSubgraphSchema([{ typeDefs: FEDERATION_LINK }, { typeDefs, resolvers: withReferences(toSubgraphResolvers(schema), parts.references) }]);
  resolveEntitiesAtOnce(subgraph, parts.references);
  return subgraph;
}

/**
 * What the kit adds to every subgraph: its audit-log query and its part of
 * persons' access reports; to a data owner its policy query and mutations;
 * to the keeper of the register of persons the report itself.
 */
function kitResolvers(subgraph: string, policy: DataSharingPolicy | undefined): NonEmptyArray<DecoratedClass> {
  return [
    auditLogResolver(subgraph),
    PersonAuditEntriesResolver,
    ...(policy === undefined ? [] : [dataSharingResolver(subgraph)]),
    ...(policy?.accessReport ? [DataAccessReportResolver] : []),
  ];
}

/**
 * The data owner decides every personal field, checked when the schema is
 * built (like `@Authorized('write')` on mutations): a field declared
 * `@Personal` must be covered by a data-sharing agreement or be owner-only,
 * so that a new personal field without a decision fails the build rather
 * than being masked for everyone, or worse, silently shared.
 */
function requireDecidedPersonalFields(subgraph: string, schema: GraphQLSchema, policy: DataSharingPolicy | undefined): void {
  const personal = personalCoordinates(schema);
  if (policy === undefined) {
    if (personal.length > 0) throw new Error(`${subgraph}: personal fields ${personal.join(', ')} need a data-sharing policy (buildFederatedSchema's dataSharing)`);
    return;
  }
  const problems = policyProblems(
    subgraph,
    policy,
    personal,
    agencyManifest().agencies.map((agency) => agency.name),
  );
  if (problems.length > 0) throw new Error(`${subgraph}: the data-sharing policy does not decide its personal fields:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
}

/**
 * Every mutation must say who may make it (`@Authorized('write')`), checked
 * when the schema is built: a mutation that forgot would otherwise be open to
 * any token, and no test would notice until someone used it.
 */
function requireAuthorizedMutations(resolvers: readonly DecoratedClass[]): void {
  const storage = getMetadataStorage();
  const authorized = new Set(storage.authorizedFields.filter((field) => field.roles.includes('write')).map((field) => `${field.target.name}.${field.fieldName}`));
  const open = storage.mutations
    .filter((mutation) => resolvers.some((resolver) => resolver === mutation.target))
    .filter((mutation) => !authorized.has(`${mutation.target.name}.${mutation.methodName}`))
    .map((mutation) => `${mutation.target.name}.${mutation.methodName}`);
  if (open.length > 0) throw new Error(`mutations without @Authorized('write'): ${open.join(', ')}`);
}

/**
 * type-graphql's executable schema, as the resolver map `@apollo/subgraph`
 * takes: field resolvers of object types, scalars, enum values.
 */
function toSubgraphResolvers(schema: GraphQLSchema): GraphQLResolverMap<unknown> {
  const map: GraphQLResolverMap<unknown> = {};
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    if (type instanceof GraphQLScalarType) {
      map[type.name] = type;
    } else if (type instanceof GraphQLEnumType) {
      map[type.name] = Object.fromEntries(type.getValues().map((value) => [value.name, value.value as string | number]));
    } else if (type instanceof GraphQLObjectType) {
      const fields: Record<string, GraphQLFieldResolver<unknown, unknown>> = {};
      for (const field of Object.values(type.getFields())) {
        if (field.resolve) fields[field.name] = field.resolve;
      }
      map[type.name] = fields;
    } else if (type instanceof GraphQLInterfaceType || type instanceof GraphQLUnionType) {
      // Abstract types would need __resolveType carried over; no subgraph declares one yet.
      throw new Error(`${type.name}: interfaces and unions are not supported by buildFederatedSchema yet`);
    }
  }
  return map;
}

function withReferences<TContext>(map: GraphQLResolverMap<unknown>, references: Readonly<Record<string, ReferenceResolver<TContext>>>): GraphQLResolverMap<unknown> {
  const merged = { ...map };
  for (const [typeName, resolveReference] of Object.entries(references)) {
    const existing = merged[typeName];
    const fields = existing instanceof GraphQLScalarType || existing === undefined ? {} : existing;
    merged[typeName] = {
      ...fields,
      __resolveReference: (representation: Representation, context: TContext) => resolveReference(representation, context),
    };
  }
  return merged;
}
