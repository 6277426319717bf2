import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { Env } from '@governance/kit/env';
import { productionEnv } from '@governance/testkit/production-env';
import { headersFor } from '@governance/testkit/tokens';
import { loadGatewayConfig } from '../src/config';
import { startGateway, type RunningGateway } from '../src/server';
import { bundlePublicAssets } from '../src/web/public-bundle';

interface RawResponse {
  readonly status: number;
  readonly headers: http.IncomingHttpHeaders;
  readonly body: string;
}

/** A request whose path is sent exactly as written (fetch would resolve `..` before sending). */
function raw(port: number, rawPath: string, options: { method?: string; headers?: Record<string, string> } = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const request = http.request({ host: '127.0.0.1', port, path: rawPath, method: options.method ?? 'GET', headers: options.headers }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
    });
    request.on('error', reject);
    request.end();
  });
}

const HTML = { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' };
const pageConfig = (html: string): Record<string, unknown> =>
  JSON.parse(/<script type="application\/json" id="page-config">(.*?)<\/script>/.exec(html)![1]) as Record<string, unknown>;

/** A gateway over the committed supergraph (subgraphs are not needed for these routes), serving `publicDir`. */
async function gatewayWith(publicDir: string, env: Env = {}): Promise<RunningGateway> {
  return startGateway(loadGatewayConfig({ NODE_ENV: 'test', PORT: '0', SHUTDOWN_GRACE_MS: '0', PUBLIC_DIR: publicDir, ...env }));
}

describe("the gateway's web routes", () => {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'gateway-web-'));
  const publicDir = path.join(work, 'public');
  let gateway: RunningGateway;

  beforeAll(async () => {
    bundlePublicAssets({ publicDir });
    fs.writeFileSync(path.join(work, 'secret.txt'), 'outside the public folder');
    fs.writeFileSync(path.join(publicDir, '.hidden'), 'a dotfile');
    fs.symlinkSync(path.join(work, 'secret.txt'), path.join(publicDir, 'escape.txt'));
    gateway = await gatewayWith(publicDir, { PLAYGROUND_TOKEN: 'dev-token' });
  });
  afterAll(async () => {
    await gateway.stop();
    fs.rmSync(work, { recursive: true, force: true });
  });

  it("answers a browser's GET of the GraphQL URL with the playground, its token pre-filled in development", async () => {
    const response = await raw(gateway.port, '/graphql', { headers: HTML });
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['content-security-policy']).toContain("connect-src 'self'");
    expect(pageConfig(response.body)).toEqual({
      graphqlPath: '/graphql',
      dashboardPath: '/dashboard',
      accessReportPath: '/dashboard/access-report',
      assetsPath: '/assets',
      introspection: true,
      token: 'dev-token',
      agencies: loadGatewayConfig({}).agencyLabels,
    });
    const urls = [...response.body.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1]);
    expect(urls).toContain('/assets/js/playground.js');
    expect(urls.some((url) => /^\/assets\/vendor\/graphiql@3\.\d+\.\d+\/graphiql\.min\.js$/.test(url))).toBe(true);
    // Same origin only: no CDN, no fonts service.
    for (const url of urls) expect(url).toMatch(/^\/assets\//);
  });

  it('pre-fills nothing and turns introspection off in production, whatever PLAYGROUND_TOKEN says', async () => {
    const production = await gatewayWith(publicDir, { ...productionEnv(), PLAYGROUND_TOKEN: 'dev-token' });
    try {
      const response = await raw(production.port, '/graphql', { headers: HTML });
      expect(response.status).toBe(200);
      expect(pageConfig(response.body)).toMatchObject({ introspection: false, token: null });
      expect(response.body).not.toContain('dev-token');
      // Refused before any token is looked at: the production JWKS URL is never fetched here.
      const introspection = await fetch(production.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __schema { queryType { name } } }' }),
      });
      expect(introspection.status).toBe(401);
    } finally {
      await production.stop();
    }
  });

  it('leaves every other request to the GraphQL URL to Apollo, CSRF prevention included', async () => {
    const token = await headersFor({ agency: 'community-committees', scopes: ['read'] });
    const post = await fetch(gateway.url, { method: 'POST', headers: { 'content-type': 'application/json', ...token }, body: JSON.stringify({ query: '{ __typename }' }) });
    expect(await post.json()).toEqual({ data: { __typename: 'Query' } });
    const simpleGet = await raw(gateway.port, '/graphql?query=%7B__typename%7D');
    expect(simpleGet.status).toBe(400);
    expect(simpleGet.body).toMatch(/Cross-Site Request Forgery/);
    const preflighted = await raw(gateway.port, '/graphql?query=%7B__typename%7D', { headers: { 'apollo-require-preflight': 'true', accept: 'application/json', ...token } });
    expect(JSON.parse(preflighted.body)).toEqual({ data: { __typename: 'Query' } });
    const jsonFirst = await raw(gateway.port, '/graphql', { headers: { accept: 'application/json, text/html;q=0.5' } });
    expect(jsonFirst.headers['content-type']).toMatch(/json/);
  });

  it('serves the dashboard, GET and HEAD only', async () => {
    const page = await raw(gateway.port, '/dashboard');
    expect(page.status).toBe(200);
    expect(page.body).toContain('/assets/js/dashboard.js');
    expect(pageConfig(page.body)).toMatchObject({ token: 'dev-token' });
    const head = await raw(gateway.port, '/dashboard', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
    const post = await raw(gateway.port, '/dashboard', { method: 'POST' });
    expect(post.status).toBe(405);
    expect(post.headers.allow).toBe('GET, HEAD');
    const report = await raw(gateway.port, '/dashboard/access-report');
    expect(report.status).toBe(200);
    expect(report.headers['content-security-policy']).toContain("default-src 'self'");
    expect(report.body).toContain('/assets/js/access-report.js');
    expect((await raw(gateway.port, '/dashboard/access-report', { method: 'POST' })).status).toBe(405);
  });

  it('serves bundled files with their types: vendor files for good, the rest revalidated by ETag', async () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(publicDir, 'manifest.json'), 'utf8')) as Record<string, string>;
    const graphiql = await raw(gateway.port, `/assets/${manifest.graphiqlScript}`);
    expect(graphiql.status).toBe(200);
    expect(graphiql.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(graphiql.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(graphiql.body).not.toMatch(/sourceMappingURL/);
    const css = await raw(gateway.port, `/assets/${manifest.graphiqlStyle}`);
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8');
    expect(css.body).not.toMatch(/url\((['"]?)https?:/);

    const operation = await raw(gateway.port, '/assets/operations/community-overview.graphql');
    expect(operation.status).toBe(200);
    expect(operation.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(operation.headers['cache-control']).toBe('no-cache');
    expect(operation.body).toContain('query CommunityOverview');
    const again = await raw(gateway.port, '/assets/operations/community-overview.graphql', { headers: { 'if-none-match': String(operation.headers.etag) } });
    expect(again.status).toBe(304);
    expect(again.body).toBe('');
    const index = await raw(gateway.port, '/assets/operations/index.json');
    expect(index.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(JSON.parse(index.body)).toContainEqual({ file: 'directory.graphql', name: 'Directory', type: 'query' });
  });

  it.each([
    '/assets/../package.json',
    '/assets/%2e%2e/secret.txt',
    '/assets/..%2fsecret.txt',
    '/assets/%2e%2e%2f%2e%2e%2fpackage.json',
    '/assets/..\\secret.txt',
    '/assets/%5c..%5csecret.txt',
    '/assets/%00manifest.json',
    '/assets/%E0%A4%A',
    '/assets/.hidden',
    '/assets/escape.txt',
    '/assets/',
    '/assets/operations',
    '/assets/nothing-here.js',
  ])('serves nothing outside the public folder or not a file in it: %s', async (rawPath) => {
    const response = await raw(gateway.port, rawPath);
    expect(response.status).toBe(404);
    expect(response.body).not.toContain('outside the public folder');
  });

  it('says how to build the assets when they are missing', async () => {
    const empty = await gatewayWith(path.join(work, 'not-built'));
    try {
      const response = await raw(empty.port, '/graphql', { headers: HTML });
      expect(response.status).toBe(503);
      expect(response.body).toContain('npm run build');
      expect((await raw(empty.port, '/dashboard')).status).toBe(503);
    } finally {
      await empty.stop();
    }
  });

  it("keeps the kit's own routes and its 404 for unknown paths", async () => {
    expect((await raw(gateway.port, '/health')).status).toBe(200);
    const unknown = await raw(gateway.port, '/graphiql');
    expect(unknown.status).toBe(404);
    expect(unknown.headers['content-type']).toMatch(/^application\/json/);
  });
});
