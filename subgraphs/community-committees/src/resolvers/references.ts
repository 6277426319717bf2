import { referenceBy, type ReferenceResolver } from '@governance/kit';
import type { CommitteesContext } from '../loaders';

/** Entities other subgraphs point at, resolved through the request's loaders. */
export const references: Record<string, ReferenceResolver<CommitteesContext>> = {
  Community: referenceBy('code', (code, { loaders }: CommitteesContext) => loaders.community.load(code)),
  SubDistrict: referenceBy('code', (code, { loaders }: CommitteesContext) => loaders.subDistrict.load(code)),
  Person: referenceBy('id', (id, { loaders }: CommitteesContext) => loaders.person.load(id)),
};
