import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { loadGatewayConfig } from '@governance/gateway/config';
import { renderDockerCompose } from '@governance/scripts/agency-files';
import { planPlatform } from '@governance/scripts/platform-config';
import { buildSchemaArtifacts } from '@governance/scripts/schema-artifacts';
import { loadSubgraphDefinitions } from '@governance/scripts/subgraph-definitions';
import { parseTokenArguments } from '@governance/scripts/token';
import { composeProblems } from './support/compose-check';
import { startStack, type Stack } from './support/stack';
import { ROOT, scaffoldTemporaryBureau, type TemporaryBureau } from '@governance/testkit/temporary-bureau';

const SIXTH = 'water-resources';
const gitStatus = () => execFileSync('git', ['status', '--porcelain'], { cwd: ROOT, encoding: 'utf8' });

/**
 * The manifest is the only list of agencies: a sixth agency that exists only
 * in a variant of agencies.json (and its package, in a temporary folder)
 * appears in the gateway, in `npm start`'s plan, in the token tool and in the
 * deployment, and answers through the gateway, with no file of the
 * repository changed. SQLite only: MariaDB has no account for it.
 */
describe('a sixth agency added to a variant of agencies.json', () => {
  const statusBefore = gitStatus();
  let bureau: TemporaryBureau;
  beforeAll(() => {
    bureau = scaffoldTemporaryBureau(SIXTH, 'Reservoir', { zh: '水利局', en: 'Water resources bureau' });
  });
  afterAll(() => {
    bureau?.remove();
    expect(gitStatus()).toBe(statusBefore);
  });
  const port = () => bureau.scaffold.entry.defaultPort;

  it("is in the gateway's configuration, with its default URL, secret and label", () => {
    const config = loadGatewayConfig({}, bureau.manifest);
    expect(config.subgraphs.find((subgraph) => subgraph.name === SIXTH)).toEqual({
      name: SIXTH,
      url: `http://localhost:${port()}/graphql`,
      secret: `development-only-subgraph-secret:${SIXTH}`,
    });
    expect(config.agencyLabels[SIXTH]).toBe('Water resources bureau (水利局)');
    expect(loadGatewayConfig({}).subgraphs.map((subgraph) => subgraph.name)).not.toContain(SIXTH);
  });

  it("is in npm start's plan, on its port, started from its package", () => {
    const plan = planPlatform({}, bureau.manifest);
    const sixth = plan.subgraphs.find((service) => service.name === SIXTH)!;
    expect(sixth).toMatchObject({ port: port(), entry: path.join(bureau.scaffold.folder, 'dist/index.js') });
    expect(sixth.env.PORT).toBe(String(port()));
    expect(plan.gateway.env.WATER_RESOURCES_URL).toBe(`http://127.0.0.1:${port()}/graphql`);
    expect(planPlatform({}).subgraphs.map((service) => service.name)).not.toContain(SIXTH);
  });

  it('can hold tokens minted by the token tool', () => {
    expect(parseTokenArguments(['--agency', SIXTH, '--scopes', 'read,write'], { manifest: bureau.manifest })).toMatchObject({ agency: SIXTH, scopes: ['read', 'write'] });
    expect(() => parseTokenArguments(['--agency', SIXTH])).toThrow(/--agency must be one of/);
  });

  it('has its own service, database and secrets in the deployment, which the compose validation requires', () => {
    const definitions = loadSubgraphDefinitions(bureau.manifest);
    const rendered = renderDockerCompose(bureau.manifest, definitions);
    expect(rendered).toContain(`  ${SIXTH}:\n`);
    expect(composeProblems(rendered, bureau.manifest, definitions)).toEqual([]);
    const committed = fs.readFileSync(path.join(ROOT, 'docker-compose.yml'), 'utf8');
    expect(composeProblems(committed, bureau.manifest, definitions)).toEqual(expect.arrayContaining([`no service ${SIXTH}`]));
  });

  describe('through the gateway', () => {
    let stack: Stack;
    beforeAll(async () => {
      const supergraphPath = path.join(bureau.dir, 'supergraph.graphql');
      fs.writeFileSync(supergraphPath, buildSchemaArtifacts(bureau.manifest).get('supergraph.graphql')!);
      stack = await startStack({ manifest: bureau.manifest, gatewayEnv: { SUPERGRAPH_PATH: supergraphPath } });
    });
    afterAll(() => stack?.stop());

    it('answers beside the committed agencies', async () => {
      const result = await stack.query<{ reservoirs: { totalCount: number }; community: { name: string } }>(
        `{ reservoirs(first: 1) { totalCount } community(code: "320571002001") { name } }`,
      );
      expect(result.errors).toBeUndefined();
      expect(result.data).toEqual({ reservoirs: { totalCount: 3 }, community: { name: '锦衣新村' } });
    });
  });
});
