import { ConfigError } from '@governance/kit/env';
import { loadGatewayConfig } from '../src/config';

describe('loadGatewayConfig', () => {
  it('points at the four subgraphs on their default ports', () => {
    const config = loadGatewayConfig({});
    expect(config.port).toBe(4000);
    expect(config.subgraphs).toEqual([
      { name: 'community-committees', url: 'http://localhost:4001/graphql' },
      { name: 'public-security', url: 'http://localhost:4002/graphql' },
      { name: 'industry-associations', url: 'http://localhost:4003/graphql' },
      { name: 'commerce-bureau', url: 'http://localhost:4004/graphql' },
    ]);
    expect(config.subgraphTimeoutMs).toBeGreaterThan(0);
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
    expect(loadGatewayConfig({ NODE_ENV: 'production', PLAYGROUND_TOKEN: 'dev-token' }).playgroundToken).toBeUndefined();
  });
});
