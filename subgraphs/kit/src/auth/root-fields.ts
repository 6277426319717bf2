import { Kind, type DocumentNode, type FieldNode, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';

/**
 * The fields an operation selects at its root, through inline fragments and
 * fragment spreads (each fragment once): what a gate must see before it lets
 * an operation run, since `{ ...F } fragment F on Query { _entities }` asks
 * for `_entities` as much as `{ _entities }` does.
 */
export function rootFieldsOf(selectionSet: SelectionSetNode, document: DocumentNode): FieldNode[] {
  const fragments = new Map(
    document.definitions
      .filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION)
      .map((fragment) => [fragment.name.value, fragment]),
  );
  return collect(selectionSet, fragments, new Set());
}

function collect(selectionSet: SelectionSetNode, fragments: ReadonlyMap<string, FragmentDefinitionNode>, seen: Set<string>): FieldNode[] {
  return selectionSet.selections.flatMap((selection) => {
    if (selection.kind === Kind.FIELD) return [selection];
    if (selection.kind === Kind.INLINE_FRAGMENT) return collect(selection.selectionSet, fragments, seen);
    const fragment = fragments.get(selection.name.value);
    if (fragment === undefined || seen.has(fragment.name.value)) return [];
    seen.add(fragment.name.value);
    return collect(fragment.selectionSet, fragments, seen);
  });
}
