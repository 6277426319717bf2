import { referenceBy, type ReferenceResolver } from '@governance/kit';
import { Community } from '../entities/community.type';
import { Enterprise } from '../entities/enterprise.type';
import type { AssociationsContext } from '../loaders';

/** Entities other subgraphs point at, resolved through the request's loaders. */
export const references: Record<string, ReferenceResolver<AssociationsContext>> = {
  Association: referenceBy('creditCode', (creditCode, { loaders }: AssociationsContext) => loaders.association.load(creditCode)),
  CertificationMark: referenceBy('registrationNumber', (registrationNumber, { loaders }: AssociationsContext) => loaders.certificationMark.load(registrationNumber)),
  // The associations keep no enterprise or community rows: each is its key, and what we add is loaded per field.
  Enterprise: referenceBy('creditCode', (creditCode) => Enterprise.of(creditCode)),
  Community: referenceBy('code', (code) => Community.of(code)),
};
