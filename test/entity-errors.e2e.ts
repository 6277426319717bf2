import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { startStack, type Stack } from './support/stack';

const LIST = `query ($first: Int!) { enterprises(first: $first) { nodes { creditCode community { code name } } } }`;

type List = { enterprises: { nodes: Array<{ creditCode: string; community: { code: string; name: string } | null }> } };

/**
 * The community committees' subgraph replaced by a server that answers every
 * entity but the second distinct one, with an error on that one's name: the
 * only way to have a subgraph fail on one entity of a real plan. The
 * gateway sends each distinct community once, so the error must come back
 * on every enterprise of that community, at its own path.
 */
function partlyFailingCommittees(): Promise<http.Server> {
  const server = http.createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      const { variables } = JSON.parse(body) as { variables?: { representations?: Array<{ code: string }> } };
      const representations = variables?.representations;
      const answer =
        representations === undefined
          ? { data: { __typename: 'Query' } }
          : {
              data: { _entities: representations.map((representation, index) => (index === 1 ? null : { name: `community ${representation.code}` })) },
              errors: [{ message: 'this register is closed', path: ['_entities', 1, 'name'], extensions: { code: 'FORBIDDEN' } }],
            };
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answer));
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

describe('an error on one entity', () => {
  let stack: Stack;
  let committees: http.Server;
  beforeAll(async () => {
    committees = await partlyFailingCommittees();
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
});
