import { GraphQLError } from 'graphql';
import { isPrintableAscii } from '../input/text';
import { MAX_PURPOSE_LENGTH } from './headers';

/**
 * The request's stated purpose from the `x-purpose` header: trimmed, null when
 * absent. HTTP headers carry bytes that Node reads as Latin-1, so anything
 * but printable ASCII (UTF-8 Chinese, C1 controls) would be stored as
 * mojibake: such a purpose, or one too long, refuses the request rather than
 * being cut or garbled, so that the audit log holds what the client said.
 */
export function purposeOf(header: string | undefined): string | null {
  const purpose = header?.trim() ?? '';
  if (purpose === '') return null;
  if (purpose.length > MAX_PURPOSE_LENGTH || !isPrintableAscii(purpose)) {
    throw new GraphQLError(`x-purpose: must be at most ${MAX_PURPOSE_LENGTH} printable ASCII characters (letters, digits, punctuation, spaces)`, {
      extensions: { code: 'BAD_USER_INPUT', field: 'x-purpose', http: { status: 400 } },
    });
  }
  return purpose;
}
