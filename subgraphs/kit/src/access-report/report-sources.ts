import { print } from 'graphql';
import gql from 'graphql-tag';
import { AuditAction } from '../audit/audit-entry.entity';
import { postToPeer, type ForwardedRequest, type PeerEndpoint } from '../peers';
import type { PersonAuditEntries, PersonAuditEntry } from './person-audit-entry.type';

/** One agency's part of a report: its entries, or that it did not answer. */
export interface SourceAnswer {
  readonly agency: string;
  readonly answered: boolean;
  readonly truncated: boolean;
  readonly entries: readonly PersonAuditEntry[];
}

const PERSON_AUDIT_ENTRIES = print(gql`
  query PersonAuditEntries($person: ID!) {
    _personAuditEntries(person: $person) {
      truncated
      entries {
        sequence
        recordedAt
        requestId
        subject
        agency
        action
        purpose
        caseReference
        agreement
        operationName
        fields
        disclosedFrom
      }
    }
  }
`);

/**
 * Asks every other agency, at once, for its entries about the person,
 * through its internal `_personAuditEntries` with its subgraph secret and
 * the caller's token (which it checks again). An agency that is down, slow
 * or answers something else is reported as not answered; the rest stand.
 */
export function askPeers(peers: ReadonlyMap<string, PeerEndpoint>, person: string, timeoutMs: number, forwarded: ForwardedRequest): Promise<SourceAnswer[]> {
  return Promise.all(
    [...peers].map(async ([agency, endpoint]): Promise<SourceAnswer> => {
      try {
        const { body } = await postToPeer(endpoint.url, endpoint.secret, { query: PERSON_AUDIT_ENTRIES, variables: { person } }, timeoutMs, forwarded);
        const answer = asPersonAuditEntries((body as { data?: { _personAuditEntries?: unknown } } | null)?.data?._personAuditEntries);
        if (answer !== null) return { agency, answered: true, ...answer };
      } catch {
        // Unreachable, timed out or not JSON: not answered, like a refusal.
      }
      return { agency, answered: false, truncated: false, entries: [] };
    }),
  );
}

const isText = (value: unknown): value is string => typeof value === 'string';
const isOptionalText = (value: unknown): value is string | null => value === null || typeof value === 'string';

/** A peer's answer, checked field by field (a peer is trusted, but a broken one must not break the report): null when malformed. */
function asPersonAuditEntries(value: unknown): PersonAuditEntries | null {
  if (typeof value !== 'object' || value === null) return null;
  const { entries, truncated } = value as { entries?: unknown; truncated?: unknown };
  if (!Array.isArray(entries) || typeof truncated !== 'boolean') return null;
  const checked = entries.map(asEntry);
  return checked.every((entry): entry is PersonAuditEntry => entry !== null) ? { entries: checked, truncated } : null;
}

function asEntry(value: unknown): PersonAuditEntry | null {
  if (typeof value !== 'object' || value === null) return null;
  const entry = value as Record<keyof PersonAuditEntry, unknown>;
  const wellFormed =
    Number.isInteger(entry.sequence) &&
    [entry.recordedAt, entry.requestId, entry.subject, entry.agency].every(isText) &&
    (entry.action === AuditAction.READ || entry.action === AuditAction.WRITE) &&
    [entry.purpose, entry.caseReference, entry.agreement, entry.operationName, entry.disclosedFrom].every(isOptionalText) &&
    Array.isArray(entry.fields) &&
    entry.fields.every(isText);
  return wellFormed ? (value as PersonAuditEntry) : null;
}
