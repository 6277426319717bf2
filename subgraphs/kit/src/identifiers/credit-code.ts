/**
 * Unified social credit codes (GB 32100-2015): 18 characters from a 31-letter
 * alphabet (no I, O, S, V, Z); the 18th is a check character over the first 17.
 */
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const SHAPE = /^[0-9A-HJ-NPQRTUWXY]{18}$/;

/** The check character for the first 17 characters of a credit code. */
export function creditCodeCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += ALPHABET.indexOf(first17[i]) * WEIGHTS[i];
  return ALPHABET[(31 - (sum % 31)) % 31];
}

/** Why a credit code is invalid, or null when it is valid. */
export function creditCodeProblem(code: string): string | null {
  if (code.length !== 18) return `must be 18 characters (got ${code.length})`;
  if (!SHAPE.test(code)) return 'may only contain digits and the capital letters A-Y except I, O, S, V and Z';
  const expected = creditCodeCheckCharacter(code.slice(0, 17));
  return code[17] === expected ? null : `check character is "${code[17]}", expected "${expected}"`;
}

/** Organisation code check digit (GB 11714), the 17th character of a credit code. */
export function organisationCodeCheckCharacter(first8: string): string {
  const weights = [3, 7, 9, 10, 5, 8, 4, 2];
  let sum = 0;
  // GB 11714 values letters by their place in the whole Latin alphabet (A=10 ... Z=35), not in the credit-code alphabet.
  for (let i = 0; i < 8; i += 1) sum += parseInt(first8[i], 36) * weights[i];
  const check = 11 - (sum % 11);
  return check === 10 ? 'X' : check === 11 ? '0' : String(check);
}

/**
 * A valid credit code from its parts: registration authority and category
 * (`91` company, `92` individual business, `51` social organisation), the
 * 6-digit division code and an 8-character organisation code body.
 */
export function makeCreditCode(authorityAndCategory: string, divisionCode: string, organisationBody: string): string {
  const first17 = `${authorityAndCategory}${divisionCode}${organisationBody}${organisationCodeCheckCharacter(organisationBody)}`;
  return `${first17}${creditCodeCheckCharacter(first17)}`;
}
