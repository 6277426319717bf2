import { loadGatewayConfig } from '@governance/gateway/config';
import { startGateway, type RunningGateway } from '@governance/gateway';
import { subgraphUrlVariable } from '@governance/gateway/subgraph-list';
import { postGraphQL } from '@governance/testkit/graphql-client';
import { startStack, type Stack } from '../support/stack';
import { entitled, headersFor } from '@governance/testkit/tokens';
import { JINYI, snapshot, talkEventInput, type Snapshot } from './support';

/** The limits the gateway applies when its environment sets none. */
const LIMITS = loadGatewayConfig({ NODE_ENV: 'test' }).limits;

/**
 * graphql-armor's limits at the gateway (the issue's defaults: depth 12,
 * aliases 30, directives 50, tokens 3000, cost 10000; the tests read them
 * from gateway/src/config.ts). Every attack is refused with 400
 * before any subgraph runs it: where the attack is a mutation, no talk event
 * is recorded and no audit log grows.
 */

/** On a Community: `contactPersons { community { ... } }`, two levels per turn of the cycle. */
function deepCommunity(turns: number, leaf = 'code'): string {
  return `${'contactPersons { community { '.repeat(turns)}${leaf}${' } }'.repeat(turns)}`;
}

/** Turns of the cycle under `community(code:)` that reach the depth limit exactly (or one short, if it is odd). */
const TURNS_AT_LIMIT = Math.floor((LIMITS.depth - 2) / 2);

/** Nested pages: every community's first 500 enterprises, each with its memberships. */
const NESTED_PAGES = (first: string) => `communities(first: ${first}) { nodes { enterprises(first: ${first}) { nodes { name memberships { since } } } } }`;

describe('operation limits at the gateway', () => {
  let stack: Stack;
  let input: Record<string, unknown>;
  let before: Snapshot;
  beforeAll(async () => {
    stack = await startStack();
    input = await talkEventInput(stack);
    before = await snapshot(stack);
  });
  afterAll(() => stack.stop());

  /** The refusal every limit gives: HTTP 400, no data, one error naming the limit. */
  async function expectRefused(query: string, variables: Record<string, unknown>, limit: RegExp): Promise<void> {
    const result = await stack.query(query, variables);
    expect(await snapshot(stack)).toEqual(before);
    expect(result.status).toBe(400);
    expect(result.data ?? null).toBeNull();
    expect(result.errors!.length).toBeGreaterThan(0);
    expect(result.errors!.map((error) => error.message).join('\n')).toMatch(limit);
    // Only limit errors: the operation is otherwise valid, so it is the limit that refused it.
    for (const error of result.errors!) {
      expect(error.message).toMatch(/limit of \d+|more th[ae]n \d+ tokens/i);
      expect(error.extensions?.code).toMatch(/^GRAPHQL_(VALIDATION|PARSE)_FAILED$/);
    }
  }

  it('answers a query at exactly the depth limit (the control)', async () => {
    // community(1) contactPersons(2) community(3) ... code(12)
    const result = await stack.query(`query ($code: ID!) { community(code: $code) { ${deepCommunity(TURNS_AT_LIMIT)} } }`, { code: JINYI });
    expect(result.status).toBe(200);
    expect(result.errors).toBeUndefined();
  });

  it('refuses a query deeper than the limit', async () => {
    await expectRefused(
      `query ($code: ID!) { community(code: $code) { ${deepCommunity(TURNS_AT_LIMIT + 1)} } }`,
      { code: JINYI },
      new RegExp(`depth limit of ${LIMITS.depth} exceeded, found ${2 * TURNS_AT_LIMIT + 4}`, 'i'),
    );
  });

  it('refuses a deep mutation selection, and records nothing', async () => {
    await expectRefused(
      `mutation ($input: RecordTalkEventInput!) { recordTalkEvent(input: $input) { community { ${deepCommunity(TURNS_AT_LIMIT + 1)} } } }`,
      { input },
      new RegExp(`depth limit of ${LIMITS.depth}`, 'i'),
    );
  });

  it('counts depth through fragments, so nesting cannot hide in them', async () => {
    const fragments = Array.from(
      { length: TURNS_AT_LIMIT + 1 },
      (_, level) => `fragment F${level} on Community { contactPersons { community { ${level === TURNS_AT_LIMIT ? 'code' : `...F${level + 1}`} } } }`,
    ).join('\n');
    await expectRefused(`query ($code: ID!) { community(code: $code) { ...F0 } }\n${fragments}`, { code: JINYI }, new RegExp(`depth limit of ${LIMITS.depth}`, 'i'));
  });

  it('refuses one aliased write more than the alias limit, and records none of them', async () => {
    const writes = Array.from({ length: LIMITS.aliases + 1 }, (_, i) => `w${i}: recordTalkEvent(input: $input) { id }`).join('\n');
    await expectRefused(`mutation ($input: RecordTalkEventInput!) { ${writes} }`, { input }, new RegExp(`aliases limit of ${LIMITS.aliases}`, 'i'));
  });

  it('refuses one alias of a read more than the limit', async () => {
    const reads = Array.from({ length: LIMITS.aliases + 1 }, (_, i) => `c${i}: community(code: $code) { name }`).join('\n');
    await expectRefused(`query ($code: ID!) { ${reads} }`, { code: JINYI }, new RegExp(`aliases limit of ${LIMITS.aliases}`, 'i'));
  });

  it('refuses one field repeated thousands of times (field duplication)', async () => {
    await expectRefused(`{ policeStations { ${'name '.repeat(LIMITS.tokens * 2)} } }`, {}, new RegExp(`limit of ${LIMITS.tokens}|more th[ae]n ${LIMITS.tokens} tokens`, 'i'));
  });

  it('refuses a mutation whose selection repeats a field thousands of times, and records nothing', async () => {
    await expectRefused(
      `mutation ($input: RecordTalkEventInput!) { recordTalkEvent(input: $input) { ${'id '.repeat(LIMITS.tokens * 2)} } }`,
      { input },
      new RegExp(`limit of ${LIMITS.tokens}|more th[ae]n ${LIMITS.tokens} tokens`, 'i'),
    );
  });

  it('refuses one directive more than the limit', async () => {
    await expectRefused(`{ policeStations { ${'name @include(if: true) '.repeat(LIMITS.directives + 1)} } }`, {}, new RegExp(`directives limit of ${LIMITS.directives}`, 'i'));
  });

  it('refuses nested pages whose cost is over the limit (depth 6, no aliases, a few tokens)', async () => {
    await expectRefused(`{ ${NESTED_PAGES('500')} }`, {}, new RegExp(`cost limit of ${LIMITS.cost}`, 'i'));
  });

  it('refuses the same nested pages when the page sizes come in variables', async () => {
    // A cost that reads only literal arguments would count `first: $n` as one row.
    await expectRefused(`query ($n: Int) { ${NESTED_PAGES('$n')} }`, { n: 500 }, new RegExp(`cost limit of ${LIMITS.cost}`, 'i'));
  });

  it('answers a syntax error with 400 GRAPHQL_PARSE_FAILED, not a server error', async () => {
    const result = await stack.query(`{ policeStations { name }`);
    expect(result.status).toBe(400);
    expect(result.errors![0].extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('states the limit and what the operation reached, so an analyst can fix it', async () => {
    const reads = Array.from({ length: LIMITS.aliases + 1 }, (_, i) => `c${i}: community(code: $code) { name }`).join('\n');
    const result = await stack.query(`query ($code: ID!) { ${reads} }`, { code: JINYI });
    expect(result.errors![0].message).toContain(`limit of ${LIMITS.aliases} exceeded, found ${LIMITS.aliases + 1}`);
  });
});

describe('limits are configured through the gateway environment', () => {
  let stack: Stack;
  let strict: RunningGateway;
  beforeAll(async () => {
    stack = await startStack();
    const urls = Object.fromEntries(Object.entries(stack.subgraphs).map(([name, subgraph]) => [subgraphUrlVariable(name), subgraph.url]));
    strict = await startGateway(loadGatewayConfig({ NODE_ENV: 'test', PORT: '0', SHUTDOWN_GRACE_MS: '0', ...urls, MAX_QUERY_ALIASES: '2', MAX_QUERY_DEPTH: '3' }));
  });
  afterAll(async () => {
    await strict.stop();
    await stack.stop();
  });

  it('applies MAX_QUERY_ALIASES and MAX_QUERY_DEPTH from the environment', async () => {
    const headers = await headersFor(entitled('community-committees'));
    const aliases = await postGraphQL(strict.url, `{ a: policeStations { name } b: policeStations { name } c: policeStations { name } }`, {}, headers);
    expect(aliases.status).toBe(400);
    expect(aliases.errors![0].message).toMatch(/aliases limit of 2/i);
    const deep = await postGraphQL(strict.url, `query ($code: ID!) { community(code: $code) { ${deepCommunity(1, 'name')} } }`, { code: JINYI }, headers);
    expect(deep.status).toBe(400);
    expect(deep.errors![0].message).toMatch(/depth limit of 3/i);
    // The same operations pass the default gateway.
    expect((await stack.query(`{ a: policeStations { name } b: policeStations { name } c: policeStations { name } }`)).errors).toBeUndefined();
  });
});
