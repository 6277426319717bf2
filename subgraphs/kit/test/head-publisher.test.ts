import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import { AuditAction, appendAuditEntries, type AuditRecord, type ChainHead } from '../src/audit';
import { openDataSource } from '../src/data-source';
import { StatementCounter } from '../src/statement-counter';
import { HeadPublisher, WITNESS_PATH, asSignedHead, developmentAuditKeys, headSignatureValid, type SignedHead } from '../src/witness';

const record = (i: number): AuditRecord => ({
  recordedAt: new Date(Date.UTC(2026, 10, 30, 8, 0, i)).toISOString(),
  requestId: `request-${i}`,
  clientRequestId: null,
  subject: 'clerk-7',
  agency: 'public-security',
  purpose: null,
  caseReference: null,
  agreement: null,
  operationName: 'RecordTalkEvent',
  documentHash: null,
  action: AuditAction.WRITE,
  coordinates: 'Mutation.recordTalkEvent',
  person: null,
});

/** A fellow agency's witness endpoint: keeps what it is handed, or answers 503 while `down`. */
function witness(): Promise<{ url: string; heads: SignedHead[]; down: boolean; close(): Promise<void> }> {
  const state = { heads: [] as SignedHead[], down: false };
  const server = http.createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      const head = asSignedHead(JSON.parse(body));
      if (request.url !== WITNESS_PATH || request.headers['x-subgraph-secret'] !== 'the-witness-secret' || head === null || state.down) return void response.writeHead(503).end();
      state.heads.push(head);
      response.writeHead(204).end();
    });
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve(
        Object.assign(state, {
          url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
          close: () => new Promise<void>((done) => server.close(() => done())),
        }),
      ),
    ),
  );
}

async function eventually(condition: () => boolean): Promise<void> {
  for (const deadline = Date.now() + 15_000; Date.now() < deadline; await new Promise((resolve) => setTimeout(resolve, 50))) {
    if (condition()) return;
  }
  expect(condition()).toBe(true);
}

/** Signing this agency's chain head and handing it to the others: after N entries, on the timer, and again to a witness that was away. */
describe('HeadPublisher', () => {
  let dir: string;
  let db: DataSource;
  let peer: Awaited<ReturnType<typeof witness>>;
  let publisher: HeadPublisher;
  const keys = developmentAuditKeys('public-security');
  const append = async (from: number, to: number): Promise<ChainHead> => {
    const head = await db.transaction((manager) =>
      appendAuditEntries(
        manager,
        Array.from({ length: to - from + 1 }, (_, i) => record(from + i)),
      ),
    );
    publisher.appended(head!);
    return head!;
  };

  beforeEach(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'heads-'));
    db = await openDataSource({ kind: 'sqlite', file: path.join(dir, 'audit.sqlite') }, { entities: [], migrations: [] }, new StatementCounter('heads', false));
    peer = await witness();
  });
  afterEach(async () => {
    await publisher.stop();
    await peer.close();
    await db.destroy();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const start = (intervalMs: number, everyEntries: number) =>
    new HeadPublisher({
      agency: 'public-security',
      db,
      config: { signingKey: keys.privateKey, enabled: true, intervalMs, everyEntries },
      peers: new Map([['community-committees', { url: peer.url, secret: 'the-witness-secret', auditPublicKey: keys.publicKey }]]),
      timeoutMs: 2_000,
    });

  it('sends a signed head once every N entries, and none before', async () => {
    publisher = start(3_600_000, 3);
    await append(1, 2);
    const third = await append(3, 3);
    await eventually(() => peer.heads.length === 1);
    expect(peer.heads[0]).toMatchObject({ agency: 'public-security', sequence: 3, hash: third.hash });
    expect(headSignatureValid(peer.heads[0], keys.publicKey)).toBe(true);
    await append(4, 5);
    await publisher.publishCurrent();
    expect(peer.heads.map((head) => head.sequence)).toEqual([3, 5]);
  });

  it('sends the current head on its timer when the chain has grown, and nothing when it has not', async () => {
    publisher = start(1_000, 1_000);
    const head = await append(1, 4);
    await eventually(() => peer.heads.length === 1);
    expect(peer.heads[0]).toMatchObject({ sequence: 4, hash: head.hash });
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    expect(peer.heads).toHaveLength(1);
  });

  it('sends a witness that was away the head current when it is back', async () => {
    publisher = start(3_600_000, 1);
    peer.down = true;
    await append(1, 1);
    await publisher.publishCurrent();
    expect(peer.heads).toEqual([]);
    peer.down = false;
    await append(2, 2);
    await publisher.publishCurrent();
    expect(peer.heads.map((head) => head.sequence)).toEqual([2]);
  });
});
