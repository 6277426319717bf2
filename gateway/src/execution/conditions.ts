import { Kind, visit, type ConstDirectiveNode, type DirectiveNode, type DocumentNode, type ValueNode } from 'graphql';

/** Whether a selection stays, by its @skip and @include (the variables are coerced, so `if` is a boolean). */
export function conditionsMet(directives: readonly (DirectiveNode | ConstDirectiveNode)[] | undefined, variables: Readonly<Record<string, unknown>>): boolean {
  if (directives === undefined || directives.length === 0) return true;
  for (const directive of directives) {
    const name = directive.name.value;
    if (name !== 'skip' && name !== 'include') continue;
    const condition = directive.arguments?.find((argument) => argument.name.value === 'if')?.value;
    const value = condition === undefined ? false : valueOf(condition, variables);
    if ((name === 'skip') === value) return false;
  }
  return true;
}

function valueOf(node: ValueNode, variables: Readonly<Record<string, unknown>>): boolean {
  if (node.kind === Kind.BOOLEAN) return node.value;
  if (node.kind === Kind.VARIABLE) return variables[node.name.value] === true;
  return false;
}

/**
 * The variables a document's @skip and @include read: the shapes of an
 * operation differ only by their values, so they key its compiled shapes.
 */
export function conditionVariables(document: DocumentNode): readonly string[] {
  const names = new Set<string>();
  visit(document, {
    Directive(directive) {
      if (directive.name.value !== 'skip' && directive.name.value !== 'include') return;
      for (const argument of directive.arguments ?? []) if (argument.value.kind === Kind.VARIABLE) names.add(argument.value.name.value);
    },
  });
  return [...names].sort();
}
