import http from 'node:http';
import zlib from 'node:zlib';
import { negotiateEncoding } from '@governance/kit/http';
import { captureLog, type LogCapture } from '@governance/testkit/log-capture';
import { startTinyService, type TinyService } from './support/tiny-service';

/** What every service does around each request: its id, its access line, its metrics, its compression. */
describe('serveGraphQL observes and compresses every request', () => {
  let tiny: TinyService;
  let log: LogCapture;
  beforeAll(async () => {
    log = captureLog();
    tiny = await startTinyService({ log: log.stream, compressionMinBytes: 1_000 });
  });
  afterAll(() => tiny.stop());

  const post = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(tiny.service.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  /** Lines reach the stream asynchronously; wait for the one that names the request. */
  async function accessLineOf(requestId: string): Promise<Record<string, unknown>> {
    for (let attempt = 0; attempt < 100; attempt += 1) {
      const line = log.lines.find((candidate) => candidate.requestId === requestId && candidate.msg === 'request');
      if (line !== undefined) return line;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    throw new Error(`no access line for ${requestId}`);
  }

  it('answers with the request id and writes one access line under it', async () => {
    const response = await post({ query: 'query Known { hello }', operationName: 'Known' });
    const requestId = response.headers.get('x-request-id')!;
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    const line = await accessLineOf(requestId);
    expect(line).toMatchObject({
      level: 'info',
      service: 'tiny',
      method: 'POST',
      path: '/graphql',
      status: 200,
      agency: 'commerce-bureau',
      subject: 'tester',
      operationName: 'Known',
      sqlStatements: 0,
      errorCodes: [],
    });
    expect(line.documentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(typeof line.durationMs).toBe('number');
    expect(log.lines.filter((candidate) => candidate.requestId === requestId && candidate.msg === 'request')).toHaveLength(1);
  });

  it('logs an unexpected error once, with its stack and the request id, and names its code in the access line', async () => {
    const response = await post({ query: '{ broken }' });
    const requestId = response.headers.get('x-request-id')!;
    expect((await accessLineOf(requestId)).errorCodes).toEqual(['INTERNAL_SERVER_ERROR']);
    const errors = log.lines.filter((line) => line.requestId === requestId && line.level === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ msg: 'unexpected error', path: 'broken', err: { message: 'a driver error nobody meant' } });
    expect((errors[0].err as { stack: string }).stack).toContain('tiny-service.ts');
  });

  it('counts requests by operation name, keeping known names and the first others, and calling the rest "other"', async () => {
    for (const name of ['Known', 'FirstUnknown', 'SecondUnknown']) await post({ query: `query ${name} { hello }` });
    await post({ query: '{ hello }' });
    const metrics = await tiny.metrics.registry.getSingleMetricAsString('graphql_requests_total');
    expect(metrics).toMatch(/graphql_requests_total\{operation="Known",outcome="ok",service="tiny"\} [2-9]/);
    expect(metrics).toContain('operation="FirstUnknown"');
    expect(metrics).not.toContain('SecondUnknown');
    expect(metrics).toContain('operation="other"');
    expect(metrics).toContain('operation="anonymous"');
    expect(metrics).toMatch(/operation="anonymous",outcome="errors"/);
  });

  it.each([
    ['br', 'br', (body: Buffer) => zlib.brotliDecompressSync(body)],
    ['gzip, deflate', 'gzip', (body: Buffer) => zlib.gunzipSync(body)],
    ['gzip;q=1, br;q=0.5', 'gzip', (body: Buffer) => zlib.gunzipSync(body)],
  ])('compresses a large answer for Accept-Encoding %s as %s', async (accept, encoding, decode) => {
    const response = await rawPost(tiny.service.url, { query: '{ long(size: 20000) }' }, { 'accept-encoding': accept });
    expect(response.headers['content-encoding']).toBe(encoding);
    expect(response.headers.vary).toMatch(/accept-encoding/i);
    expect(response.body.length).toBeLessThan(2_000);
    expect(JSON.parse(decode(response.body).toString('utf8')).data.long).toHaveLength(20_000);
  });

  it('sends small answers, and answers to clients that accept no encoding, as they are', async () => {
    const small = await rawPost(tiny.service.url, { query: '{ long(size: 100) }' }, { 'accept-encoding': 'gzip, br' });
    expect(small.headers['content-encoding']).toBeUndefined();
    const unasked = await rawPost(tiny.service.url, { query: '{ long(size: 20000) }' }, {});
    expect(unasked.headers['content-encoding']).toBeUndefined();
    expect(unasked.body.length).toBeGreaterThan(20_000);
  });

  it('negotiates encodings by their weights', () => {
    expect(negotiateEncoding(undefined)).toBeNull();
    expect(negotiateEncoding('identity')).toBeNull();
    expect(negotiateEncoding('*')).toBe('br');
    expect(negotiateEncoding('br;q=0, gzip')).toBe('gzip');
    expect(negotiateEncoding('br;q=0, gzip;q=0')).toBeNull();
  });
});

/** node:http, since fetch would decompress the body and hide what was sent. */
function rawPost(url: string, body: unknown, headers: Record<string, string>): Promise<{ headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ headers: response.headers, body: Buffer.concat(chunks) }));
    });
    request.on('error', reject);
    request.end(JSON.stringify(body));
  });
}
