import {
  Kind,
  getNamedType,
  getNullableType,
  isEnumType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';

/**
 * Checks a response against the operation and the schema: every selected
 * field is present, non-null fields are not null, scalars and enums have the
 * declared kind, and every selected field is non-null at least once wherever
 * its parent occurs (an empty list counts as an answer) (so the data exercises the whole selection, not just its
 * skeleton). Returns the problems, empty when the response fits.
 */
export function shapeProblems(schema: GraphQLSchema, root: GraphQLObjectType, selectionSet: SelectionSetNode, data: unknown): string[] {
  const problems: string[] = [];
  const seen = new Map<string, { occurrences: number; nonNull: number }>();
  walkObject(root, selectionSet, data, root.name, problems, seen);
  for (const [path, tally] of seen) if (tally.occurrences > 0 && tally.nonNull === 0) problems.push(`${path} is null everywhere it occurs`);
  return problems;
}

function walkObject(
  type: GraphQLObjectType,
  selectionSet: SelectionSetNode,
  value: unknown,
  path: string,
  problems: string[],
  seen: Map<string, { occurrences: number; nonNull: number }>,
): void {
  if (typeof value !== 'object' || value === null) {
    problems.push(`${path} should be an object`);
    return;
  }
  const record = value as Record<string, unknown>;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.INLINE_FRAGMENT) {
      if (!selection.typeCondition || selection.typeCondition.name.value === type.name) walkObject(type, selection.selectionSet, value, path, problems, seen);
      continue;
    }
    if (selection.kind !== Kind.FIELD) continue;
    const name = selection.name.value;
    if (name === '__typename') continue;
    const key = selection.alias?.value ?? name;
    const field = type.getFields()[name];
    const fieldPath = `${path}.${key}`;
    if (!field) {
      problems.push(`${fieldPath} is not in the schema`);
      continue;
    }
    if (!(key in record)) {
      problems.push(`${fieldPath} is missing from the response`);
      continue;
    }
    const tally = seen.get(fieldPath) ?? { occurrences: 0, nonNull: 0 };
    tally.occurrences += 1;
    // An empty list is an answer (no enforcement cases), so it counts; a null is not.
    if (record[key] !== null) tally.nonNull += 1;
    seen.set(fieldPath, tally);
    walkValue(field.type, selection.selectionSet, record[key], fieldPath, problems, seen);
  }
}

function walkValue(
  type: GraphQLOutputType,
  selectionSet: SelectionSetNode | undefined,
  value: unknown,
  path: string,
  problems: string[],
  seen: Map<string, { occurrences: number; nonNull: number }>,
): void {
  if (value === null) {
    if (isNonNullType(type)) problems.push(`${path} is null but the schema says it never is`);
    return;
  }
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    if (!Array.isArray(value)) {
      problems.push(`${path} should be a list`);
      return;
    }
    value.forEach((item) => walkValue(nullable.ofType, selectionSet, item, path, problems, seen));
    return;
  }
  const named = getNamedType(nullable);
  if (isObjectType(named)) {
    if (selectionSet) walkObject(named, selectionSet, value, path, problems, seen);
  } else if (isEnumType(named)) {
    if (!named.getValues().some((enumValue) => enumValue.name === value)) problems.push(`${path} = ${JSON.stringify(value)} is not a ${named.name}`);
  } else if (isScalarType(named)) {
    const ok =
      named.name === 'Int'
        ? Number.isInteger(value)
        : named.name === 'Float'
          ? typeof value === 'number'
          : named.name === 'Boolean'
            ? typeof value === 'boolean'
            : named.name === 'Date'
              ? typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)
              : typeof value === 'string';
    if (!ok) problems.push(`${path} = ${JSON.stringify(value)} is not a ${named.name}`);
  }
}
