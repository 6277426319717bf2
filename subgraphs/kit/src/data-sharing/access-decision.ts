import type { StatedPurpose } from '../auth/purpose';
import type { Viewer } from '../auth/viewer';
import type { DataSharingAgreement, DataSharingPolicy, MaskReason } from './policy';

/** Whether one personal field leaves unmasked, and under which agreement (null: the owner's own staff). */
export type AccessDecision = { readonly unmasked: true; readonly agreement: string | null } | { readonly unmasked: false; readonly reason: MaskReason };

export interface AccessQuestion {
  /** The agency that holds the field (this subgraph). */
  readonly owner: string;
  readonly policy: DataSharingPolicy;
  readonly viewer: Viewer;
  readonly purpose: StatedPurpose | null;
  /** `Person.phone`. */
  readonly coordinate: string;
  /** Today in Suzhou, YYYY-MM-DD: agreements run by Suzhou dates. */
  readonly today: string;
}

/**
 * The two keys: the caller's organisation entitles them (`pii:read`), and
 * the owner entitles the caller's agency (its own staff, stating a
 * registered purpose; anyone else through an agreement that covers this
 * field for the stated purpose, is in force today and is not suspended).
 * `suspended` is asked only when an agreement decides, so a request that no
 * agreement could help costs no statement.
 */
export async function decideAccess(question: AccessQuestion, suspended: () => Promise<ReadonlySet<string>>): Promise<AccessDecision> {
  const { viewer, purpose, policy, owner, coordinate, today } = question;
  if (viewer.kind !== 'staff' || !viewer.scopes.includes('pii:read')) return masked('NO_PII_SCOPE');
  if (purpose === null) return masked('NO_PURPOSE');
  if (!policy.purposes.some((registered) => registered.code === purpose.code)) return masked('UNKNOWN_PURPOSE');
  if (viewer.agency === owner) return { unmasked: true, agreement: null };
  if (policy.ownerOnly.includes(coordinate)) return masked('OWNER_ONLY');
  const candidates = policy.agreements.filter(
    (agreement) => agreement.requester === viewer.agency && agreement.fields.includes(coordinate) && agreement.purposes.includes(purpose.code),
  );
  if (candidates.length === 0) return masked('NO_AGREEMENT');
  const inForce = candidates.filter((agreement) => isInForce(agreement, today));
  if (inForce.length === 0) return masked(candidates.some((agreement) => agreement.validFrom > today) ? 'NOT_YET_VALID' : 'EXPIRED');
  const stopped = await suspended();
  const usable = inForce.find((agreement) => !stopped.has(agreement.number));
  return usable === undefined ? masked('SUSPENDED') : { unmasked: true, agreement: usable.number };
}

export function isInForce(agreement: DataSharingAgreement, today: string): boolean {
  return agreement.validFrom <= today && today <= agreement.validTo;
}

function masked(reason: MaskReason): AccessDecision {
  return { unmasked: false, reason };
}
