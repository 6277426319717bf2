import type { IncomingMessage, ServerResponse } from 'node:http';
import type { DataSource } from 'typeorm';
import { SUBGRAPH_SECRET_HEADER } from '../auth/headers';
import { secretMatches } from '../auth/subgraph-secret';
import { headerOf } from '../http/serve-graphql';
import type { PeerEndpoint } from '../peers';
import { AuditWitness } from './audit-witness.entity';
import { WITNESS_PATH } from './head-publisher';
import { SIGNED_HEAD_SHAPE, asSignedHead, headSignatureValid } from './signed-head';

/** A signed head is a few hundred bytes. */
const MAX_BODY_BYTES = 4_096;

export interface WitnessRouteOptions {
  readonly db: DataSource;
  /** This subgraph's secret: only fellow agencies hold it. */
  readonly secret: string;
  /** Whose heads it keeps, with the keys they must be signed with. */
  readonly peers: ReadonlyMap<string, PeerEndpoint>;
}

/**
 * `POST /audit/witness`: another agency hands this one a signed head of its
 * chain to keep. Accepted only with this subgraph's secret, from an agency
 * of the manifest, signed with that agency's configured key; a head already
 * kept is acknowledged again (204) without a second row.
 */
export function witnessRoute(options: WitnessRouteOptions): (request: IncomingMessage, response: ServerResponse) => Promise<boolean> {
  return async (request, response) => {
    if (new URL(request.url ?? '/', 'http://localhost').pathname !== WITNESS_PATH) return false;
    const answer = (status: number, message?: string) => {
      response.statusCode = status;
      if (message === undefined) return response.end();
      response.setHeader('content-type', 'application/json; charset=utf-8');
      response.end(JSON.stringify({ error: message }));
    };
    if (request.method !== 'POST') return (answer(405, 'POST a signed audit head'), true);
    if (!secretMatches(options.secret, headerOf(request, SUBGRAPH_SECRET_HEADER)))
      return (answer(403, 'only fellow agencies may hand in audit heads: the subgraph secret is missing or wrong'), true);
    const body = await readJson(request);
    if (body === TOO_LARGE) return (answer(413, `a signed audit head is at most ${MAX_BODY_BYTES} bytes`), true);
    const head = asSignedHead(body);
    if (head === null) return (answer(400, `the body is not a signed audit head: JSON with ${SIGNED_HEAD_SHAPE}`), true);
    const sender = options.peers.get(head.agency);
    if (sender === undefined) return (answer(403, `${head.agency} is not an agency whose heads this one keeps`), true);
    if (!headSignatureValid(head, sender.auditPublicKey)) return (answer(403, `the signature does not verify with ${head.agency}'s audit public key`), true);
    // A head kept already (by an earlier call, or one racing this one) is left as it is: the key is set to itself.
    // Not INSERT IGNORE: on MySQL it also turns a value the column cannot hold into a warning and stores another.
    await options.db
      .createQueryBuilder()
      .insert()
      .into(AuditWitness)
      .values({ ...head, receivedAt: new Date().toISOString() })
      .orUpdate(['agency'], ['agency', 'sequence', 'hash'])
      .execute();
    answer(204);
    return true;
  };
}

const TOO_LARGE = Symbol('too large');

/** The body parsed (null when it is not JSON), or TOO_LARGE past MAX_BODY_BYTES. */
async function readJson(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return TOO_LARGE;
    chunks.push(chunk as Buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
  } catch {
    return null;
  }
}
