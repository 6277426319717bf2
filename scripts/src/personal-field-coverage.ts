import { Kind, parse, type ConstDirectiveNode, type GraphQLSchema } from 'graphql';
import { PERSONAL_TAG, type DataSharingPolicy } from '@governance/kit';
import { operationCoordinates } from './bureau-check/operation-coordinates';
import type { LoadedOperation } from './contract-operations';

/** A personal field of the supergraph and the agency that holds it. */
export interface PersonalField {
  readonly coordinate: string;
  readonly owner: string;
}

/** One personal field an operation reaches, and how its owner decided it. */
export interface PersonalFieldReach extends PersonalField {
  readonly file: string;
  readonly operation: string;
  /** `owner-only`, the agreements that cover it, or `undecided` (the rule's failure). */
  readonly decision: 'owner-only' | 'undecided' | readonly string[];
}

const stringArgument = (directive: ConstDirectiveNode, name: string) => {
  const value = directive.arguments?.find((argument) => argument.name.value === name)?.value;
  return value?.kind === Kind.STRING ? value.value : value?.kind === Kind.ENUM ? value.value : undefined;
};

/**
 * The personal fields the supergraph declares (`@tag(name: "personal")`, which
 * `@Personal` puts on a field) with the subgraph that resolves each
 * (`@join__field(graph:)`, named through `join__Graph`): read from the
 * composed schema alone, as any tool beside the gateway could.
 */
export function personalFieldsOf(supergraphSdl: string): PersonalField[] {
  const document = parse(supergraphSdl);
  const graphs = new Map<string, string>();
  const fields: PersonalField[] = [];
  for (const definition of document.definitions) {
    if (definition.kind === Kind.ENUM_TYPE_DEFINITION && definition.name.value === 'join__Graph') {
      for (const value of definition.values ?? []) {
        const name = value.directives?.find((directive) => directive.name.value === 'join__graph');
        if (name) graphs.set(value.name.value, stringArgument(name, 'name') ?? value.name.value);
      }
    }
  }
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION) continue;
    for (const field of definition.fields ?? []) {
      const directives = field.directives ?? [];
      if (!directives.some((directive) => directive.name.value === 'tag' && stringArgument(directive, 'name') === PERSONAL_TAG)) continue;
      const graph = directives.map((directive) => (directive.name.value === 'join__field' ? stringArgument(directive, 'graph') : undefined)).find((name) => name !== undefined);
      fields.push({ coordinate: `${definition.name.value}.${field.name.value}`, owner: (graph && graphs.get(graph)) ?? 'unknown' });
    }
  }
  return fields;
}

/**
 * The CI rule over operations other agencies run: every personal field an
 * operation reaches must be decided by its owner, covered by an agreement
 * or marked owner-only. Returns each reach with its decision; those with
 * `undecided` are the failures, naming the operation and the coordinate.
 */
export function personalFieldReaches(
  apiSchema: GraphQLSchema,
  supergraphSdl: string,
  operations: readonly LoadedOperation[],
  policyOf: (owner: string) => DataSharingPolicy | undefined,
): PersonalFieldReach[] {
  const personal = personalFieldsOf(supergraphSdl);
  return operations.flatMap((operation) => {
    const used = operationCoordinates(apiSchema, operation);
    return personal
      .filter((field) => used.has(field.coordinate))
      .map((field): PersonalFieldReach => {
        const policy = policyOf(field.owner);
        const agreements = (policy?.agreements ?? []).filter((agreement) => agreement.fields.includes(field.coordinate)).map((agreement) => agreement.number);
        const decision = policy?.ownerOnly.includes(field.coordinate) ? 'owner-only' : agreements.length > 0 ? agreements : 'undecided';
        return { ...field, file: operation.file, operation: operation.name, decision };
      });
  });
}
