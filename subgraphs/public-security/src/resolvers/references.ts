import { referenceBy, type ReferenceResolver } from '@governance/kit';
import type { SecurityContext } from '../loaders';

/** Entities other subgraphs point at, resolved through the request's loaders. */
export const references: Record<string, ReferenceResolver<SecurityContext>> = {
  PoliceStation: referenceBy('id', (id, { loaders }: SecurityContext) => loaders.policeStation.load(id)),
};
