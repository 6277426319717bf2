import { Kind, parse, type DirectiveNode, type SelectionSetNode } from 'graphql';

/** Apollo Client's `keyFields`: field names, with a nested list after a field that selects into an object. */
export type KeyFields = ReadonlyArray<string | KeyFields>;

export interface TypePolicy {
  readonly keyFields: KeyFields;
}

/**
 * Apollo Client `typePolicies` for the supergraph's entities: each entity is
 * normalised by the key its owner declares with `@key` (`Community` by
 * `code`, `Enterprise` by `creditCode`), read from the `@join__type`
 * directives composition writes, so that the policies can never disagree
 * with the graph. A type several subgraphs declare with the same key gets
 * it once; a type with several keys takes the first resolvable one.
 */
export function typePoliciesOf(supergraphSdl: string): Record<string, TypePolicy> {
  const policies: Array<[string, TypePolicy]> = [];
  for (const definition of parse(supergraphSdl).definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION && definition.kind !== Kind.OBJECT_TYPE_EXTENSION) continue;
    const key = (definition.directives ?? [])
      .filter((directive) => directive.name.value === 'join__type')
      .map(resolvableKeyOf)
      .find((found) => found !== null);
    if (key) policies.push([definition.name.value, { keyFields: keyFieldsOf(fieldSetOf(key)) }]);
  }
  return Object.fromEntries(policies.sort(([a], [b]) => a.localeCompare(b)));
}

function resolvableKeyOf(directive: DirectiveNode): string | null {
  const argument = (name: string) => directive.arguments?.find((candidate) => candidate.name.value === name)?.value;
  const key = argument('key');
  const resolvable = argument('resolvable');
  if (key?.kind !== Kind.STRING) return null;
  return resolvable?.kind === Kind.BOOLEAN && !resolvable.value ? null : key.value;
}

/** A `@key`'s field set (`"code"`, `"id owner { code }"`) as the selection set it is written as. */
function fieldSetOf(key: string): { readonly selectionSet: SelectionSetNode } {
  const [operation] = parse(`{ ${key} }`).definitions;
  if (operation.kind !== Kind.OPERATION_DEFINITION) throw new Error(`@key(fields: "${key}") is not a field set`);
  return operation;
}

function keyFieldsOf(node: { readonly selectionSet?: SelectionSetNode }): KeyFields {
  const fields: Array<string | KeyFields> = [];
  for (const selection of node.selectionSet?.selections ?? []) {
    if (selection.kind !== Kind.FIELD) throw new Error('a @key with fragments cannot be a keyFields list');
    fields.push(selection.name.value);
    if (selection.selectionSet) fields.push(keyFieldsOf(selection));
  }
  return fields;
}
