import { GraphQLError } from 'graphql';
import { MAX_PURPOSE_LENGTH } from './headers';

/**
 * The request's stated purpose from the `x-purpose` header: trimmed, null when
 * absent. One that cannot be recorded faithfully (too long, control
 * characters) refuses the request rather than being cut.
 */
export function purposeOf(header: string | undefined): string | null {
  const purpose = header?.trim() ?? '';
  if (purpose === '') return null;
  if (purpose.length > MAX_PURPOSE_LENGTH || /[\u0000-\u001f\u007f]/.test(purpose)) {
    throw new GraphQLError(`x-purpose: must be at most ${MAX_PURPOSE_LENGTH} printable characters`, { extensions: { code: 'BAD_USER_INPUT', field: 'x-purpose', http: { status: 400 } } });
  }
  return purpose;
}
