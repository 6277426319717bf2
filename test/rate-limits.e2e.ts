import { startStack, type Stack } from './support/stack';
import { headersFor, type Caller } from '@governance/testkit/tokens';

const QUERY = JSON.stringify({ query: '{ policeStations { id } }' });
const METRICS_TOKEN = 'metrics-token-for-the-rate-limit-test';
const clerk = (agency: Caller['agency'], subject: string): Caller => ({ agency, subject, scopes: ['read'] });

/** Per-subject and per-agency limits at the gateway: 429 with Retry-After once a window's requests are spent. */
describe('rate limits', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ gatewayEnv: { RATE_LIMIT_PER_SUBJECT: '3', RATE_LIMIT_PER_AGENCY: '5', RATE_LIMIT_WINDOW_SECONDS: '600', METRICS_TOKEN } });
  });
  afterAll(() => stack.stop());

  async function send(caller: Caller): Promise<Response> {
    return fetch(stack.gateway.url, { method: 'POST', headers: { 'content-type': 'application/json', ...(await headersFor(caller)) }, body: QUERY });
  }

  it('refuses a subject past its limit, then the agency past its own, and no one else', async () => {
    const first = clerk('public-security', 'officer-1');
    for (let i = 0; i < 3; i += 1) expect((await send(first)).status).toBe(200);
    const refused = await send(first);
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(600);
    const body = (await refused.json()) as { data?: unknown; errors: Array<{ message: string; extensions: Record<string, unknown> }> };
    expect(body.data ?? null).toBeNull();
    expect(body.errors[0].extensions.code).toBe('RATE_LIMITED');
    expect(body.errors[0].message).toMatch(/this token's subject may send 3 requests per 600 s; retry in \d+ s/);

    // A colleague has requests left, until the agency's five are spent (three by officer-1, two by officer-2).
    const second = clerk('public-security', 'officer-2');
    for (let i = 0; i < 2; i += 1) expect((await send(second)).status).toBe(200);
    const agencyRefusal = await send(second);
    expect(agencyRefusal.status).toBe(429);
    expect(((await agencyRefusal.json()) as { errors: Array<{ message: string }> }).errors[0].message).toMatch(/this agency's tokens together may send 5 requests per 600 s/);

    // Another agency counts on its own.
    expect((await send(clerk('commerce-bureau', 'clerk-1'))).status).toBe(200);
  });

  it("counts the refusals in the gateway's metrics", async () => {
    const metrics = await fetch(`${new URL(stack.gateway.url).origin}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    expect(metrics.status).toBe(200);
    const text = await metrics.text();
    expect(text).toMatch(/rate_limited_requests_total\{limit="subject",service="gateway"\} 1/);
    expect(text).toMatch(/rate_limited_requests_total\{limit="agency",service="gateway"\} 1/);
    expect(text).toMatch(/graphql_requests_total\{operation="anonymous",outcome="refused",service="gateway"\} 2/);
  });

  it('keeps /metrics closed without the token', async () => {
    expect((await fetch(`${new URL(stack.gateway.url).origin}/metrics`)).status).toBe(401);
    expect((await fetch(`${new URL(stack.gateway.url).origin}/metrics`, { headers: { authorization: 'Bearer wrong-token-of-some-length' } })).status).toBe(401);
  });
});
