import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { loadGatewayConfig } from '@governance/gateway/config';
import { SUBGRAPHS, subgraphUrlVariable } from '@governance/gateway/subgraph-list';
import { loadSubgraphConfig, type SubgraphDefinition } from '@governance/kit';
import { subgraphSecretVariable } from '@governance/kit/auth';
import { subgraphDefinitions } from '@governance/scripts/subgraph-definitions';
import { agencyAccount } from './global/agency-accounts';

/** There is no Docker engine here, so the deployment is checked as text against the code it deploys. */
const root = path.resolve(__dirname, '..');
interface Service {
  command?: string[];
  environment?: Record<string, string>;
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test: string[] };
  volumes?: string[];
  ports?: string[];
}
const compose = parse(fs.readFileSync(path.join(root, 'docker-compose.yml'), 'utf8'), { merge: true }) as { services: Record<string, Service>; volumes: Record<string, unknown> };
const initScript = fs.readFileSync(path.join(root, 'deploy/mysql-init/01-agency-databases.sh'), 'utf8');

/** Compose's interpolation: defaults for `${X:-d}`, a stand-in secret for required ones. */
function interpolate(value: string): string {
  return String(value)
    .replace(/\$\{(\w+):-([^}]*)\}/g, (_match, _name, fallback: string) => fallback)
    .replace(/\$\{(\w+)(:\?[^}]*)?\}/g, (_match, name: string) => `stand-in-${name.toLowerCase().replace(/_/g, '-')}`);
}
const environmentOf = (service: Service) => Object.fromEntries(Object.entries(service.environment ?? {}).map(([key, value]) => [key, interpolate(String(value))]));

/** The variables a configuration module reads when given this environment. */
function variablesRead(load: (env: Record<string, string | undefined>) => unknown, env: Record<string, string>): Set<string> {
  const read = new Set<string>();
  load(new Proxy(env, { get: (target, key: string) => (read.add(key), target[key]) }));
  return read;
}

const portOf = (name: string) => Number(environmentOf(compose.services[name]).PORT);

describe('docker-compose.yml', () => {
  it('runs MySQL, the four subgraphs and the gateway, each with a health check', () => {
    expect(Object.keys(compose.services).sort()).toEqual(['gateway', 'mysql', ...SUBGRAPHS.map((subgraph) => subgraph.name)].sort());
    for (const [name, service] of Object.entries(compose.services)) expect([name, service.healthcheck?.test.length]).toEqual([name, expect.any(Number)]);
    expect(compose.services.mysql.volumes).toEqual(expect.arrayContaining(['mysql-data:/var/lib/mysql', './deploy/mysql-init:/docker-entrypoint-initdb.d:ro']));
    expect(Object.keys(compose.volumes)).toEqual(['mysql-data']);
  });

  describe.each(subgraphDefinitions.map((definition) => [definition.name, definition as SubgraphDefinition<unknown>] as const))('%s', (name, definition) => {
    const service = compose.services[name];
    const env = environmentOf(service);

    it('starts the subgraph, and sets only variables its configuration reads, which accepts them in production', () => {
      expect(service.command).toEqual(['node', `subgraphs/${name}/dist/index.js`]);
      const read = variablesRead((candidate) => loadSubgraphConfig(definition, candidate), env);
      expect(Object.keys(env).filter((key) => !read.has(key))).toEqual([]);
      expect(loadSubgraphConfig(definition, env).environment).toBe('production');
    });

    it('uses its agency\'s own MySQL database and user, after MySQL is healthy', () => {
      const url = new URL(env.DATABASE_URL);
      expect([url.protocol, url.hostname, url.port, url.username, url.pathname]).toEqual(['mysql:', 'mysql', '3306', agencyAccount(name), `/${agencyAccount(name)}`]);
      expect(service.depends_on?.mysql).toEqual({ condition: 'service_healthy' });
      expect(service.healthcheck?.test.join(' ')).toContain(`http://127.0.0.1:${env.PORT}/ready`);
    });

    it('reaches each owner it checks references with at the owner\'s service and port, once that owner is healthy', () => {
      for (const owner of definition.owners ?? []) {
        expect(env[subgraphUrlVariable(owner.name)]).toBe(`http://${owner.name}:${portOf(owner.name)}/graphql`);
        expect(service.depends_on?.[owner.name]).toEqual({ condition: 'service_healthy' });
      }
    });
  });

  it('points the gateway at every subgraph\'s service and port, after they are healthy', () => {
    const gateway = compose.services.gateway;
    const env = environmentOf(gateway);
    expect(Object.keys(env).filter((key) => !variablesRead(loadGatewayConfig, env).has(key))).toEqual([]);
    const config = loadGatewayConfig(env);
    for (const subgraph of config.subgraphs) {
      expect(subgraph.url).toBe(`http://${subgraph.name}:${portOf(subgraph.name)}/graphql`);
      expect(gateway.depends_on?.[subgraph.name]).toEqual({ condition: 'service_healthy' });
    }
    expect(gateway.ports).toEqual([`\${GATEWAY_PUBLISHED_PORT:-4000}:${config.port}`]);
  });

  it('verifies tokens in every service with the same mounted JWKS, issuer and audience', () => {
    const services = ['gateway', ...subgraphDefinitions.map((definition) => definition.name)];
    for (const name of services) {
      const service = compose.services[name];
      const env = environmentOf(service);
      expect([name, env.JWKS_FILE, env.JWT_ISSUER, env.JWT_AUDIENCE]).toEqual([name, '/run/secrets/jwks.json', 'collaborative-governance', 'collaborative-governance-graph']);
      expect([name, service.volumes]).toEqual([name, ['${JWKS_PATH:-./deploy/jwks.json}:/run/secrets/jwks.json:ro']]);
    }
  });

  it('gives each subgraph one secret, which the gateway and every agency that calls it send', () => {
    const raw = (service: string, variable: string) => String(compose.services[service].environment?.[variable]);
    for (const definition of subgraphDefinitions) {
      const own = raw(definition.name, 'SUBGRAPH_SECRET');
      expect(own).toBe(`\${${subgraphSecretVariable(definition.name)}:?set ${subgraphSecretVariable(definition.name)}}`);
      expect(raw('gateway', subgraphSecretVariable(definition.name))).toBe(own);
      for (const caller of subgraphDefinitions.filter((candidate) => (candidate.owners ?? []).some((owner) => owner.name === definition.name))) {
        expect([caller.name, raw(caller.name, subgraphSecretVariable(definition.name))]).toEqual([caller.name, own]);
      }
    }
  });

  it('creates in MySQL exactly the databases and users the services use, each user on its own database only', () => {
    const created = [...initScript.matchAll(/^create_agency (\w+) "\$\{(\w+)\}"$/gm)].map((match) => ({ account: match[1], passwordVariable: match[2] }));
    const used = subgraphDefinitions.map((definition) => {
      const raw = String(compose.services[definition.name].environment!.DATABASE_URL);
      const url = new URL(interpolate(raw));
      return { account: url.username, passwordVariable: /:\$\{(\w+)\}@/.exec(raw)![1], database: url.pathname.slice(1) };
    });
    expect(created.sort((a, b) => a.account.localeCompare(b.account))).toEqual(used.map(({ account, passwordVariable }) => ({ account, passwordVariable })).sort((a, b) => a.account.localeCompare(b.account)));
    for (const { account, database } of used) expect(database).toBe(account);
    expect(initScript.match(/GRANT [^\n]*/g)).toEqual(["GRANT ALL PRIVILEGES ON \\`${account}\\`.* TO '${account}'@'%';"]);
    expect(initScript).toContain('CHARACTER SET utf8mb4');
    for (const { passwordVariable } of used) expect(compose.services.mysql.environment).toHaveProperty(passwordVariable);
  });
});
