import { MAX_PURPOSE_CODE_LENGTH, PURPOSE_CODE } from '../auth/purpose';
import { isIsoDate } from '../scalars/date.scalar';
import type { DataSharingAgreement, DataSharingPolicy, RegisteredPurpose } from './policy';

/** `CC-DSA-2026-001`: as long as the audit log's agreement column. */
export const AGREEMENT_NUMBER = /^[A-Z0-9][A-Z0-9-]{2,39}$/;
/** Ten years: longer than any investigation the delay protects. */
const MAX_DISCLOSURE_DELAY_DAYS = 3_650;
const MAX_DESCRIPTION = 500;

const repeated = (values: readonly string[]) => [...new Set(values.filter((value, index) => values.indexOf(value) !== index))];
const isText = (value: string, max: number) => value.trim() !== '' && value.length <= max;

/**
 * Everything wrong with a data owner's policy, given the personal fields its
 * schema declares and the agencies of the platform: each personal field must
 * be decided (covered by an agreement, or owner-only, not both), every
 * agreement must name another agency, registered purposes, its own personal
 * fields and a real date range. Empty when the policy is sound.
 */
export function policyProblems(owner: string, policy: DataSharingPolicy, personalFields: readonly string[], agencies: readonly string[]): string[] {
  const problems = [...policy.purposes.flatMap(purposeProblems), ...repeated(policy.purposes.map((purpose) => purpose.code)).map((code) => `purpose ${code} is registered twice`)];
  const registered = new Set(policy.purposes.map((purpose) => purpose.code));
  const personal = new Set(personalFields);
  for (const agreement of policy.agreements) problems.push(...agreementProblems(agreement, owner, registered, personal, new Set(policy.ownerOnly), agencies));
  problems.push(...repeated(policy.agreements.map((agreement) => agreement.number)).map((number) => `agreement ${number} is declared twice`));
  for (const field of policy.ownerOnly.filter((coordinate) => !personal.has(coordinate))) problems.push(`ownerOnly names ${field}, which is not a personal field of ${owner}`);
  const covered = new Set(policy.agreements.flatMap((agreement) => agreement.fields));
  const undecided = personalFields.filter((field) => !covered.has(field) && !policy.ownerOnly.includes(field));
  if (undecided.length > 0) {
    problems.push(`personal fields without a decision: ${undecided.join(', ')} (cover each with a data-sharing agreement, or list it in ownerOnly)`);
  }
  if (policy.accessReport && !personal.size) problems.push('accessReport is for the agency that keeps the register of persons, whose fields are personal');
  return problems;
}

function purposeProblems(purpose: RegisteredPurpose): string[] {
  const problems: string[] = [];
  if (!PURPOSE_CODE.test(purpose.code) || purpose.code.length > MAX_PURPOSE_CODE_LENGTH)
    problems.push(`purpose code ${JSON.stringify(purpose.code)} must be kebab-case, at most ${MAX_PURPOSE_CODE_LENGTH} characters`);
  if (!isText(purpose.description.zh, MAX_DESCRIPTION) || !isText(purpose.description.en, MAX_DESCRIPTION))
    problems.push(`purpose ${purpose.code} needs a zh and an en description of at most ${MAX_DESCRIPTION} characters`);
  if (!isText(purpose.legalBasis, MAX_DESCRIPTION)) problems.push(`purpose ${purpose.code} needs its legal basis (at most ${MAX_DESCRIPTION} characters)`);
  return problems;
}

function agreementProblems(
  agreement: DataSharingAgreement,
  owner: string,
  registered: ReadonlySet<string>,
  personal: ReadonlySet<string>,
  ownerOnly: ReadonlySet<string>,
  agencies: readonly string[],
): string[] {
  const problems: string[] = [];
  const where = `agreement ${agreement.number}`;
  if (!AGREEMENT_NUMBER.test(agreement.number)) problems.push(`${where}: the number must be 3 to 40 upper-case letters, digits and hyphens`);
  if (agreement.requester === owner) problems.push(`${where}: ${owner} needs no agreement with itself (its staff state a registered purpose)`);
  else if (!agencies.includes(agreement.requester)) problems.push(`${where}: ${agreement.requester} is not an agency of the platform`);
  if (agreement.fields.length === 0) problems.push(`${where}: covers no field`);
  for (const field of agreement.fields) {
    if (!personal.has(field)) problems.push(`${where}: ${field} is not a personal field of ${owner}`);
    if (ownerOnly.has(field)) problems.push(`${where}: ${field} is owner-only`);
  }
  if (agreement.purposes.length === 0) problems.push(`${where}: covers no purpose`);
  for (const purpose of agreement.purposes.filter((code) => !registered.has(code))) problems.push(`${where}: purpose ${purpose} is not registered`);
  if (!isIsoDate(agreement.validFrom) || !isIsoDate(agreement.validTo)) problems.push(`${where}: validFrom and validTo must be calendar dates (YYYY-MM-DD)`);
  else if (agreement.validFrom > agreement.validTo) problems.push(`${where}: validFrom ${agreement.validFrom} is after validTo ${agreement.validTo}`);
  const delay = agreement.disclosureDelayDays ?? 0;
  if (!Number.isInteger(delay) || delay < 0 || delay > MAX_DISCLOSURE_DELAY_DAYS)
    problems.push(`${where}: disclosureDelayDays must be a whole number of days from 0 to ${MAX_DISCLOSURE_DELAY_DAYS}`);
  return problems;
}
