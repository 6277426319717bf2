import http from 'node:http';
import { startStack, type Stack } from '../support/stack';
import { entitled, headersFor } from '@governance/testkit/tokens';
import { RECORD_TALK_EVENT, raw, snapshot, talkEventInput, type RawResponse, type Snapshot } from './support';

/**
 * How the gateway takes requests over HTTP: one operation per request, no
 * simple (CSRF-able) requests, no mutations over GET, bodies up to
 * MAX_REQUEST_BYTES. Every request carries a valid, fully entitled token, so
 * that the transport rule, not the token, is what refuses it; and every
 * refused write leaves the talk events and the audit logs as they were.
 */
describe('HTTP transport at the gateway', () => {
  let stack: Stack;
  let input: Record<string, unknown>;
  let auth: Record<string, string>;
  let before: Snapshot;
  beforeAll(async () => {
    stack = await startStack();
    input = await talkEventInput(stack);
    auth = await headersFor(entitled('public-security'));
    before = await snapshot(stack);
  });
  afterAll(() => stack.stop());

  const mutationBody = () => JSON.stringify({ query: RECORD_TALK_EVENT, variables: { input } });

  async function expectNothingWritten(): Promise<void> {
    expect(await snapshot(stack)).toEqual(before);
  }

  /** A refusal: the status, an `errors` list, no data. */
  function expectRefusal(response: RawResponse, status: number): void {
    expect(response.status).toBe(status);
    expect(response.json?.data ?? null).toBeNull();
    expect(response.json?.errors?.length ?? 0).toBeGreaterThan(0);
  }

  it('accepts an ordinary JSON POST and a GET query with a preflight header (the controls)', async () => {
    const post = await raw(stack.gateway.url, { headers: { ...auth, 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ policeStations { id } }' }) });
    expect(post.status).toBe(200);
    expect(post.json.data.policeStations.length).toBeGreaterThan(0);
    const get = await raw(`${stack.gateway.url}?query=${encodeURIComponent('{ policeStations { id } }')}`, {
      method: 'GET',
      headers: { ...auth, 'apollo-require-preflight': 'true' },
    });
    expect(get.status).toBe(200);
    expect(get.json.data.policeStations.length).toBeGreaterThan(0);
  });

  it('refuses a batched array of operations with 400, running none of them', async () => {
    const one = { query: RECORD_TALK_EVENT, variables: { input } };
    const response = await raw(stack.gateway.url, { headers: { ...auth, 'content-type': 'application/json' }, body: JSON.stringify([one, one, one]) });
    expectRefusal(response, 400);
    expect(response.text).toMatch(/batch/i);
    await expectNothingWritten();
  });

  it.each(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x'])(
    'refuses a simple POST (%s) with 400: a cross-site form cannot write',
    async (type) => {
      const response = await raw(stack.gateway.url, { headers: { ...auth, 'content-type': type }, body: mutationBody() });
      expectRefusal(response, 400);
      await expectNothingWritten();
    },
  );

  it('refuses a POST without a content type with 400', async () => {
    const response = await raw(stack.gateway.url, { headers: auth, body: Buffer.from(mutationBody()) });
    expect(response.status).toBe(400);
    await expectNothingWritten();
  });

  it('refuses a GET without a preflight header with 400 (a cross-site <img> or link cannot query)', async () => {
    const response = await raw(`${stack.gateway.url}?query=${encodeURIComponent('{ policeStations { id } }')}`, { method: 'GET', headers: auth });
    expectRefusal(response, 400);
    expect(response.text).toMatch(/preflight|csrf/i);
  });

  it('refuses a mutation over GET with 405, even with a preflight header', async () => {
    const search = `?query=${encodeURIComponent(RECORD_TALK_EVENT)}&variables=${encodeURIComponent(JSON.stringify({ input }))}`;
    const response = await raw(`${stack.gateway.url}${search}`, { method: 'GET', headers: { ...auth, 'apollo-require-preflight': 'true' } });
    expectRefusal(response, 405);
    await expectNothingWritten();
  });

  it('refuses a body larger than MAX_REQUEST_BYTES with 413, before reading it', async () => {
    const huge = JSON.stringify({ query: RECORD_TALK_EVENT, variables: { input: { ...input, topic: 'x'.repeat(1_100_000) } } });
    const response = await raw(stack.gateway.url, { headers: { ...auth, 'content-type': 'application/json' }, body: huge });
    expectRefusal(response, 413);
    await expectNothingWritten();
  });

  it('refuses an oversized body sent in chunks without a Content-Length with 413', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const request = http.request(stack.gateway.url, { method: 'POST', headers: { ...auth, 'content-type': 'application/json', 'transfer-encoding': 'chunked' } }, (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      });
      request.on('error', reject);
      // A valid body whose topic is 1.3 MB: only the size is wrong.
      const { topic: _topic, ...rest } = input;
      request.write(`${JSON.stringify({ query: RECORD_TALK_EVENT, variables: { input: rest } }).slice(0, -3)},"topic":"`);
      const chunk = 'x'.repeat(64 * 1024);
      for (let sent = 0; sent < 1_300_000; sent += chunk.length) request.write(chunk);
      request.end('"}}}');
    });
    expect(status).toBe(413);
    await expectNothingWritten();
  });

  it('accepts the same write once it is small and well formed, with exactly one audit entry (the control)', async () => {
    const response = await raw(stack.gateway.url, { headers: { ...auth, 'content-type': 'application/json' }, body: mutationBody() });
    expect(response.status).toBe(200);
    expect(response.json.errors).toBeUndefined();
    const after = await snapshot(stack);
    expect(after.talkEvents).toBe(before.talkEvents + 1);
    expect(after.audit).toEqual({ ...before.audit, 'public-security': before.audit['public-security'] + 1 });
  });
});
