import { GraphQLError } from 'graphql';
import { isPrintableAscii } from '../input/text';
import { MAX_PURPOSE_LENGTH } from './headers';

/**
 * Why a request needs personal data, as `x-purpose` states it: a purpose code
 * that the data's owner has registered (`patrol-vetting`), and optionally the
 * case it is for (`patrol-vetting; case=SZ-2011-0042`).
 */
export interface StatedPurpose {
  readonly code: string;
  readonly caseReference: string | null;
}

/** kebab-case, as owners register their purposes. */
export const PURPOSE_CODE = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
export const MAX_PURPOSE_CODE_LENGTH = 64;
/** A case or file number as agencies write them: letters, digits and `. _ : / -`, starting with a letter or digit. */
const CASE_REFERENCE = /^[A-Za-z0-9][A-Za-z0-9._:/-]*$/;
export const MAX_CASE_REFERENCE_LENGTH = 64;

const SYNTAX = /^([^;]*?)\s*(?:;\s*case\s*=\s*(.*))?$/;

const EXAMPLE = '"patrol-vetting" or "case-handling; case=SZ-2011-0042"';

function refusal(reason: string): GraphQLError {
  return new GraphQLError(`x-purpose: ${reason}; write a registered purpose code, optionally followed by "; case=<reference>" (for example ${EXAMPLE})`, {
    extensions: { code: 'BAD_USER_INPUT', field: 'x-purpose', http: { status: 400 } },
  });
}

/**
 * The request's stated purpose from the `x-purpose` header, parsed once
 * (gateway and subgraphs alike), or null when absent. HTTP headers carry
 * bytes that Node reads as Latin-1, so only printable ASCII is accepted, and a
 * malformed header refuses the request (400) rather than being cut or
 * guessed at, so that the audit log holds exactly what the client stated.
 * Whether the code is registered is the data owner's to say, per field.
 */
export function purposeOf(header: string | undefined): StatedPurpose | null {
  const text = header?.trim() ?? '';
  if (text === '') return null;
  if (text.length > MAX_PURPOSE_LENGTH || !isPrintableAscii(text)) throw refusal(`must be at most ${MAX_PURPOSE_LENGTH} printable ASCII characters`);
  const [, code, caseReference] = SYNTAX.exec(text) ?? [];
  if (code === undefined || !PURPOSE_CODE.test(code) || code.length > MAX_PURPOSE_CODE_LENGTH) {
    throw refusal(
      `${JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}...` : text)} is not a purpose code (lower-case words joined by hyphens, at most ${MAX_PURPOSE_CODE_LENGTH} characters) with an optional case reference`,
    );
  }
  if (caseReference === undefined) return { code, caseReference: null };
  if (!CASE_REFERENCE.test(caseReference) || caseReference.length > MAX_CASE_REFERENCE_LENGTH) {
    throw refusal(`the case reference must be 1 to ${MAX_CASE_REFERENCE_LENGTH} letters, digits or . _ : / - starting with a letter or digit`);
  }
  return { code, caseReference };
}

/** The header as the gateway forwards it and as pages send it: `code` or `code; case=reference`. */
export function formatPurpose(purpose: StatedPurpose): string {
  return purpose.caseReference === null ? purpose.code : `${purpose.code}; case=${purpose.caseReference}`;
}
