import { createHmac } from 'node:crypto';

/**
 * The `Person` key: a keyed hash of the ID number, so that agencies join on
 * people without passing ID numbers around, and nobody without the key can
 * turn an ID number into its pseudonym to look a person up.
 */
export function personPseudonym(idNumber: string, key: string): string {
  return `P${createHmac('sha256', key).update(idNumber).digest('hex').slice(0, 23).toUpperCase()}`;
}

const PERSON_ID = /^P[0-9A-F]{23}$/;

/** True for a string of the Person.id shape (`personPseudonym`'s output). */
export function isPersonId(value: unknown): value is string {
  return typeof value === 'string' && PERSON_ID.test(value);
}
