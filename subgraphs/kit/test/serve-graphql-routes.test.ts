import http from 'node:http';
import { postQuery, startTinyService, type TinyService } from './support/tiny-service';

interface RawResponse {
  readonly status: number;
  readonly body: string;
}

/** A POST whose body is sent in chunks without a content-length (as a streaming client sends it). */
function postChunked(port: number, chunks: readonly string[]): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const request = http.request({ host: '127.0.0.1', port, path: '/graphql', method: 'POST', headers: { 'content-type': 'application/json' } }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    });
    request.on('error', reject);
    for (const chunk of chunks) request.write(chunk);
    request.end();
  });
}

describe('serveGraphQL routes', () => {
  let tiny: TinyService;
  let base: string;
  beforeAll(async () => {
    tiny = await startTinyService({ maxRequestBytes: 1_000 });
    base = `http://127.0.0.1:${tiny.service.port}`;
  });
  afterAll(() => tiny.stop());

  it('serves GraphQL at its path', async () => {
    expect(tiny.service.url).toBe(`${base}/graphql`);
    const response = await postQuery(tiny.service.url, '{ hello }');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { hello: 'world' } });
  });

  it('answers GET /health with 200 {status: ok}', async () => {
    const response = await fetch(`${base}/health`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('answers GET /ready from ready(): 200 when ready, 503 when not or when it throws', async () => {
    tiny.ready = async () => true;
    const ready = await fetch(`${base}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });

    tiny.ready = async () => false;
    const notReady = await fetch(`${base}/ready`);
    expect(notReady.status).toBe(503);
    expect(await notReady.json()).toEqual({ status: 'unavailable' });

    tiny.ready = () => Promise.reject(new Error('database is down'));
    const failing = await fetch(`${base}/ready`);
    expect(failing.status).toBe(503);
    tiny.ready = async () => true;
  });

  it('answers an unknown path with 404', async () => {
    const response = await fetch(`${base}/graphiql`);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ errors: [{ message: 'Not found; GraphQL is served at /graphql' }] });
    expect((await fetch(`${base}/health`, { method: 'POST' })).status).toBe(404);
  });

  it('answers invalid JSON with 400', async () => {
    const response = await fetch(tiny.service.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{ "query": ' });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ errors: [{ message: 'Request body is not valid JSON' }] });
  });

  it('answers a body over maxRequestBytes with 413 (declared content-length)', async () => {
    const query = `{ hello ${' '.repeat(1_000)}}`;
    const response = await postQuery(tiny.service.url, query);
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ errors: [{ message: 'Request body is larger than 1000 bytes' }] });
  });

  it('answers 413 from the declared content-length, without waiting for the body', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const request = http.request(
        { host: '127.0.0.1', port: tiny.service.port, path: '/graphql', method: 'POST', headers: { 'content-type': 'application/json', 'content-length': '5000' } },
        (response) => {
          resolve(response.statusCode ?? 0);
          response.resume();
          request.destroy();
        },
      );
      request.on('error', () => undefined);
      request.write('{"query":');
      setTimeout(() => reject(new Error('no answer while the body was still being sent')), 2_000).unref();
    });
    expect(status).toBe(413);
  });

  it('accepts a body of exactly maxRequestBytes', async () => {
    const query = `{ hello }${' '.repeat(1_000 - JSON.stringify({ query: '{ hello }' }).length)}`;
    const body = JSON.stringify({ query });
    expect(Buffer.byteLength(body)).toBe(1_000);
    const response = await fetch(tiny.service.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect(response.status).toBe(200);
    expect((await postQuery(tiny.service.url, `${query} `)).status).toBe(413);
  });

  it('answers a streamed body over maxRequestBytes with 413 (no content-length)', async () => {
    const response = await postChunked(tiny.service.port, ['{"query":"{ hello', ' '.repeat(600), ' '.repeat(600), '}"}']);
    expect(response.status).toBe(413);
    expect(JSON.parse(response.body)).toEqual({ errors: [{ message: 'Request body is larger than 1000 bytes' }] });
  });

  it('still answers a streamed body under the limit', async () => {
    const response = await postChunked(tiny.service.port, ['{"query":', '"{ hello }"}']);
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toEqual({ data: { hello: 'world' } });
  });
});
