import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { startStack, type Stack } from './support/stack';

const LIST = `query ($first: Int!) { enterprises(first: $first) { nodes { creditCode community { code name } } } }`;

const WITH_REPRESENTATIVES = `query ($first: Int!) { enterprises(first: $first) { nodes { legalRepresentative { id name } community { code name } } } }`;

type WithRepresentatives = {
  enterprises: { nodes: Array<{ legalRepresentative: { id: string; name: string } | null; community: { code: string; name: string } | null }> };
};

type List = { enterprises: { nodes: Array<{ creditCode: string; community: { code: string; name: string } | null }> } };

/** One `_entities` field of a subgraph request: its response key and the representations sent for it. */
interface EntitiesAsked {
  readonly key: string;
  readonly representations: ReadonlyArray<{ __typename: string; code?: string; id?: string }>;
}

/** The `_entities` fields a request asks for: one, or one per alias when the gateway batched fetches. */
function entitiesAsked(query: string, variables: Record<string, unknown>): EntitiesAsked[] {
  return [...query.matchAll(/(?:(\w+):)?_entities\(representations:\$(\w+)\)/g)].map(([, alias, variable]) => ({
    key: alias ?? '_entities',
    representations: variables[variable] as EntitiesAsked['representations'],
  }));
}

/**
 * The community committees' subgraph replaced by a server that answers every
 * entity but the second distinct community, with an error on that one's
 * name: the only way to have a subgraph fail on one entity of a real plan.
 * The gateway sends each distinct community once, so the error must come
 * back on every enterprise of that community, at its own path. It keeps
 * the `_entities` fields of each request it got.
 */
function partlyFailingCommittees(requests: EntitiesAsked[][]): Promise<http.Server> {
  const server = http.createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      const { query, variables } = JSON.parse(body) as { query: string; variables?: Record<string, unknown> };
      const asked = entitiesAsked(query, variables ?? {});
      if (asked.length > 0) requests.push(asked);
      const data: Record<string, unknown> = { __typename: 'Query' };
      const errors: object[] = [];
      for (const { key, representations } of asked) {
        data[key] = representations.map((representation, index) => {
          if (representation.__typename === 'Person') return { name: `person ${representation.id}` };
          if (index !== 1) return { name: `community ${representation.code}` };
          errors.push({ message: 'this register is closed', path: [key, 1, 'name'], extensions: { code: 'FORBIDDEN' } });
          return null;
        });
      }
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(errors.length > 0 ? { data, errors } : { data }));
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

describe('an error on one entity', () => {
  let stack: Stack;
  let committees: http.Server;
  const requests: EntitiesAsked[][] = [];
  beforeAll(async () => {
    committees = await partlyFailingCommittees(requests);
    const { port } = committees.address() as AddressInfo;
    stack = await startStack({ gatewayEnv: { COMMUNITY_COMMITTEES_URL: `http://127.0.0.1:${port}/graphql` } });
  });
  afterAll(async () => {
    await stack.stop();
    await new Promise((resolve) => committees.close(resolve));
  });

  it("comes back at the path of every enterprise in that entity's community, and only there", async () => {
    // The codes alone come from the commerce bureau: which community is the second distinct one the gateway sends.
    const codes = await stack.query<{ enterprises: { nodes: Array<{ community: { code: string } | null }> } }>(`{ enterprises(first: 40) { nodes { community { code } } } }`);
    const codeOf = codes.data!.enterprises.nodes.map((node) => node.community?.code ?? null);
    const second = [...new Set(codeOf.filter((code) => code !== null))][1];
    const failed = codeOf.flatMap((code, index) => (code === second ? [index] : []));
    expect(failed.length).toBeGreaterThan(0);

    const result = await stack.query<List>(LIST, { first: 40 });
    expect(result.errors!.map((error) => error.path)).toEqual(failed.map((index) => ['enterprises', 'nodes', index, 'community', 'name']));
    expect(result.errors!.every((error) => error.extensions?.code === 'FORBIDDEN' && error.extensions.serviceName === 'community-committees')).toBe(true);
    const nodes = result.data!.enterprises.nodes;
    // Community.name is non-null: the failed ones are null; every other enterprise has its own community's answer.
    expect(failed.every((index) => nodes[index].community === null)).toBe(true);
    const others = nodes.filter((_node, index) => codeOf[index] !== null && !failed.includes(index));
    expect(others.length).toBeGreaterThan(0);
    expect(others.every((node) => node.community!.name === `community ${node.community!.code}`)).toBe(true);
  });

  it('comes back at the right entities when the gateway asks for representatives and communities in one request', async () => {
    const codes = await stack.query<{ enterprises: { nodes: Array<{ community: { code: string } | null }> } }>(`{ enterprises(first: 40) { nodes { community { code } } } }`);
    const codeOf = codes.data!.enterprises.nodes.map((node) => node.community?.code ?? null);
    const second = [...new Set(codeOf.filter((code) => code !== null))][1];
    const failed = codeOf.flatMap((code, index) => (code === second ? [index] : []));

    requests.length = 0;
    const result = await stack.query<WithRepresentatives>(WITH_REPRESENTATIVES, { first: 40 });
    // One request carries both: the representatives (distinct ones) and the communities (distinct ones).
    expect(requests).toHaveLength(1);
    expect(requests[0].map((asked) => asked.representations[0]?.__typename)).toEqual(['Person', 'Community']);
    const communities = requests[0][1].representations.map((representation) => representation.code);
    expect(communities).toEqual([...new Set(codeOf.filter((code) => code !== null))]);

    expect(result.errors!.map((error) => error.path)).toEqual(failed.map((index) => ['enterprises', 'nodes', index, 'community', 'name']));
    const nodes = result.data!.enterprises.nodes;
    expect(failed.every((index) => nodes[index].community === null)).toBe(true);
    expect(nodes.filter((node) => node.legalRepresentative !== null).every((node) => node.legalRepresentative!.name === `person ${node.legalRepresentative!.id}`)).toBe(true);
    expect(nodes.some((node) => node.legalRepresentative !== null)).toBe(true);
    const others = nodes.filter((_node, index) => codeOf[index] !== null && !failed.includes(index));
    expect(others.every((node) => node.community!.name === `community ${node.community!.code}`)).toBe(true);
  });
});
