import { postQuery, startTinyService, type TinyService } from './support/tiny-service';

interface Rejection {
  readonly rejected: unknown;
}

/** What a fetch settles to: its Response, or the reason it rejected. (fetch's errors come from another realm than jest's `Error`.) */
function settled(request: Promise<Response>): Promise<Response | Rejection> {
  return request.then(
    (response) => response,
    (rejected: unknown) => ({ rejected }),
  );
}

/** The system error code under a rejected fetch ("fetch failed" wraps the socket's error as its cause). */
function causeCode(outcome: Response | Rejection): string | undefined {
  if (outcome instanceof Response) return undefined;
  const cause = (outcome.rejected as { cause?: { code?: unknown } } | undefined)?.cause;
  return typeof cause?.code === 'string' ? cause.code : undefined;
}

describe('serveGraphQL graceful shutdown', () => {
  let tiny: TinyService;
  beforeEach(async () => {
    tiny = await startTinyService();
  });
  afterEach(() => tiny.stop());

  it('refuses new connections at once but lets an in-flight request finish', async () => {
    const first = postQuery(tiny.service.url, '{ slow }');
    await tiny.entered.promise;

    let closed = false;
    const closing = tiny.service.close(5_000).then(() => {
      closed = true;
    });

    const second = await settled(fetch(`http://127.0.0.1:${tiny.service.port}/health`));
    expect(causeCode(second)).toBe('ECONNREFUSED');
    expect(closed).toBe(false);

    const releasedAt = Date.now();
    tiny.release.resolve('done');
    const response = await first;
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { slow: 'done' } });

    await closing;
    expect(closed).toBe(true);
    // The finished request's keep-alive socket is swept, not waited out until the grace period ends.
    expect(Date.now() - releasedAt).toBeLessThan(2_000);
  });

  it('closes at once when nothing is in flight, even with idle keep-alive connections', async () => {
    const response = await postQuery(tiny.service.url, '{ hello }');
    expect(await response.json()).toEqual({ data: { hello: 'world' } });
    const started = Date.now();
    await tiny.service.close(5_000);
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('cuts a request still running when the grace period ends', async () => {
    const first = settled(postQuery(tiny.service.url, '{ slow }'));
    await tiny.entered.promise;
    const started = Date.now();
    await tiny.service.close(100);
    const elapsed = Date.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(90);
    expect(elapsed).toBeLessThan(2_000);
    const outcome = await first;
    expect(outcome).not.toBeInstanceOf(Response);
    expect(outcome).toHaveProperty('rejected');
  });
});
