import { referenceBy, type ReferenceResolver } from '@governance/kit';
import { Community } from '../entities/community.type';
import type { CommerceContext } from '../loaders';

/** Entities other subgraphs point at, resolved through the request's loaders. */
export const references: Record<string, ReferenceResolver<CommerceContext>> = {
  Enterprise: referenceBy('creditCode', (creditCode, { loaders }: CommerceContext) => loaders.enterprise.load(creditCode)),
  Venue: referenceBy('id', (id, { loaders }: CommerceContext) => loaders.venue.load(id)),
  // The bureau keeps no community rows: a community is its code, and its enterprises are loaded per field.
  Community: referenceBy('code', (code) => Community.of(code)),
};
