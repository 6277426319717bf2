import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { DEFAULT_OPERATIONS_DIR, bundlePublicAssets } from '@governance/gateway/web/public-bundle';
import { startStack, type Stack } from './support/stack';
import { headersFor, type Caller } from '@governance/testkit/tokens';

const ALLOWED = 'https://dashboard.suzhou.example';
const ANALYST: Caller = { agency: 'commerce-bureau', scopes: ['read'] };
/** The contract's widest list, the example (500 enterprises: 132 kB as JSON). */
const ENTERPRISE_LIST = { query: fs.readFileSync(path.join(DEFAULT_OPERATIONS_DIR, 'enterprise-list.graphql'), 'utf8'), variables: { first: 500 } };

interface RawAnswer {
  readonly status: number;
  readonly headers: http.IncomingHttpHeaders;
  readonly body: Buffer;
}

/** node:http, which (unlike fetch) shows the bytes as sent: compressed or not. */
function request(url: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const outgoing = http.request(url, { method: options.method ?? 'GET', headers: options.headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
    });
    outgoing.on('error', reject);
    outgoing.end(options.body);
  });
}

/** The gateway's HTTP: compression when asked, CORS for configured origins only, CSRF prevention kept. */
describe('the gateway over HTTP', () => {
  let stack: Stack;
  let auth: Record<string, string>;
  const publicDir = fs.mkdtempSync(path.join(os.tmpdir(), 'governance-public-'));
  beforeAll(async () => {
    // GraphiQL and the pages, bundled as `npm run build` does, so that there are static files to compress.
    bundlePublicAssets({ publicDir });
    stack = await startStack({ gatewayEnv: { CORS_ORIGINS: ALLOWED, PUBLIC_DIR: publicDir } });
    auth = await headersFor(ANALYST);
  });
  afterAll(async () => {
    await stack.stop();
    fs.rmSync(publicDir, { recursive: true, force: true });
  });

  const postJson = (headers: Record<string, string>, body: unknown = ENTERPRISE_LIST) =>
    request(stack.gateway.url, { method: 'POST', headers: { 'content-type': 'application/json', ...auth, ...headers }, body: JSON.stringify(body) });

  describe('compression', () => {
    it.each([
      ['br', (body: Buffer) => zlib.brotliDecompressSync(body)],
      ['gzip', (body: Buffer) => zlib.gunzipSync(body)],
    ])('sends EnterpriseList (500 enterprises) as %s when asked, a fraction of its size', async (encoding, decode) => {
      const plain = await postJson({});
      const compressed = await postJson({ 'accept-encoding': encoding });
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(JSON.parse(plain.body.toString('utf8')).data.enterprises.nodes).toHaveLength(500);
      expect(compressed.headers['content-encoding']).toBe(encoding);
      expect(compressed.headers.vary).toMatch(/accept-encoding/i);
      expect(compressed.body.length).toBeLessThan(plain.body.length / 5);
      expect(JSON.parse(decode(compressed.body).toString('utf8'))).toEqual(JSON.parse(plain.body.toString('utf8')));
    });

    it('sends a small answer as it is', async () => {
      const small = await postJson({ 'accept-encoding': 'gzip, br' }, { query: '{ policeStations { id } }' });
      expect(small.status).toBe(200);
      expect(small.headers['content-encoding']).toBeUndefined();
    });

    it("sends the playground's script compressed, and its compressed copy again from memory", async () => {
      const page = (await request(stack.gateway.url, { headers: { accept: 'text/html' } })).body.toString('utf8');
      const script = /src="(\/assets\/vendor\/graphiql@[^"]+\.js)"/.exec(page)?.[1];
      expect(script).toBeDefined();
      const url = new URL(script!, stack.gateway.url).toString();
      const plain = await request(url);
      const first = await request(url, { headers: { 'accept-encoding': 'br, gzip' } });
      const again = await request(url, { headers: { 'accept-encoding': 'br, gzip' } });
      expect(first.headers['content-encoding']).toBe('br');
      expect(first.headers.etag).not.toBe(plain.headers.etag);
      expect(first.body.length).toBeLessThan(plain.body.length / 3);
      expect(zlib.brotliDecompressSync(first.body).equals(plain.body)).toBe(true);
      expect(again.body.equals(first.body)).toBe(true);
    });
  });

  describe('CORS', () => {
    const preflight = (origin: string) =>
      request(stack.gateway.url, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, content-type' },
      });

    it('answers a preflight from an allowed origin with what it may send', async () => {
      const answer = await preflight(ALLOWED);
      expect(answer.status).toBe(204);
      expect(answer.headers['access-control-allow-origin']).toBe(ALLOWED);
      expect(answer.headers['access-control-allow-methods']).toContain('POST');
      expect(answer.headers['access-control-allow-headers']).toMatch(/authorization/);
      expect(answer.headers.vary).toMatch(/origin/i);
    });

    it('refuses a preflight from any other origin, without CORS headers', async () => {
      const answer = await preflight('https://elsewhere.example');
      expect(answer.status).toBe(403);
      expect(answer.headers['access-control-allow-origin']).toBeUndefined();
    });

    it('lets an allowed origin read the answer and its request id', async () => {
      const answer = await postJson({ origin: ALLOWED }, { query: '{ policeStations { id } }' });
      expect(answer.status).toBe(200);
      expect(answer.headers['access-control-allow-origin']).toBe(ALLOWED);
      expect(answer.headers['access-control-expose-headers']).toMatch(/x-request-id/);
    });

    it('still refuses a simple (CSRF-able) request, even from an allowed origin', async () => {
      const answer = await request(stack.gateway.url, {
        method: 'POST',
        headers: { origin: ALLOWED, 'content-type': 'text/plain', ...auth },
        body: JSON.stringify({ query: '{ policeStations { id } }' }),
      });
      expect(answer.status).toBe(400);
      expect(answer.body.toString('utf8')).toMatch(/CSRF|preflight/i);
    });
  });
});
