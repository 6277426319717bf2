import { createHash } from 'node:crypto';
import fs from 'node:fs';

/**
 * One trusted document, as Apollo's persisted-query manifest lists it
 * (`apollo-persisted-query-manifest`, version 1, the format Apollo's tools
 * and routers read): `id` is the SHA-256 (hex) of `body`, the document's
 * text exactly as clients send it.
 */
export interface TrustedDocument {
  readonly id: string;
  readonly name: string;
  readonly type: 'query' | 'mutation' | 'subscription';
  readonly body: string;
}

export interface TrustedDocumentManifest {
  readonly format: 'apollo-persisted-query-manifest';
  readonly version: 1;
  readonly operations: readonly TrustedDocument[];
}

/** The id of a document's text: what clients send instead of the text, and what the gateway looks up. */
export function trustedDocumentId(body: string): string {
  return createHash('sha256').update(body, 'utf8').digest('hex');
}

/** The manifest's documents by id, checked as they are read: an id that is not its body's hash would trust the wrong text. */
export class TrustedDocuments {
  private readonly byId: ReadonlyMap<string, TrustedDocument>;

  constructor(readonly manifest: TrustedDocumentManifest) {
    if (manifest.format !== 'apollo-persisted-query-manifest' || manifest.version !== 1) throw new Error('not an apollo-persisted-query-manifest, version 1');
    for (const document of manifest.operations) {
      if (trustedDocumentId(document.body) !== document.id) throw new Error(`trusted document ${document.name}: its id is not the SHA-256 of its body`);
    }
    this.byId = new Map(manifest.operations.map((document) => [document.id, document]));
  }

  static read(file: string): TrustedDocuments {
    return new TrustedDocuments(JSON.parse(fs.readFileSync(file, 'utf8')) as TrustedDocumentManifest);
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  body(id: string): string | undefined {
    return this.byId.get(id)?.body;
  }

  /** The operation names of the trusted documents: kept as they are in metric labels. */
  names(): Set<string> {
    return new Set(this.manifest.operations.map((document) => document.name));
  }
}
