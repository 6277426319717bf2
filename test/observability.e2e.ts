import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SUBGRAPHS as SUBGRAPH_LIST } from '@governance/gateway/subgraph-list';
import { subgraphVariable } from '@governance/kit/env';
import { startLauncher } from './support/launcher';
import { startOtlpReceiver, type OtlpReceiver } from './observability/otlp-receiver';
import { PROMETHEUS, startPrometheus, type RunningPrometheus } from './observability/prometheus';
import { headersFor, entitled } from '@governance/testkit/tokens';

const SUBGRAPHS = SUBGRAPH_LIST.map(({ name }) => name);
const METRICS_TOKEN = 'metrics-token-for-the-observability-test';

/** One question across three agencies: the community (committees), its police station (public security), its enterprises (commerce bureau). */
const FOLLOWED = `query FollowedAcrossAgencies {
  community(code: "320506003001") { name policeStation { name } enterprises(first: 3) { totalCount nodes { name } } }
}`;
const TOUCHED = ['community-committees', 'public-security', 'commerce-bureau'];

/**
 * The platform as `npm start` runs it (five processes, JSON lines on a
 * piped stdout), with tracing sent to an OTLP receiver of the test's own and
 * metrics scraped by a real Prometheus: one request can be followed by its
 * request id through the logs of the gateway and every subgraph it called,
 * arrives as one trace across them, and shows in Prometheus's series.
 */
describe('following one request through logs, traces and metrics', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'governance-observability-'));
  let output: string[] = [];
  let launcher: ChildProcess;
  let receiver: OtlpReceiver;
  let ports: { gateway: number; gatewayMetrics: number; subgraphs: number[] };
  let requestId: string;

  beforeAll(async () => {
    receiver = await startOtlpReceiver();
    const names = ['gateway', 'gatewayMetrics', ...SUBGRAPHS];
    const started = await startLauncher(names, (chosen) => ({
      PATH: process.env.PATH ?? '',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'info',
      GATEWAY_PORT: String(chosen.gateway),
      ...Object.fromEntries(SUBGRAPHS.map((name) => [subgraphVariable(name, 'PORT'), String(chosen[name])])),
      // The gateway's /metrics on a port of its own (with the token too), the subgraphs' behind the token on their own ports.
      GATEWAY_METRICS_PORT: String(chosen.gatewayMetrics),
      METRICS_TOKEN,
      OTEL_EXPORTER_OTLP_ENDPOINT: receiver.endpoint,
      OTEL_BSP_SCHEDULE_DELAY: '200',
    }));
    launcher = started.launcher;
    output = started.output;
    ports = { gateway: started.ports.gateway, gatewayMetrics: started.ports.gatewayMetrics, subgraphs: SUBGRAPHS.map((name) => started.ports[name]) };
    const response = await fetch(`http://127.0.0.1:${ports.gateway}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(await headersFor(entitled('community-committees'))) },
      body: JSON.stringify({ query: FOLLOWED }),
    });
    const body = (await response.json()) as { data: { community: { name: string; policeStation: unknown; enterprises: { totalCount: number } } } };
    expect(body.data.community.name).toBe('洪庄社区');
    requestId = response.headers.get('x-request-id')!;
  });

  afterAll(async () => {
    if (launcher !== undefined && launcher.exitCode === null) {
      const exited = new Promise((resolve) => launcher.once('exit', resolve));
      launcher.kill('SIGINT');
      await exited;
    }
    await receiver.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  /** Every JSON line the platform wrote so far. */
  const logLines = () =>
    output
      .join('')
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as Record<string, unknown>);

  it('finds the request by its id in the access lines of the gateway and of every subgraph it called', async () => {
    const lines = await eventually(() => {
      const access = logLines().filter((line) => line.requestId === requestId && line.msg === 'request');
      return access.length === TOUCHED.length + 1 ? access : undefined;
    });
    const gateway = lines.find((line) => line.service === 'gateway')!;
    expect(gateway).toMatchObject({ status: 200, agency: 'community-committees', operationName: 'FollowedAcrossAgencies', errorCodes: [] });
    expect(gateway.documentHash).toMatch(/^[0-9a-f]{64}$/);
    const subgraphLines = lines.filter((line) => line.service !== 'gateway');
    expect(subgraphLines.map((line) => line.service).sort()).toEqual([...TOUCHED].sort());
    expect(gateway.subgraphFetches).toBe(subgraphLines.length);
    for (const line of subgraphLines) {
      // Each agency saw the client's operation and document, not the planner's, and counted the SQL it ran for it.
      expect(line).toMatchObject({ status: 200, operationName: 'FollowedAcrossAgencies', documentHash: gateway.documentHash, agency: 'community-committees' });
      expect(line.sqlStatements).toBeGreaterThan(0);
    }
  });

  it('receives the request as one trace across the gateway and each subgraph it called', async () => {
    const spans = await eventually(() => {
      const root = receiver.spans.find((span) => span.service === 'gateway' && span.attributes['request.id'] === requestId);
      if (root === undefined) return undefined;
      const trace = receiver.spans.filter((span) => span.traceId === root.traceId);
      const services = new Set(trace.map((span) => span.service));
      return TOUCHED.every((name) => services.has(name)) && trace.some((span) => span.name === 'SELECT') ? trace : undefined;
    });
    const ids = new Set(spans.map((span) => span.spanId));
    const roots = spans.filter((span) => span.parentSpanId === undefined || !ids.has(span.parentSpanId));
    expect(roots.map((span) => `${span.service} ${span.name}`)).toEqual(['gateway POST /graphql']);
    expect(spans.some((span) => span.scope === 'governance/gateway' && span.name === 'gateway.fetch')).toBe(true);
    for (const service of TOUCHED) {
      const server = spans.find((span) => span.service === service && span.name === 'POST /graphql')!;
      expect(server.attributes['request.id']).toBe(requestId);
      // The subgraph's server span hangs under a gateway span: traceparent crossed the HTTP call.
      expect(spans.find((span) => span.spanId === server.parentSpanId)?.service).toBe('gateway');
      expect(spans.some((span) => span.service === service && span.name === 'graphql.execute')).toBe(true);
    }
    expect(spans.filter((span) => span.name === 'SELECT').every((span) => TOUCHED.includes(span.service))).toBe(true);
  });

  describe('in a real Prometheus', () => {
    const installed = fs.existsSync(PROMETHEUS);
    if (!installed && !process.env.CI) {
      const message = "The Prometheus test needs Debian's prometheus: apt-get install -y prometheus";
      process.stderr.write(
        `\n${'!'.repeat(message.length + 4)}\n! ${message} !\n! Prometheus test SKIPPED${' '.repeat(message.length - 24)} !\n${'!'.repeat(message.length + 4)}\n\n`,
      );
    }
    const test = installed || process.env.CI ? it : it.skip;
    let prometheus: RunningPrometheus | undefined;
    afterAll(() => prometheus?.stop());

    test('scrapes every service and shows the request, the subgraph calls, SQL and the process', async () => {
      expect(fs.existsSync(PROMETHEUS)).toBe(true); // in CI a missing binary fails here
      prometheus = await startPrometheus([
        { name: 'gateway', targets: [`127.0.0.1:${ports.gatewayMetrics}`], token: METRICS_TOKEN },
        { name: 'subgraphs', targets: ports.subgraphs.map((port) => `127.0.0.1:${port}`), token: METRICS_TOKEN },
      ]);
      const query = prometheus.query.bind(prometheus);
      const up = await eventually(async () => {
        const targets = await query('up == 1');
        return targets.length === SUBGRAPHS.length + 1 ? targets : undefined;
      });
      expect(up.map((target) => target.metric.job).sort()).toEqual(['gateway', ...SUBGRAPHS.map(() => 'subgraphs')]);
      const requests = await eventually(async () => {
        const series = await query('sum by (service) (graphql_requests_total{operation="FollowedAcrossAgencies",outcome="ok"})');
        return series.length === TOUCHED.length + 1 ? series : undefined;
      });
      expect(requests.map((series) => series.metric.service).sort()).toEqual(['gateway', ...TOUCHED].sort());
      expect(requests.every((series) => series.value >= 1)).toBe(true);
      const fetches = await query('sum by (subgraph) (subgraph_fetch_duration_seconds_count{service="gateway"})');
      expect(fetches.map((series) => series.metric.subgraph).sort()).toEqual([...TOUCHED].sort());
      expect(await query('graphql_request_duration_seconds_bucket{service="gateway",operation="FollowedAcrossAgencies",le="+Inf"}')).toHaveLength(1);
      const sql = await query('sum by (service) (sql_statements_total{outcome="ok"})');
      expect(sql.map((series) => series.metric.service).sort()).toEqual([...SUBGRAPHS].sort());
      expect(await query('sql_statement_duration_seconds_count{service="commerce-bureau"} > 0')).toHaveLength(1);
      expect(await query('graphql_requests_in_flight')).toHaveLength(SUBGRAPHS.length + 1);
      expect(await query('process_resident_memory_bytes')).toHaveLength(SUBGRAPHS.length + 1);
    });
  });
});

/** Polls until `probe` returns something (spans are batched, scrapes come every second), for up to 30 s. */
async function eventually<T>(probe: () => T | undefined | Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('gave up waiting after 30 s');
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
