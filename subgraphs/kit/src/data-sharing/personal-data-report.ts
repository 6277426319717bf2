import type { MaskReason } from './policy';

export { AGREEMENT_NUMBER } from './policy-problems';
export { isMaskReason, type MaskReason } from './policy';

/*
 * The `personalData` response extension as a subgraph writes it and the
 * gateway reads it: types and checks only. This is what the gateway imports
 * (`@governance/kit/data-sharing`); the rest of data sharing (the agreement
 * entities, the resolver, the access decision) is the subgraphs' and would
 * load typeorm and type-graphql into the gateway, about 10 MB of its heap.
 */

/** A personal field that came back masked, and why: what the response's `personalData` extension lists. */
export interface MaskedField {
  readonly coordinate: string;
  /** The agency that holds the field and decided. */
  readonly owner: string;
  readonly reason: MaskReason;
  readonly message: string;
}

/** A personal field that came back unmasked, and under which agreement (null: the owner's own staff). */
export interface UnmaskedField {
  readonly coordinate: string;
  readonly owner: string;
  readonly agreement: string | null;
}

/** The response extension that tells a client what was masked and why (`extensions.personalData`). */
export interface PersonalDataReport {
  readonly masked: readonly MaskedField[];
  readonly unmasked: readonly UnmaskedField[];
}

/** The key of the response extension, at the subgraphs and at the gateway. */
export const PERSONAL_DATA_EXTENSION = 'personalData';
