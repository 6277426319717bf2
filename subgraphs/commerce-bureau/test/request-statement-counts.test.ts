import { captureLog, type LogCapture } from '@governance/testkit/log-capture';
import { postGraphQL } from '@governance/testkit/graphql-client';
import { ENTITIES_QUERY, startSoloSubgraph, type SoloSubgraph } from '@governance/testkit/subgraph';
import { entitled, gatewaySecretHeader, headersFor } from '@governance/testkit/tokens';
import { commerceBureau } from '../src/subgraph';
import { dataset, enterpriseNamed } from './support';

const creditCodes = dataset.enterprises.slice(0, 200).map((enterprise) => enterprise.creditCode);
const enterprises = { representations: creditCodes.map((creditCode) => ({ __typename: 'Enterprise', creditCode })) };
// Several statements: the enterprises, then their stalls, cases, agreements and licence histories in one batch each.
const WIDE = ENTITIES_QUERY('... on Enterprise { name stall { number } enforcementCases { id } emissionAgreement { pilot } licenseHistory { toStatus } }');
const NARROW = ENTITIES_QUERY('... on Enterprise { name }');
const CHANGE = `mutation ($creditCode: ID!, $status: LicenseStatus!, $reason: String!) {
  changeLicenseStatus(creditCode: $creditCode, status: $status, reason: $reason) { creditCode licenseStatus }
}`;

/**
 * The access line counts the statements its request sent, and only those,
 * however many requests are served at once: each request counts into its
 * own record through its view of the data source.
 */
describe('commerce-bureau: each access line counts its own request’s SQL statements', () => {
  let solo: SoloSubgraph;
  let log: LogCapture;
  let sequence = 0;
  beforeAll(async () => {
    log = captureLog();
    solo = await startSoloSubgraph(commerceBureau, { LOG_LEVEL: 'info' }, { observability: { logDestination: log.stream } });
  });
  afterAll(() => solo.stop());

  /** Sends an operation under a request id of its own and returns that id. */
  async function send(query: string, variables: Record<string, unknown>): Promise<string> {
    sequence += 1;
    const requestId = `statement-count-${sequence}`;
    const headers = { ...(await headersFor(entitled('commerce-bureau'))), ...gatewaySecretHeader('commerce-bureau'), 'x-request-id': requestId };
    const result = await postGraphQL(solo.subgraph.url, query, variables, headers);
    expect(result.errors).toBeUndefined();
    return requestId;
  }

  /** The access line's count; lines reach the stream asynchronously. */
  async function statementsLogged(requestId: string): Promise<number> {
    for (let attempt = 0; attempt < 250; attempt += 1) {
      const line = log.lines.find((candidate) => candidate.requestId === requestId && candidate.msg === 'request');
      if (line !== undefined) return line.sqlStatements as number;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    throw new Error(`no access line for ${requestId}`);
  }

  /** Statements the subgraph sent for one request served alone, and what its access line says. */
  async function alone(query: string, variables: Record<string, unknown>): Promise<{ sent: number; logged: number }> {
    const before = solo.subgraph.statements.count;
    const requestId = await send(query, variables);
    const sent = solo.subgraph.statements.count - before;
    return { sent, logged: await statementsLogged(requestId) };
  }

  it('counts a read served alone as the data source counts it', async () => {
    const wide = await alone(WIDE, enterprises);
    expect(wide.sent).toBeGreaterThan(2);
    expect(wide.logged).toBe(wide.sent);
  });

  it('counts the statements of a write’s transaction (and its audit entry) into the write’s request', async () => {
    const write = await alone(CHANGE, { creditCode: enterpriseNamed('师惠便利超市').creditCode, status: 'SUSPENDED', reason: '消防检查不合格' });
    expect(write.sent).toBeGreaterThan(2);
    expect(write.logged).toBe(write.sent);
  });

  it('gives each of many concurrent requests its own count', async () => {
    const wide = (await alone(WIDE, enterprises)).sent;
    const narrow = (await alone(NARROW, enterprises)).sent;
    expect(wide).toBeGreaterThan(narrow);
    const before = solo.subgraph.statements.count;
    const shapes = Array.from({ length: 12 }, (_, i) => (i % 3 === 0 ? NARROW : WIDE));
    const requestIds = await Promise.all(shapes.map((query) => send(query, enterprises)));
    const sent = solo.subgraph.statements.count - before;
    const logged = await Promise.all(requestIds.map(statementsLogged));
    expect(logged).toEqual(shapes.map((query) => (query === WIDE ? wide : narrow)));
    expect(logged.reduce((sum, count) => sum + count, 0)).toBe(sent);
  });
});
