import { loadSubgraphConfig, startSubgraph, type RunningSubgraph } from '@governance/kit';
import { databaseUrlOf } from '../../../test/security/support';
import { postGraphQL } from '@governance/testkit/graphql-client';
import { startSoloSubgraph, type SoloSubgraph } from '@governance/testkit/subgraph';
import { gatewaySecretHeader, headersFor, type Caller } from '@governance/testkit/tokens';
import { communityCommittees } from '../src/subgraph';

const PHONE = `query ($id: ID!) { person(id: $id) { phone } }`;
const vetting: Caller = { agency: 'public-security', scopes: ['read', 'pii:read'], purpose: 'patrol-vetting' };
const clerk: Caller = { agency: 'community-committees', scopes: ['read', 'write'] };

/**
 * A suspension is state in the owner's database, not in a process: every
 * instance of the committees' service serving the same database masks from
 * its next request on, and a restart (a redeploy, which loads the
 * agreements from code again) does not lift it.
 */
describe('community-committees: an agreement suspended on one instance', () => {
  let first: SoloSubgraph;
  let second: RunningSubgraph;
  let person: { id: string; phone: string };

  const startSecond = () =>
    startSubgraph(
      communityCommittees,
      loadSubgraphConfig(communityCommittees, { NODE_ENV: 'test', PORT: '0', DATABASE_URL: databaseUrlOf(first.subgraph.db), SEED_ON_EMPTY: 'false', SHUTDOWN_GRACE_MS: '500' }),
    );
  const phoneVia = async (url: string) =>
    (await postGraphQL<{ person: { phone: string } }>(url, PHONE, { id: person.id }, { ...(await headersFor(vetting)), ...gatewaySecretHeader('community-committees') })).data!
      .person.phone;

  beforeAll(async () => {
    first = await startSoloSubgraph(communityCommittees);
    [person] = await first.subgraph.db.query('SELECT id, phone FROM person ORDER BY id LIMIT 1');
    second = await startSecond();
  });
  afterAll(async () => {
    await second.stop();
    await first.stop();
  });

  it('masks on the other instance at once, and stays suspended across its restart until reinstated', async () => {
    expect(await phoneVia(second.url)).toBe(person.phone);
    const suspended = await first.query(`mutation { communityCommitteesSuspendAgreement(number: "CC-DSA-2026-001", reason: "Vetting paused") { status } }`, {}, clerk);
    expect(suspended.errors).toBeUndefined();
    expect(await phoneVia(second.url)).not.toBe(person.phone);

    await second.stop();
    second = await startSecond();
    expect(await phoneVia(second.url)).not.toBe(person.phone);
    const [row] = await second.db.query('SELECT suspended_at, suspension_reason, requester FROM data_sharing_agreement WHERE number = ?', ['CC-DSA-2026-001']);
    expect(row).toMatchObject({ suspension_reason: 'Vetting paused', requester: 'public-security', suspended_at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/) });

    expect((await first.query(`mutation { communityCommitteesReinstateAgreement(number: "CC-DSA-2026-001") { status } }`, {}, clerk)).errors).toBeUndefined();
    expect(await phoneVia(second.url)).toBe(person.phone);
    expect(await phoneVia(first.subgraph.url)).toBe(person.phone);
  });

  it("reads the agreements' state in one statement per request, however many people and fields it unmasks", async () => {
    const statements = second.statements;
    const ask = async (count: number) => {
      const before = statements.count;
      const result = await postGraphQL<{ community: { residents: { nodes: Array<{ phone: string }> } } }>(
        second.url,
        `query ($count: Int) { community(code: "320571001001") { residents(first: $count) { nodes { name phone } } } }`,
        { count },
        { ...(await headersFor(vetting)), ...gatewaySecretHeader('community-committees') },
      );
      expect(result.data!.community.residents.nodes).toHaveLength(count);
      return statements.count - before;
    };
    expect(await ask(50)).toBe(await ask(2));
  });
});
