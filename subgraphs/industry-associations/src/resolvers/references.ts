import { referenceBy, type ReferenceResolver } from '@governance/kit';
import type { AssociationsContext } from '../loaders';

/** Entities other subgraphs point at, resolved through the request's loaders. */
export const references: Record<string, ReferenceResolver<AssociationsContext>> = {
  Association: referenceBy('creditCode', (creditCode, { loaders }: AssociationsContext) => loaders.association.load(creditCode)),
};
