import { SUBGRAPH_SECRET_HEADER, developmentSubgraphSecret } from '@governance/kit/auth';
import { WITNESS_PATH, developmentAuditKeys, makeIdNumber, signHead, verifyAuditChain, type SignedHead } from '@governance/kit';
import { isIntact, verifyPlatformAudit } from '@governance/scripts/audit-verify';
import { countRows } from '@governance/testkit/database';
import { startStack, type Stack } from './support/stack';
import { auditRows, raw, stackDatabaseEnv, type RawResponse } from './security/support';

/**
 * `POST /audit/witness` under concurrency, on SQLite and on MariaDB (where
 * requests really do write at once): many agencies' heads handed in at the
 * same time, the same head many times at once, and the community
 * committees' own publisher sending a head after every audited write while
 * twenty writes race. Nothing may be lost or kept twice, no chain may fork,
 * and every kept head must be one the chain still has.
 */

const CC = 'community-committees';
const WITNESS = 'public-security';
const PEERS = ['public-security', 'industry-associations', 'commerce-bureau', 'legal-affairs'] as const;
const REGISTER = `mutation Register($input: RegisterResidentInput!) { registerResident(input: $input) { id } }`;

describe('POST /audit/witness under concurrency', () => {
  let stack: Stack;
  let firstResident = 700;
  const witnessDb = () => stack.subgraphs[WITNESS].db;
  const post = (body: unknown, to: string = WITNESS): Promise<RawResponse> =>
    raw(new URL(WITNESS_PATH, stack.subgraphs[to].url).href, {
      headers: { 'content-type': 'application/json', [SUBGRAPH_SECRET_HEADER]: developmentSubgraphSecret(to) },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  const kept = (witness: string, agency = CC) =>
    stack.subgraphs[witness].db.query<Array<{ sequence: number | string; hash: string; signature: string; signed_at: string }>>(
      'SELECT sequence, hash, signature, signed_at FROM audit_witness WHERE agency = ? ORDER BY sequence, hash',
      [agency],
    );
  /** Signed heads of the community committees' chain as it stands: one per entry. */
  const chainHeads = async (): Promise<SignedHead[]> =>
    (await auditRows(stack.subgraphs[CC].db)).map((row) => signHead(CC, { sequence: Number(row.sequence), hash: String(row.hash) }, developmentAuditKeys(CC).privateKey));
  const register = (count: number) => {
    const first = firstResident;
    firstResident += count;
    return Array.from({ length: count }, (_, i) =>
      stack.query(REGISTER, {
        input: { idNumber: makeIdNumber('320571', '19850101', first + i), name: `见证${first + i}`, phone: '13800001234', residentType: 'LOCAL', communityCode: '320571002001' },
      }),
    );
  };

  beforeAll(async () => {
    // A head after every entry, so that every committed write sends one to each peer while the others race; no timer.
    stack = await startStack({ subgraphEnv: { AUDIT_WITNESS: 'true', AUDIT_HEAD_EVERY_ENTRIES: '1', AUDIT_HEAD_INTERVAL_MS: '3600000' } });
    const results = await Promise.all(register(6));
    expect(results.flatMap((result) => result.errors ?? [])).toEqual([]);
    await stack.subgraphs[CC].heads.publishCurrent();
  });
  afterAll(() => stack?.stop());

  it('keeps every distinct head once when each is handed in five times at once', async () => {
    const heads = await chainHeads();
    expect(heads.length).toBeGreaterThanOrEqual(6);
    const alreadyKept = new Set((await kept(WITNESS)).map((head) => `${head.sequence}:${head.hash}`));
    const fresh = heads.filter((head) => !alreadyKept.has(`${head.sequence}:${head.hash}`));
    const before = await countRows(witnessDb(), 'audit_witness');

    const answers = await Promise.all(heads.flatMap((head) => Array.from({ length: 5 }, () => post(head))));
    expect(answers.map((answer) => answer.status)).toEqual(answers.map(() => 204));

    expect(await countRows(witnessDb(), 'audit_witness')).toBe(before + fresh.length);
    const rows = await kept(WITNESS);
    expect(rows.map((row) => Number(row.sequence))).toEqual(heads.map((head) => head.sequence));
    // The first copy that arrived is the one kept, exactly as signed.
    for (const head of fresh) {
      expect(rows).toContainEqual({ sequence: expect.anything(), hash: head.hash, signature: head.signature, signed_at: head.signedAt });
    }
  });

  it('keeps every head of twenty writes racing, and of direct hand-ins at the same time, without a fork, all matching the chain', async () => {
    const cc = stack.subgraphs[CC].db;
    const before = await verifyAuditChain(cc);
    const known = await chainHeads();
    // While the writes commit and the publisher sends their heads, each peer is also handed every head known so far, twice.
    const [writes, handIns] = await Promise.all([Promise.all(register(20)), Promise.all(PEERS.flatMap((peer) => known.flatMap((head) => [post(head, peer), post(head, peer)])))]);
    expect(writes.flatMap((result) => result.errors ?? [])).toEqual([]);
    expect(handIns.map((answer) => answer.status)).toEqual(handIns.map(() => 204));
    // Heads still on their way arrive, and the last one goes to every peer.
    await stack.subgraphs[CC].heads.publishCurrent();

    const after = await verifyAuditChain(cc);
    expect(after.intact).toBe(true);
    const [{ writes: written }] = await cc.query<Array<{ writes: number | string }>>(`SELECT COUNT(*) AS writes FROM audit_log WHERE action = 'WRITE' AND sequence > ?`, [
      before.entries,
    ]);
    expect(Number(written)).toBe(20);

    const hashAt = new Map((await auditRows(cc)).map((row) => [Number(row.sequence), String(row.hash)]));
    for (const peer of PEERS) {
      const rows = await kept(peer);
      const sequences = rows.map((row) => Number(row.sequence));
      // One head per place in the chain (a second hash at one sequence would be a fork), each the chain's own.
      expect(new Set(sequences).size).toBe(sequences.length);
      for (const row of rows) expect(row.hash).toBe(hashAt.get(Number(row.sequence)));
      expect(sequences).toEqual(expect.arrayContaining([...known.map((head) => head.sequence), after.entries]));
    }
    const verification = (await verifyPlatformAudit(stackDatabaseEnv(stack), [CC]))[0];
    expect(verification.witnessed.problems).toEqual([]);
    expect(isIntact(verification)).toBe(true);
  });

  it('answers a clear 4xx to each bad hand-in among good ones at once, and keeps only the good', async () => {
    const heads = await chainHeads();
    const good = heads.slice(-3);
    const sign = (sequence: number, hash: string) => signHead(CC, { sequence, hash }, developmentAuditKeys(CC).privateKey);
    const bad: Array<[string, string | Record<string, unknown>, number, RegExp]> = [
      ['not JSON', '{"agency":', 400, /not a signed audit head/],
      ['a sequence no column holds', { ...sign(2 ** 31, 'a'.repeat(64)) }, 400, /sequence \(1 to 2147483647\)/],
      ['a sequence of zero', { ...sign(1, 'a'.repeat(64)), sequence: 0 }, 400, /not a signed audit head/],
      ['an upper-case hash', { ...sign(1, 'A'.repeat(64)) }, 400, /not a signed audit head/],
      ['a body over 4 KB', { ...sign(1, 'a'.repeat(64)), padding: 'x'.repeat(5_000) }, 413, /4096 bytes/],
      ['a signature that does not verify', { ...sign(1, 'b'.repeat(64)), hash: 'c'.repeat(64) }, 403, /does not verify/],
    ];
    const before = await countRows(witnessDb(), 'audit_witness');
    const keptBefore = new Set((await kept(WITNESS)).map((row) => `${row.sequence}:${row.hash}`));
    const freshGood = good.filter((head) => !keptBefore.has(`${head.sequence}:${head.hash}`)).length;

    const answers = await Promise.all([...bad.map(([, body]) => post(body)), ...good.map((head) => post(head)), ...bad.map(([, body]) => post(body))]);
    const badAnswers = [...answers.slice(0, bad.length), ...answers.slice(bad.length + good.length)];
    badAnswers.forEach((answer, index) => {
      const [name, , status, message] = bad[index % bad.length];
      expect({ name, status: answer.status }).toEqual({ name, status });
      expect(answer.json?.error).toMatch(message);
    });
    expect(answers.slice(bad.length, bad.length + good.length).map((answer) => answer.status)).toEqual(good.map(() => 204));
    expect(await countRows(witnessDb(), 'audit_witness')).toBe(before + freshGood);
    const rows = await kept(WITNESS);
    expect(rows.filter((row) => Number(row.sequence) >= 2 ** 31 - 1 || /^[abc]+$/.test(row.hash))).toEqual([]);
  });
});
