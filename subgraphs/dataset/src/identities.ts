import { makeCreditCode, makeIdNumber } from '@governance/kit/identifiers';
import type { SeededRandom } from './random';

const ORGANISATION_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const FIRST_BIRTH_DAY = Date.UTC(1950, 0, 1);
const BIRTH_DAYS = 18_628; // 1950-01-01 to 2000-12-31
const SLOTS = BIRTH_DAYS * 1_000; // (birth date, sequence) pairs

/** Distinct ID numbers idNumberOf can make, over every copy. */
export const ID_NUMBER_SLOTS = SLOTS;

/** Copies CreditCodes can tell apart (copy 0, and W + two characters for the others). */
export const CREDIT_CODE_COPIES = ORGANISATION_ALPHABET.length ** 2;
const STRIDE = 7_368_787; // coprime with SLOTS: the map below is a permutation

/**
 * The ID number of the `index`-th person (counted over every copy of the data set):
 * an affine permutation of (birth date, 3-digit sequence) pairs, so no two persons
 * share one, whatever the division code, and birth dates spread over 1950-2000.
 */
export function idNumberOf(index: number, divisionCode: string): string {
  if (index >= SLOTS) throw new RangeError(`person ${index} is past the ${SLOTS} distinct ID numbers the generator can make`);
  const slot = (index * STRIDE + 104_729) % SLOTS;
  const birth = new Date(FIRST_BIRTH_DAY + Math.floor(slot / 1_000) * 86_400_000).toISOString().slice(0, 10).replace(/-/g, '');
  return makeIdNumber(divisionCode, birth, slot % 1_000);
}

/**
 * Credit codes that are unique within a copy (a set of the bodies used) and across
 * copies: copy 0's bodies never start with W, copy k's are W + k in two characters.
 */
export class CreditCodes {
  private readonly used = new Set<string>();

  constructor(
    private readonly random: SeededRandom,
    private readonly copy: number,
  ) {
    if (copy >= CREDIT_CODE_COPIES) throw new RangeError(`copy ${copy}: at most ${CREDIT_CODE_COPIES} copies`);
  }

  /** `91` company, `92` individual business, `51` social organisation. */
  next(authorityAndCategory: string, divisionCode: string): string {
    for (;;) {
      const body =
        this.copy === 0
          ? this.random.characters(ORGANISATION_ALPHABET.replace('W', ''), 1) + this.random.characters(ORGANISATION_ALPHABET, 7)
          : `W${this.copyPrefix()}${this.random.characters(ORGANISATION_ALPHABET, 5)}`;
      if (this.used.has(body)) continue;
      this.used.add(body);
      return makeCreditCode(authorityAndCategory, divisionCode, body);
    }
  }

  private copyPrefix(): string {
    return ORGANISATION_ALPHABET[Math.floor(this.copy / ORGANISATION_ALPHABET.length)] + ORGANISATION_ALPHABET[this.copy % ORGANISATION_ALPHABET.length];
  }
}
