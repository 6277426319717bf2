import autocannon from 'autocannon';

/**
 * The load generator, in a process of its own so that the benchmark can pin
 * it to a core (taskset) and its CPU never counts against the services.
 * Reads one run's settings as JSON from argv[2], prints the summary as JSON.
 */
export interface LoadSettings {
  readonly url: string;
  readonly body: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly connections: number;
  readonly durationSeconds: number;
  /** Requests per second across all connections; absent for as fast as the target answers. */
  readonly overallRate?: number;
  /** A paced run's earliest start of its timed window, in ms from its own start (SETTLE_MS when absent). */
  readonly settleMs?: number;
}

export interface LoadSummary {
  readonly requests: number;
  /** Requests answered over the whole run (a paced run's settling included), for CPU per request. */
  readonly answered: number;
  readonly rps: number;
  readonly p50: number;
  readonly p99: number;
  readonly errors: number;
  readonly non2xx: number;
  readonly timeouts: number;
  readonly bytesPerRequest: number;
  readonly elapsedSeconds: number;
  /** A paced run's: when its timed window opened (ms since the epoch, the same clock as a target's Date.now()). */
  readonly windowOpenedAt?: number;
}

/** At most this many connections for a paced run: each sends its share of the rate once a second, at its own offset. */
const PACED_STREAMS = 100;

/** How much longer than its window a paced run's connections may run: the longest making them all may take. */
const MAX_SETTLE_SECONDS = 30;

/** A paced run's answers are timed from this long after its start at the earliest (see paced). */
const SETTLE_MS = 2_000;

/** ... and from this long after its last connection was made at the earliest: that connection's first answers. */
const AFTER_LAST_CONNECTION_MS = 250;

/** As fast as the target answers, on `connections` connections. */
async function flatOut(settings: LoadSettings): Promise<LoadSummary> {
  const result = await autocannon(options(settings, settings.connections));
  return {
    requests: result.requests.total,
    answered: result.requests.total,
    rps: result.requests.total / Math.max(result.duration, 0.001),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors,
    non2xx: result.non2xx,
    timeouts: result.timeouts,
    bytesPerRequest: result.requests.total === 0 ? 0 : result.throughput.total / result.requests.total,
    elapsedSeconds: result.duration,
  };
}

/**
 * `rate` requests a second, spread over the second. autocannon's own
 * `overallRate` gives each connection its share of a second and lets it send
 * them back to back when the second starts, so at half of peak the target
 * ran at full load for half of every second and idled for the rest: every
 * request met the queue of a full load. Here each of up to 100 connections
 * sends its share (one or two requests) once a second, the connections
 * started 1000/n ms apart, so requests arrive at an even pace.
 *
 * Latencies count in a window of `durationSeconds` that opens once every
 * connection is made (and not before SETTLE_MS): making an autocannon
 * instance blocks this process for 25-120 ms, so while the later connections
 * were still being made the earlier ones' answers waited here, unread, and
 * were timed as if the target had been slow. Against a server that answers
 * at once, p99 came out at 1.2 s (49 a second) and 2.5 s (188 a second) with
 * every response counted, the slowest all in the first 1.6 s. A fixed window
 * from 2 s on was not enough on a loaded machine, where making the
 * connections took longer: the window now waits for the last one. Every
 * connection then runs until the window closes.
 */
async function paced(settings: LoadSettings, rate: number): Promise<LoadSummary> {
  const streams = Math.min(rate, PACED_STREAMS);
  const latencies: number[] = [];
  const started = performance.now();
  const window = { from: Number.POSITIVE_INFINITY, to: Number.POSITIVE_INFINITY, openedAt: Number.NaN };
  const instances: autocannon.Instance[] = [];
  const openWindow = () => {
    const now = performance.now();
    window.from = Math.max(started + (settings.settleMs ?? SETTLE_MS), now + AFTER_LAST_CONNECTION_MS);
    window.to = window.from + settings.durationSeconds * 1000;
    window.openedAt = Date.now() + (window.from - now);
    // An instance stops at its next one-second tick, so the last answers of the window are in before it does.
    setTimeout(() => instances.forEach((instance) => instance.stop()), window.to - now);
  };
  const results = await Promise.all(
    Array.from({ length: streams }, async (_, index) => {
      await new Promise((resolve) => setTimeout(resolve, (index * 1000) / streams));
      const share = Math.floor(rate / streams) + (index < rate % streams ? 1 : 0);
      return new Promise<autocannon.Result>((resolve, reject) => {
        // Long enough for any window; stopped when the window closes.
        const runSeconds = settings.durationSeconds + MAX_SETTLE_SECONDS;
        const instance = autocannon({ ...options({ ...settings, durationSeconds: runSeconds }, 1), connectionRate: share }, (error: unknown, result: autocannon.Result) =>
          error ? reject(error) : resolve(result),
        );
        // The client comes first: autocannon's typings leave it out.
        instance.on('response', ((_client: unknown, _status: number, _bytes: number, responseTime: number) => {
          const now = performance.now();
          if (now >= window.from && now < window.to) latencies.push(responseTime);
        }) as never);
        instances.push(instance);
        if (instances.length === streams) openWindow();
      });
    }),
  );
  const elapsedSeconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (fraction: number) => latencies[Math.min(latencies.length - 1, Math.floor(fraction * latencies.length))] ?? 0;
  const sum = (pick: (result: autocannon.Result) => number) => results.reduce((total, result) => total + pick(result), 0);
  const sent = sum((result) => result.requests.total);
  return {
    requests: latencies.length,
    answered: sent,
    rps: latencies.length / settings.durationSeconds,
    p50: at(0.5),
    p99: at(0.99),
    // Errors of the whole run, settling included: a refusal counts whenever it came.
    errors: sum((result) => result.errors),
    non2xx: sum((result) => result.non2xx),
    timeouts: sum((result) => result.timeouts),
    bytesPerRequest: sent === 0 ? 0 : sum((result) => result.throughput.total) / sent,
    elapsedSeconds,
    windowOpenedAt: window.openedAt,
  };
}

function options(settings: LoadSettings, connections: number): autocannon.Options {
  return {
    url: settings.url,
    method: 'POST',
    body: settings.body,
    headers: { ...settings.headers, 'content-type': 'application/json' },
    connections,
    duration: settings.durationSeconds,
    timeout: 30,
  };
}

async function main(): Promise<void> {
  const settings = JSON.parse(process.argv[2] ?? '{}') as LoadSettings;
  const summary = settings.overallRate === undefined ? await flatOut(settings) : await paced(settings, settings.overallRate);
  process.stdout.write(`${JSON.stringify(summary)}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
