import { referenceBy, type ReferenceResolver } from '@governance/kit';
import { Enterprise } from '../entities/enterprise.type';
import type { LegalAffairsContext } from '../loaders';

/** Entities other subgraphs point at, resolved through the request's loaders. */
export const references: Record<string, ReferenceResolver<LegalAffairsContext>> = {
  ReconsiderationCase: referenceBy('id', (id, { loaders }: LegalAffairsContext) => loaders.reconsiderationCase.load(id)),
  AdministrativeBody: referenceBy('code', (code, { loaders }: LegalAffairsContext) => loaders.administrativeBody.load(code)),
  // The office keeps no enterprise rows: an enterprise is its credit code, and its caseload is loaded per field.
  Enterprise: referenceBy('creditCode', (creditCode) => Enterprise.of(creditCode)),
};
