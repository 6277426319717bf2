import { sign, verify, type KeyObject } from 'node:crypto';
import type { ChainHead } from '../audit/append-audit-entries';

/**
 * An agency's statement, signed with its key, that its audit chain had
 * reached `sequence` with `hash` at `signedAt`. Other agencies keep it: a
 * later rewrite of the chain up to that entry can no longer match it.
 */
export interface SignedHead extends ChainHead {
  readonly agency: string;
  readonly signedAt: string;
  /** Ed25519 over `headMessage`, base64. */
  readonly signature: string;
}

/** What is signed: a fixed label and version, so that the signature means nothing anywhere else. */
function headMessage(head: Omit<SignedHead, 'signature'>): Buffer {
  return Buffer.from(['collaborative-governance audit head v1', head.agency, String(head.sequence), head.hash, head.signedAt].join('\n'), 'utf8');
}

export function signHead(agency: string, head: ChainHead, key: KeyObject, now: Date = new Date()): SignedHead {
  const unsigned = { agency, sequence: head.sequence, hash: head.hash, signedAt: now.toISOString() };
  return { ...unsigned, signature: sign(null, headMessage(unsigned), key).toString('base64') };
}

export function headSignatureValid(head: SignedHead, key: KeyObject): boolean {
  try {
    return verify(null, headMessage(head), key, Buffer.from(head.signature, 'base64'));
  } catch {
    return false;
  }
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** The largest sequence an integer column holds on MySQL: a head beyond it could not be kept as signed. */
export const MAX_HEAD_SEQUENCE = 2_147_483_647;

/** What `asSignedHead` accepts, for the error that refuses anything else. */
export const SIGNED_HEAD_SHAPE = `agency (a lower-case agency name), sequence (1 to ${MAX_HEAD_SEQUENCE}), hash (64 lower-case hex digits), signedAt (an ISO instant in UTC, to the millisecond), signature (Ed25519, base64)`;

/** The body of a witness call, checked field by field: null when it is not a signed head. */
export function asSignedHead(body: unknown): SignedHead | null {
  if (typeof body !== 'object' || body === null) return null;
  const { agency, sequence, hash, signedAt, signature } = body as Record<string, unknown>;
  const wellFormed =
    typeof agency === 'string' &&
    /^[a-z][a-z0-9-]{0,39}$/.test(agency) &&
    Number.isSafeInteger(sequence) &&
    (sequence as number) >= 1 &&
    (sequence as number) <= MAX_HEAD_SEQUENCE &&
    typeof hash === 'string' &&
    /^[0-9a-f]{64}$/.test(hash) &&
    typeof signedAt === 'string' &&
    ISO_INSTANT.test(signedAt) &&
    typeof signature === 'string' &&
    /^[A-Za-z0-9+/]{86}==$/.test(signature);
  return wellFormed ? { agency, sequence: sequence as number, hash, signedAt, signature } : null;
}
