import { createHash } from 'node:crypto';
import { print, type DocumentNode } from 'graphql';

const hashes = new WeakMap<DocumentNode, string>();

/**
 * SHA-256 (hex) of a GraphQL document as graphql-js prints it: whitespace,
 * commas and comments do not change it, any change to what the document asks
 * does. The audit log records it beside the operation name the client chose,
 * so that `sha256(print(parse(contract)))` tells the contract's CommunityOverview
 * from another document that calls itself that. Memoised per parsed document
 * (Apollo caches those per query string).
 */
export function documentHash(document: DocumentNode): string {
  let hash = hashes.get(document);
  if (hash === undefined) {
    hash = createHash('sha256').update(print(document), 'utf8').digest('hex');
    hashes.set(document, hash);
  }
  return hash;
}
