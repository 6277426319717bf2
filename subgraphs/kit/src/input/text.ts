import { BadUserInputError } from '../errors';

/**
 * The one policy for text that clients send into the records, shared by
 * every subgraph (and by the token and header checks): what may be stored is
 * what a clerk can read back and an auditor can trust.
 *
 * - no control characters (C0, DEL, C1); multi-line text may hold line feeds and tabs
 * - no bidirectional controls (U+202E and friends), which make text read
 *   differently from what it is ("Trojan Source")
 * - no line or paragraph separators in single-line text
 * - no lone surrogates, which no database can store faithfully (UTF-8 has no
 *   encoding for them: MySQL would keep a U+FFFD instead)
 * - at least one visible character: a name of zero-width spaces is no name
 *
 * Text is not Unicode-normalised: NFC would rewrite CJK compatibility
 * ideographs that Chinese registers use in people's names on purpose.
 * Lengths count code points, as MySQL's VARCHAR(n) does, so 𠮷 counts once.
 */
export type TextKind = 'single-line' | 'multi-line';

const LONE_SURROGATE = /\p{Cs}/u;
const CONTROL = /\p{Cc}/u;
const MULTI_LINE_CONTROL = /[^\P{Cc}\n\t]/u;
const BIDI_CONTROL = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;
const LINE_SEPARATOR = /[\u2028\u2029]/u;
const VISIBLE = /[\p{L}\p{N}\p{P}\p{S}]/u;

/** Why `value` may not be stored as text of this kind, or null when it may. */
export function textProblem(value: string, kind: TextKind = 'single-line'): string | null {
  if (LONE_SURROGATE.test(value)) return 'contains a lone surrogate (broken UTF-16), which cannot be stored';
  if (kind === 'single-line' ? CONTROL.test(value) || LINE_SEPARATOR.test(value) : MULTI_LINE_CONTROL.test(value)) {
    return kind === 'single-line' ? 'must be one line without control characters' : 'must not contain control characters other than line feeds and tabs';
  }
  if (BIDI_CONTROL.test(value)) return 'must not contain bidirectional control characters (U+202A-U+202E, U+2066-U+2069, U+200E, U+200F, U+061C)';
  if (!VISIBLE.test(value)) return 'must contain at least one visible character';
  return null;
}

/** Length as the databases count it: code points, not UTF-16 units. */
export function codePointLength(value: string): number {
  let length = 0;
  for (const _ of value) length += 1;
  return length;
}

/**
 * A trimmed single-line text of 1 to `max` characters that passes the text
 * policy, or a BAD_USER_INPUT naming the field: names, topics, identifiers typed by a clerk.
 */
export function boundedText(field: string, value: string, max: number): string {
  return checkedText(field, value.trim(), max, 'single-line');
}

/**
 * The same for free text that may span lines (descriptions, notes, reasons):
 * CR LF and lone CR become LF, so that what is stored reads the same everywhere.
 */
export function boundedMultilineText(field: string, value: string, max: number): string {
  return checkedText(field, value.replace(/\r\n?/g, '\n').trim(), max, 'multi-line');
}

function checkedText(field: string, trimmed: string, max: number, kind: TextKind): string {
  const length = codePointLength(trimmed);
  if (length === 0 || length > max) throw new BadUserInputError(field, `must be 1 to ${max} characters (got ${length})`);
  const problem = textProblem(trimmed, kind);
  if (problem !== null) throw new BadUserInputError(field, problem);
  return trimmed;
}

/** Printable ASCII (space to tilde): what HTTP headers can carry without mojibake. */
export function isPrintableAscii(value: string): boolean {
  return /^[\x20-\x7e]*$/.test(value);
}
