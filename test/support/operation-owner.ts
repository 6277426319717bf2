import { Kind, OperationTypeNode, parse, type GraphQLSchema } from 'graphql';
import { isAgency, type Agency } from '@governance/kit/auth';
import { subgraphDefinitions } from '@governance/scripts/subgraph-definitions';

const schemas = new Map<string, GraphQLSchema>();
const schemaOf = (definition: (typeof subgraphDefinitions)[number]) => {
  let schema = schemas.get(definition.name);
  if (!schema) schemas.set(definition.name, (schema = definition.buildSchema()));
  return schema;
};

/**
 * The agency whose token a test should send: for a mutation, the agency that
 * owns the mutation's subgraph (only it may write there); otherwise `fallback`.
 */
export function agencyFor(query: string, fallback: Agency): Agency {
  let document;
  try {
    document = parse(query);
  } catch {
    return fallback;
  }
  const mutation = document.definitions.find((definition) => definition.kind === Kind.OPERATION_DEFINITION && definition.operation === OperationTypeNode.MUTATION);
  if (mutation?.kind !== Kind.OPERATION_DEFINITION) return fallback;
  const field = mutation.selectionSet.selections.find((selection) => selection.kind === Kind.FIELD);
  if (field?.kind !== Kind.FIELD) return fallback;
  const owner = subgraphDefinitions.find((definition) => schemaOf(definition).getMutationType()?.getFields()[field.name.value] !== undefined);
  return owner && isAgency(owner.name) ? owner.name : fallback;
}
