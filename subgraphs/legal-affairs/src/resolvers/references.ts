import { referenceBy, type ReferenceResolver } from '@governance/kit';
import type { LegalAffairsContext } from '../loaders';

/** Entities other subgraphs point at, resolved through the request's loaders. */
export const references: Record<string, ReferenceResolver<LegalAffairsContext>> = {
  ReconsiderationCase: referenceBy('id', (id, { loaders }: LegalAffairsContext) => loaders.reconsiderationCase.load(id)),
};
