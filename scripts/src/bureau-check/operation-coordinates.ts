import { TypeInfo, getNamedType, isEnumType, isInputObjectType, visit, visitWithTypeInfo, type GraphQLNamedType, type GraphQLSchema } from 'graphql';
import type { LoadedOperation } from '../contract-operations';

/**
 * The schema coordinates an operation depends on, read against the schema it
 * was written for: every field it selects (`Enterprise.licenseStatus`) and
 * argument it passes (`Query.enterprises.first`), the types it names, every
 * field of an input type it sends in a variable (the value arrives at run
 * time), and every value of an enum it sends or reads (a client switches on
 * them).
 */
export function operationCoordinates(schema: GraphQLSchema, operation: LoadedOperation): Set<string> {
  const used = new Set<string>();
  const addType = (type: GraphQLNamedType, seen = new Set<string>()) => {
    if (seen.has(type.name)) return;
    seen.add(type.name);
    used.add(type.name);
    if (isEnumType(type)) for (const value of type.getValues()) used.add(`${type.name}.${value.name}`);
    if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        used.add(`${type.name}.${field.name}`);
        addType(getNamedType(field.type), seen);
      }
    }
  };
  const typeInfo = new TypeInfo(schema);
  visit(
    operation.document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const parent = typeInfo.getParentType();
        const field = typeInfo.getFieldDef();
        if (parent === null || parent === undefined || field === null || field === undefined) return;
        used.add(`${parent.name}.${node.name.value}`);
        addType(getNamedType(field.type));
      },
      Argument(node) {
        const parent = typeInfo.getParentType();
        const field = typeInfo.getFieldDef();
        if (parent && field) used.add(`${parent.name}.${field.name}.${node.name.value}`);
      },
      VariableDefinition() {
        const type = typeInfo.getInputType();
        if (type) addType(getNamedType(type));
      },
    }),
  );
  return used;
}

/** Whether a change at `coordinate` touches something in `used` (the coordinate itself, or a part of a removed type). */
export function touches(coordinate: string, used: ReadonlySet<string>): boolean {
  if (used.has(coordinate)) return true;
  for (const entry of used) if (entry.startsWith(`${coordinate}.`)) return true;
  return false;
}
