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
}

export interface LoadSummary {
  readonly requests: number;
  readonly rps: number;
  readonly p50: number;
  readonly p99: number;
  readonly errors: number;
  readonly non2xx: number;
  readonly timeouts: number;
  readonly bytesPerRequest: number;
  readonly elapsedSeconds: number;
}

async function main(): Promise<void> {
  const settings = JSON.parse(process.argv[2] ?? '{}') as LoadSettings;
  const result = await autocannon({
    url: settings.url,
    method: 'POST',
    body: settings.body,
    headers: { ...settings.headers, 'content-type': 'application/json' },
    connections: settings.connections,
    duration: settings.durationSeconds,
    ...(settings.overallRate === undefined ? {} : { overallRate: settings.overallRate }),
    timeout: 30,
  });
  const summary: LoadSummary = {
    requests: result.requests.total,
    rps: result.requests.total / Math.max(result.duration, 0.001),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors,
    non2xx: result.non2xx,
    timeouts: result.timeouts,
    bytesPerRequest: result.requests.total === 0 ? 0 : result.throughput.total / result.requests.total,
    elapsedSeconds: result.duration,
  };
  process.stdout.write(`${JSON.stringify(summary)}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
