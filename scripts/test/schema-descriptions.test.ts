import { isEnumType, isInputObjectType, isInterfaceType, isObjectType, isScalarType, isSpecifiedScalarType, type GraphQLSchema } from 'graphql';
import { subgraphDefinitions } from '../src/subgraph-definitions';

/** Federation's own machinery, which analysts never see in the supergraph's API. */
const FEDERATION_TYPES = new Set(['_Service', '_Entity', '_Any', 'FieldSet', 'link__Import', 'link__Purpose', 'federation__FieldSet', 'federation__Scope', 'federation__Policy']);
const FEDERATION_FIELDS = new Set(['Query._entities', 'Query._service']);

/** Every type, field, argument, input field and enum value of a schema that has no description. */
function undocumented(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || FEDERATION_TYPES.has(type.name) || (isScalarType(type) && isSpecifiedScalarType(type))) continue;
    const isRoot = ['Query', 'Mutation'].includes(type.name);
    if (!isRoot && !type.description) missing.push(type.name);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        const coordinate = `${type.name}.${field.name}`;
        if (FEDERATION_FIELDS.has(coordinate)) continue;
        if (!field.description) missing.push(coordinate);
        for (const arg of field.args) if (!arg.description) missing.push(`${coordinate}(${arg.name}:)`);
      }
    }
    if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) if (!field.description) missing.push(`${type.name}.${field.name}`);
    }
    if (isEnumType(type)) {
      for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
    }
  }
  return missing;
}

describe('documentation in the schema (analysts read it in the playground)', () => {
  it.each(subgraphDefinitions.map((definition) => [definition.name, definition] as const))('%s describes every type, field, argument and enum value', (_name, definition) => {
    expect(undocumented(definition.buildSchema())).toEqual([]);
  });
});
