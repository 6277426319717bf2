import { generateKeyPairSync } from 'node:crypto';
import { SUBGRAPH_SECRET_HEADER, developmentSubgraphSecret } from '@governance/kit/auth';
import { WITNESS_PATH, developmentAuditKeys, signHead, verifyAuditChain } from '@governance/kit';
import { isIntact, verifyPlatformAudit } from '@governance/scripts/audit-verify';
import type { DataSource } from 'typeorm';
import { startStack, type Stack } from './support/stack';
import { countRows } from '@governance/testkit/database';
import { entitled } from '@governance/testkit/tokens';
import { auditRows, postAs, raw, resealedHash, restoreAuditLog, somePerson, stackDatabaseEnv } from './security/support';

/**
 * Each agency signs its audit chain's head and the others keep it. An
 * administrator of the community committees who rewrites their whole log
 * and its head row leaves a chain that verifies on its own; `npm run
 * audit:verify` still catches it, because the heads kept in the other
 * agencies' databases no longer match.
 */

const CC = 'community-committees';

describe('witnessed audit heads', () => {
  let stack: Stack;
  let db: DataSource;
  let original: Array<Record<string, unknown>>;
  const kept = (witness: string, agency = CC) =>
    stack.subgraphs[witness].db.query<Array<{ sequence: number; hash: string }>>('SELECT sequence, hash FROM audit_witness WHERE agency = ? ORDER BY sequence', [agency]);
  const verify = async () => (await verifyPlatformAudit(stackDatabaseEnv(stack), [CC]))[0];
  const witnessUrl = (agency: string) => new URL(WITNESS_PATH, stack.subgraphs[agency].url).href;

  beforeAll(async () => {
    // A head after every second entry; the timer is left to the test (publishCurrent).
    stack = await startStack({ subgraphEnv: { AUDIT_WITNESS: 'true', AUDIT_HEAD_EVERY_ENTRIES: '2', AUDIT_HEAD_INTERVAL_MS: '3600000' } });
    db = stack.subgraphs[CC].db;
    for (const offset of [0, 1, 2, 3, 4]) {
      const person = await somePerson(stack, offset);
      const response = await postAs(stack.gateway.url, `query ($id: ID!) { person(id: $id) { name } }`, { id: person.id }, entitled(CC));
      expect(response.json.errors).toBeUndefined();
    }
    // Heads 2 and 4 went out as the entries were appended; the timer would send 5, and publishCurrent does it now.
    await stack.subgraphs[CC].heads.publishCurrent();
    original = await auditRows(db);
  });
  afterAll(() => stack.stop());

  /** Puts the log and head back as they were written. */
  afterEach(() => restoreAuditLog(db, original));

  it('is kept by every other agency, signed, and matches the chain', async () => {
    for (const witness of ['public-security', 'industry-associations', 'commerce-bureau', 'legal-affairs']) {
      const heads = await kept(witness);
      expect(heads.map((head) => head.sequence)).toEqual(expect.arrayContaining([2, 4, 5]));
      for (const head of heads) expect(head.hash).toBe(original.find((row) => Number(row.sequence) === head.sequence)!.hash);
    }
    const verification = await verify();
    expect(isIntact(verification)).toBe(true);
    expect(verification.witnessed).toMatchObject({ witnesses: 4, problems: [] });
    expect(verification.witnessed.heads).toBeGreaterThanOrEqual(12);
  });

  it('catches a rewrite of the whole log and its head, which the chain alone does not', async () => {
    // The administrator changes whom entry 2 was about, then re-seals every later entry and the head.
    const rows = await auditRows(db);
    let previous = rows[0].previous_hash;
    for (const row of rows) {
      const rewritten = { ...row, previous_hash: previous, person: Number(row.sequence) === 2 ? rows[0].person : row.person };
      const hash = resealedHash(rewritten);
      await db.query('UPDATE audit_log SET person = ?, previous_hash = ?, hash = ? WHERE sequence = ?', [rewritten.person, previous, hash, row.sequence]);
      previous = hash;
    }
    await db.query('UPDATE audit_chain_head SET hash = ? WHERE id = 1', [previous]);
    expect(await verifyAuditChain(db)).toEqual({ entries: 5, intact: true });

    const verification = await verify();
    expect(verification.report.intact).toBe(true);
    expect(isIntact(verification)).toBe(false);
    expect(verification.witnessed.problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^head 2 signed .*, kept by public-security: entry 2 now has another hash \(the chain was rewritten/),
        expect.stringMatching(/^head 5 .* kept by legal-affairs: entry 5 now has another hash/),
      ]),
    );
  });

  it('catches entries removed from the end with the head moved back', async () => {
    await db.query('DELETE FROM audit_log WHERE sequence > 3');
    await db.query('UPDATE audit_chain_head SET sequence = 3, hash = ? WHERE id = 1', [original[2].hash]);
    expect(await verifyAuditChain(db)).toEqual({ entries: 3, intact: true });
    expect((await verify()).witnessed.problems).toEqual(expect.arrayContaining([expect.stringMatching(/^head 5 .*: the chain has no entry 5 any more/)]));
  });

  it("catches a head slipped into a witness's table that the agency never signed", async () => {
    const forged = signHead(CC, { sequence: 3, hash: 'f'.repeat(64) }, generateKeyPairSync('ed25519').privateKey);
    const witness = stack.subgraphs['commerce-bureau'].db;
    await witness.query('INSERT INTO audit_witness (agency, sequence, hash, signed_at, signature, received_at) VALUES (?, ?, ?, ?, ?, ?)', [
      CC,
      3,
      forged.hash,
      forged.signedAt,
      forged.signature,
      forged.signedAt,
    ]);
    try {
      expect((await verify()).witnessed.problems).toEqual([
        expect.stringMatching(/^head 3 .* kept by commerce-bureau: the signature does not verify with community-committees's audit public key$/),
      ]);
    } finally {
      await witness.query('DELETE FROM audit_witness WHERE hash = ?', [forged.hash]);
    }
  });

  describe('handing in a head', () => {
    const post = (body: unknown, secret: string | null = developmentSubgraphSecret('public-security')) =>
      raw(witnessUrl('public-security'), {
        headers: { 'content-type': 'application/json', ...(secret === null ? {} : { [SUBGRAPH_SECRET_HEADER]: secret }) },
        body: JSON.stringify(body),
      });
    const headOf = (sequence: number) => ({ sequence, hash: String(original[sequence - 1].hash) });

    it("accepts a head signed with the sender's key, once, however often it is sent", async () => {
      const before = await countRows(stack.subgraphs['public-security'].db, 'audit_witness');
      const head = signHead(CC, headOf(3), developmentAuditKeys(CC).privateKey);
      expect((await post(head)).status).toBe(204);
      expect((await post(head)).status).toBe(204);
      expect(await countRows(stack.subgraphs['public-security'].db, 'audit_witness')).toBe(before + 1);
    });

    it.each<[string, () => unknown, string | null, number, RegExp]>([
      ['without the subgraph secret', () => signHead(CC, headOf(1), developmentAuditKeys(CC).privateKey), null, 403, /subgraph secret/],
      ["with another agency's secret", () => signHead(CC, headOf(1), developmentAuditKeys(CC).privateKey), developmentSubgraphSecret('legal-affairs'), 403, /subgraph secret/],
      ['signed with another key', () => signHead(CC, headOf(1), generateKeyPairSync('ed25519').privateKey), developmentSubgraphSecret('public-security'), 403, /does not verify/],
      [
        "signed by one agency in another's name",
        () => signHead(CC, headOf(1), developmentAuditKeys('commerce-bureau').privateKey),
        developmentSubgraphSecret('public-security'),
        403,
        /does not verify/,
      ],
      [
        'from an agency it does not know',
        () => signHead('tax-bureau', headOf(1), developmentAuditKeys('tax-bureau').privateKey),
        developmentSubgraphSecret('public-security'),
        403,
        /not an agency/,
      ],
      [
        'with a changed hash',
        () => ({ ...signHead(CC, headOf(1), developmentAuditKeys(CC).privateKey), hash: 'e'.repeat(64) }),
        developmentSubgraphSecret('public-security'),
        403,
        /does not verify/,
      ],
      ['that is not a head', () => ({ agency: CC, sequence: -1 }), developmentSubgraphSecret('public-security'), 400, /not a signed audit head/],
    ])('refuses one %s, keeping nothing', async (_case, body, secret, status, message) => {
      const before = await countRows(stack.subgraphs['public-security'].db, 'audit_witness');
      const response = await post(body(), secret);
      expect(response.status).toBe(status);
      expect(response.json.error).toMatch(message);
      expect(await countRows(stack.subgraphs['public-security'].db, 'audit_witness')).toBe(before);
    });
  });
});
