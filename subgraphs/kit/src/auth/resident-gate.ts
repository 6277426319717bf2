import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, OperationTypeNode, type DocumentNode, type OperationDefinitionNode, type ValueNode } from 'graphql';
import { ForbiddenRequestError } from './auth-errors';
import { rootFieldsOf } from './root-fields';
import { PERSON_AUDIT_ENTRIES_FIELD } from './subgraph-secret';
import type { Viewer } from './viewer';

/**
 * The root fields a resident's token may ask for, each with the argument
 * that must name the resident: the report at the gateway and the Person
 * owner's subgraph, and the entries each agency gives that owner for it.
 */
export const RESIDENT_ROOT_FIELDS: Readonly<Record<string, string>> = { dataAccessReport: 'person', [PERSON_AUDIT_ENTRIES_FIELD]: 'person' };

/**
 * Why a resident may not run this operation, or null when it asks only for
 * their own report: a query whose root fields are all `dataAccessReport`
 * (or `__typename`) with `person` equal to the token's subject, as a literal
 * or a variable.
 */
export function residentRefusal(
  subject: string,
  operation: OperationDefinitionNode,
  document: DocumentNode,
  variables: Readonly<Record<string, unknown>> | undefined,
): string | null {
  if (operation.operation !== OperationTypeNode.QUERY) return `a resident's token may not run a ${operation.operation}`;
  for (const field of rootFieldsOf(operation.selectionSet, document)) {
    const name = field.name.value;
    if (name === '__typename') continue;
    const argument = RESIDENT_ROOT_FIELDS[name];
    if (argument === undefined) return `a resident's token may read only the resident's own dataAccessReport, not ${name}`;
    const value = field.arguments?.find((candidate) => candidate.name.value === argument)?.value;
    if (valueOf(value, variables) !== subject) return `a resident's token may read only the resident's own dataAccessReport: ${argument} must be the token's subject`;
  }
  return null;
}

function valueOf(node: ValueNode | undefined, variables: Readonly<Record<string, unknown>> | undefined): unknown {
  if (node === undefined) return undefined;
  if (node.kind === Kind.VARIABLE) return variables?.[node.name.value];
  return node.kind === Kind.STRING ? node.value : undefined;
}

/**
 * The gate for residents' tokens, at the gateway and again in every
 * subgraph: anything but the resident's own report is refused with HTTP 403
 * before a resolver runs or a subgraph is called. Staff tokens pass.
 */
export function residentGate<TContext extends { readonly viewer: Viewer }>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, request, contextValue }) {
          const { viewer } = contextValue;
          if (viewer.kind !== 'resident' || operation === undefined) return;
          const refusal = residentRefusal(viewer.subject, operation, document, request.variables);
          if (refusal !== null) throw new ForbiddenRequestError(`${refusal}; nothing was read`);
        },
      };
    },
  };
}
