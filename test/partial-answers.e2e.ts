import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { CONTRACT_DIR } from './contract/operations';
import { startStack, type Stack } from './support/stack';

const JINYI = '320571002001';
const OVERVIEW = `query ($code: ID!) {
  community(code: $code) { code name residentCount enterprises(first: 5) { totalCount nodes { name } } }
  policeStations { name }
}`;

type Overview = { community: { name: string; residentCount: number; enterprises: { totalCount: number } | null } | null; policeStations: Array<{ name: string }> | null };

describe('one agency down', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack.stop());

  it("answers with the other agencies' data and an error naming the missing subgraph", async () => {
    const before = await stack.query<Overview>(OVERVIEW, { code: JINYI });
    expect(before.errors).toBeUndefined();
    expect(before.data!.community!.enterprises!.totalCount).toBe(353);

    await stack.subgraphs['commerce-bureau'].stop();
    const after = await stack.query<Overview>(OVERVIEW, { code: JINYI });
    expect(after.status).toBe(200);
    expect(after.data!.community!.name).toBe('锦衣新村');
    expect(after.data!.community!.residentCount).toBe(14_000); // 13,000+ of them migrants, as the document says
    expect(after.data!.community!.enterprises).toBeNull();
    expect(after.data!.policeStations!.length).toBeGreaterThan(0);
    expect(after.errors).toHaveLength(1);
    expect(after.errors![0].message).toContain('commerce-bureau');
    expect(after.errors![0].extensions?.code).toBe('SUBGRAPH_UNAVAILABLE');
    // The client learns which part is missing, not where the subgraph lives.
    expect(JSON.stringify(after.errors)).not.toMatch(/127\.0\.0\.1|localhost|ECONNREFUSED/);
  });
});

describe('one agency hung', () => {
  let stack: Stack;
  let hung: net.Server;
  const sockets = new Set<net.Socket>();
  beforeAll(async () => {
    // Accepts connections and never answers: a subgraph stuck on a lock or a dead disk.
    hung = net.createServer((socket) => sockets.add(socket));
    await new Promise<void>((resolve) => hung.listen(0, '127.0.0.1', resolve));
    const { port } = hung.address() as net.AddressInfo;
    stack = await startStack({ gatewayEnv: { COMMERCE_BUREAU_URL: `http://127.0.0.1:${port}/graphql`, SUBGRAPH_TIMEOUT_MS: '500' } });
  });
  afterAll(async () => {
    await stack.stop();
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => hung.close(resolve));
  });

  it('cuts the call off at the subgraph timeout and answers with the rest', async () => {
    const result = await stack.query<Overview>(OVERVIEW, { code: JINYI });
    expect(result.data!.community!.name).toBe('锦衣新村');
    expect(result.data!.community!.enterprises).toBeNull();
    expect(result.errors).toHaveLength(1);
    expect(result.errors![0].extensions?.code).toBe('SUBGRAPH_TIMEOUT');
    expect(result.errors![0].message).toContain('commerce-bureau');
  });
});

describe('the Directory with one agency down', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack.stop());

  it("still lists the other agencies' entry points: entry-point lists are nullable", async () => {
    const directory = fs.readFileSync(path.join(CONTRACT_DIR, 'directory.graphql'), 'utf8');
    await stack.subgraphs['public-security'].stop();
    const result = await stack.query<{ subDistricts: unknown[] | null; policeStations: unknown[] | null; patrolTeams: unknown[] | null; venues: unknown[] | null }>(directory);
    expect(result.data!.subDistricts!.length).toBeGreaterThan(0);
    expect(result.data!.venues!.length).toBeGreaterThan(0);
    expect(result.data!.policeStations).toBeNull();
    expect(result.data!.patrolTeams).toBeNull();
    expect(result.errors!.every((error) => error.message.includes('public-security'))).toBe(true);
  });
});
