import { agencyManifest } from '@governance/kit/agencies';
import { ConfigError } from '@governance/kit/env';
import { productionEnv } from '@governance/testkit/production-env';
import { loadGatewayConfig } from '../src/config';

describe('loadGatewayConfig', () => {
  it("points at every agency of the manifest on its default port, and listens on the manifest's gateway port", () => {
    const config = loadGatewayConfig({});
    const manifest = agencyManifest();
    expect(config.port).toBe(manifest.gateway.defaultPort);
    expect(config.subgraphs).toEqual(
      manifest.agencies.map((agency) => ({ name: agency.name, url: `http://localhost:${agency.defaultPort}/graphql`, secret: `development-only-subgraph-secret:${agency.name}` })),
    );
    expect(config.subgraphs.map((subgraph) => subgraph.name)).toEqual(
      expect.arrayContaining(['community-committees', 'public-security', 'industry-associations', 'commerce-bureau']),
    );
    expect(config.agencyLabels['commerce-bureau']).toBe('Commerce bureau (工商局)');
    expect(config.subgraphTimeoutMs).toBeGreaterThan(0);
  });

  it('reads the HTTP timeouts and how /ready asks the subgraphs', () => {
    expect(loadGatewayConfig({}).http).toEqual({ headersMs: 10_000, requestMs: 30_000, keepAliveMs: 65_000 });
    expect(loadGatewayConfig({}).readiness).toEqual({ probeTimeoutMs: 2_000, cacheMs: 2_000, allowDegraded: false });
    const config = loadGatewayConfig({ HTTP_REQUEST_TIMEOUT_MS: '60000', READY_PROBE_TIMEOUT_MS: '500', READY_CACHE_MS: '0', READY_ALLOW_DEGRADED: 'true' });
    expect(config.http.requestMs).toBe(60_000);
    expect(config.readiness).toEqual({ probeTimeoutMs: 500, cacheMs: 0, allowDegraded: true });
  });

  it("bounds the parsed-document and query-plan caches far below Apollo's 30 MiB each, and takes other bounds from the environment", () => {
    expect(loadGatewayConfig({}).caches).toEqual({ documentsMib: 4, queryPlansMib: 1 });
    expect(loadGatewayConfig({ DOCUMENT_CACHE_MIB: '16', QUERY_PLAN_CACHE_MIB: '8' }).caches).toEqual({ documentsMib: 16, queryPlansMib: 8 });
    expect(() => loadGatewayConfig({ QUERY_PLAN_CACHE_MIB: '0' })).toThrow(/QUERY_PLAN_CACHE_MIB/);
  });

  it('takes each subgraph URL from <NAME>_URL', () => {
    const config = loadGatewayConfig({ COMMERCE_BUREAU_URL: 'http://commerce:8080/graphql' });
    expect(config.subgraphs.find((subgraph) => subgraph.name === 'commerce-bureau')?.url).toBe('http://commerce:8080/graphql');
  });

  it('reports every problem in one error', () => {
    let error: unknown;
    try {
      loadGatewayConfig({ PORT: '-1', PUBLIC_SECURITY_URL: 'not a url', SUBGRAPH_TIMEOUT_MS: 'soon' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems).toHaveLength(3);
  });

  it('pre-fills the playground token from PLAYGROUND_TOKEN outside production only', () => {
    expect(loadGatewayConfig({ PLAYGROUND_TOKEN: 'dev-token' }).playgroundToken).toBe('dev-token');
    expect(loadGatewayConfig({}).playgroundToken).toBeUndefined();
    expect(loadGatewayConfig({ ...productionEnv(), PLAYGROUND_TOKEN: 'dev-token' }).playgroundToken).toBeUndefined();
  });

  it('refuses development keys and missing secrets in production, naming each', () => {
    let error: unknown;
    try {
      loadGatewayConfig({ NODE_ENV: 'production', JWT_SECRET: 'a-shared-secret-of-at-least-32-characters' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    expect(problems).toMatch(/JWT_SECRET \(HS256\) is for development only/);
    expect(problems).toMatch(/JWKS_FILE or JWKS_URL is required in production/);
    expect(problems).toMatch(/COMMERCE_BUREAU_SUBGRAPH_SECRET is required in production/);
  });

  it('verifies tokens with JWKS_FILE, JWKS_URL or, in development, JWT_SECRET', () => {
    expect(loadGatewayConfig({}).auth.keys.kind).toBe('shared-secret');
    expect(loadGatewayConfig({ JWKS_FILE: '/run/secrets/jwks.json' }).auth.keys).toEqual({ kind: 'jwks-file', path: '/run/secrets/jwks.json' });
    expect(loadGatewayConfig(productionEnv()).auth.keys.kind).toBe('jwks-url');
  });
});
