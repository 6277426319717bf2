import type { Agency } from '../auth/agencies';

/**
 * A purpose for which the data owner lets personal data be read, registered
 * in the owner's own package and reviewed like code. Requests name it by
 * `code` in `x-purpose`.
 */
export interface RegisteredPurpose {
  /** kebab-case: `patrol-vetting`. */
  readonly code: string;
  readonly description: { readonly zh: string; readonly en: string };
  /** The law or regulation under which the owner may disclose for this purpose. */
  readonly legalBasis: string;
}

/**
 * What the data owner allows one other agency: these personal fields, for
 * these registered purposes, from one day to another (Suzhou dates,
 * inclusive). Written in the owner's package; the database keeps only its
 * run-time state (a suspension).
 */
export interface DataSharingAgreement {
  /** The owner's number for it, upper-case letters, digits and hyphens: `CC-DSA-2026-001`. */
  readonly number: string;
  /** The agency it entitles (a name from agencies.json), never the owner itself. */
  readonly requester: Agency;
  /** The personal fields it covers, as schema coordinates: `Person.phone`. */
  readonly fields: readonly string[];
  /** The registered purpose codes it covers. */
  readonly purposes: readonly string[];
  readonly validFrom: string;
  readonly validTo: string;
  /**
   * Reads under it are disclosed to the person concerned only this many days
   * after they happened (an investigation must not be tipped off); absent or
   * 0: at once.
   */
  readonly disclosureDelayDays?: number;
}

/**
 * A data owner's decisions about its personal fields (those declared
 * `@Personal`): the purposes it registers, its agreements with other
 * agencies, and the fields no other agency may read. Every personal field
 * must be covered by an agreement or be owner-only, or the schema does not build.
 */
export interface DataSharingPolicy {
  readonly purposes: readonly RegisteredPurpose[];
  readonly agreements: readonly DataSharingAgreement[];
  /** Personal fields that only the owner's own staff may read unmasked; no agreement may cover them. */
  readonly ownerOnly: readonly string[];
  /**
   * This agency keeps the register of the people that audit entries name
   * (Person): it answers `dataAccessReport`, merged from every agency's log.
   */
  readonly accessReport?: boolean;
}

/** The policy of an agency that holds no personal fields. */
export const NO_PERSONAL_DATA: DataSharingPolicy = { purposes: [], agreements: [], ownerOnly: [] };

/** Why a personal field came back masked; reported per coordinate in the response's `personalData` extension. */
export const MASK_REASONS = ['NO_PII_SCOPE', 'NO_PURPOSE', 'UNKNOWN_PURPOSE', 'OWNER_ONLY', 'NO_AGREEMENT', 'NOT_YET_VALID', 'EXPIRED', 'SUSPENDED'] as const;
export type MaskReason = (typeof MASK_REASONS)[number];

export function isMaskReason(value: unknown): value is MaskReason {
  return typeof value === 'string' && (MASK_REASONS as readonly string[]).includes(value);
}
