import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';
import { mintDevelopmentToken } from '@governance/kit/auth';
import { probeOk } from '@governance/kit/http';
import { cliLogger, prettyLine } from './cli-log';
import { parseCommandLine, Refusal, runCommand } from './command-line';
import { CASE_WORKER_TOKEN_COMMAND, DEVELOPMENT_ANALYST, DEVELOPMENT_ANALYST_DESCRIPTION } from './development-analyst';
import { planPlatform, type PlatformPlan, type ServicePlan } from './platform-config';
import { fetchRefusesPort, portProblems } from './platform-ports';

/**
 * `npm start`: every agency's subgraph and the gateway, one process each, as
 * they run in production. Their JSON log lines go to stdout as they come, or
 * human-readable when stdout is a terminal.
 *
 * Each service runs in a process group of its own, so that Ctrl-C in a
 * terminal reaches this launcher alone: it stops the gateway first, then the
 * subgraphs, each finishing its in-flight requests. A service whose launcher
 * dies stops by itself (exit-with-parent.js).
 */
const USAGE = 'npm start   (every agency and the gateway; the variables in README, Configuration, and .env move ports and databases)';
const EXIT_WITH_PARENT = path.join(__dirname, 'exit-with-parent.js');
const PROBE_TIMEOUT_MS = 2_000;

const log = cliLogger('platform');
const children = new Map<string, ChildProcess>();
let stopping: Promise<void> | undefined;

function launch(service: ServicePlan, relay: (service: string, line: string) => void, onExit: () => void): void {
  const child = spawn(process.execPath, ['--require', EXIT_WITH_PARENT, ...service.nodeArgs, service.entry], {
    env: service.env,
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    detached: true,
  });
  for (const stream of [child.stdout!, child.stderr!]) readline.createInterface({ input: stream }).on('line', (line) => relay(service.name, line));
  child.on('exit', (code, signal) => {
    children.delete(service.name);
    if (stopping === undefined) {
      log.error({ exited: service.name, code, signal }, 'a service exited; stopping the platform');
      onExit();
    }
  });
  children.set(service.name, child);
}

/** Polls over node:http: Node's fetch refuses some ports a service may use (GATEWAY_PORT=6000). */
async function waitUntilReady(plan: PlatformPlan, service: ServicePlan, route: string): Promise<void> {
  const deadline = Date.now() + plan.readyTimeoutMs;
  const url = new URL(`http://127.0.0.1:${service.port}${route}`);
  while (Date.now() < deadline) {
    if (stopping !== undefined || (await probeOk(url, PROBE_TIMEOUT_MS))) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${service.name} was not ready within ${plan.readyTimeoutMs} ms`);
}

function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((resolve) => child.once('exit', () => resolve()));
}

/** The gateway first, so that no request reaches a subgraph that is going away; then every subgraph. Once, however often it is asked. */
function stopAll(exitCode: number): Promise<void> {
  stopping ??= (async () => {
    const gateway = children.get('gateway');
    if (gateway !== undefined) {
      log.info('stopping the gateway, then the subgraphs');
      gateway.kill('SIGTERM');
      await exited(gateway);
    }
    const rest = [...children.values()];
    for (const child of rest) child.kill('SIGTERM');
    await Promise.all(rest.map(exited));
    log.flush(() => process.exit(exitCode));
  })();
  return stopping;
}

async function main(argv: readonly string[]): Promise<void> {
  parseCommandLine(argv, { options: {} });
  const plan = planPlatform();
  const problems = await portProblems(plan);
  if (problems.length > 0) throw new Refusal(`nothing started:\n${problems.map((problem) => `  ${problem}`).join('\n')}`, 1);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => void stopAll(0));

  const relay = outputRelay();
  const onExit = () => void stopAll(1);
  for (const subgraph of plan.subgraphs) launch(subgraph, relay, onExit);
  await Promise.all(plan.subgraphs.map((subgraph) => waitUntilReady(plan, subgraph, '/ready')));
  const token = await playgroundToken(plan.gateway.env);
  launch(token === undefined ? plan.gateway : { ...plan.gateway, env: { ...plan.gateway.env, PLAYGROUND_TOKEN: token.token } }, relay, onExit);
  await waitUntilReady(plan, plan.gateway, '/health');
  if (stopping === undefined) process.stdout.write(banner(plan, token, await fetchRefusesPort(plan.gateway.port)));
}

/** What `npm start` tells the person who ran it: where everything is, and a token to try it with. */
function banner(plan: PlatformPlan, token: PlaygroundToken | undefined, browsersRefuse: boolean): string {
  const gateway = `http://localhost:${plan.gateway.port}`;
  const lines = [
    '',
    `The platform is up. GraphQL gateway: ${gateway}/graphql`,
    // Both pages are served by the gateway from its own files: they work without internet access.
    `  playground (GraphiQL)  ${gateway}/graphql  (open it in a browser)`,
    `  dashboard              ${gateway}/dashboard`,
    ...(browsersRefuse ? [`  (browsers refuse port ${plan.gateway.port}: curl works; for the pages, choose another GATEWAY_PORT)`] : []),
    ...plan.subgraphs.map((subgraph) => `  ${subgraph.name.padEnd(22)} http://localhost:${subgraph.port}/graphql`),
    ...(token === undefined
      ? []
      : [
          '',
          `${token.whose}, already filled in on both pages:`,
          `  ${token.token}`,
          `A case worker's token (read,pii:read): ${CASE_WORKER_TOKEN_COMMAND}`,
          '  its requests see personal data when they state a purpose the community committees registered (x-purpose: resident-services);',
          "  another agency's token needs a purpose its agreement covers (communityCommitteesDataSharing).",
          `A person's data access report: ${gateway}/dashboard/access-report`,
          "Other tokens, a resident's included: npm run token -- --help",
        ]),
    'Press Ctrl-C to stop.',
    '',
  ];
  return `${lines.join('\n')}\n`;
}

/**
 * Passes each service's lines to stdout: JSON as it came (every line names
 * its service) when stdout is a pipe or file, for a log shipper or jq;
 * human-readable in a terminal. A line that is not JSON (Node's own output
 * when a process dies) is wrapped as an error line of its service.
 */
function outputRelay(): (service: string, line: string) => void {
  const pretty = process.stdout.isTTY ? prettyLine() : undefined;
  return (service, line) => {
    const json = line.startsWith('{') ? line : JSON.stringify({ level: 'error', time: new Date().toISOString(), service, msg: line });
    process.stdout.write(pretty === undefined ? `${json}\n` : pretty(json));
  };
}

/**
 * A development token for the playground and dashboard, signed with the same
 * secret the services verify with. Production has no such token: people sign
 * in with the agencies' identity provider.
 */
async function playgroundToken(env: Readonly<Record<string, string>>): Promise<PlaygroundToken | undefined> {
  if (env.DEPLOYMENT_ENV === 'production' || env.JWKS_FILE || env.JWKS_URL) return undefined;
  if (env.PLAYGROUND_TOKEN) return { token: env.PLAYGROUND_TOKEN, whose: 'The token PLAYGROUND_TOKEN gives' };
  const token = await mintDevelopmentToken({ ...DEVELOPMENT_ANALYST, ...(env.JWT_SECRET ? { secret: env.JWT_SECRET } : {}) });
  return { token, whose: `An analyst's token (${DEVELOPMENT_ANALYST_DESCRIPTION}; ${DEVELOPMENT_ANALYST.expiresIn})` };
}

interface PlaygroundToken {
  readonly token: string;
  /** Whose it is, as the banner says. */
  readonly whose: string;
}

runCommand('start', USAGE, main, (error) => {
  log.error({ reason: error instanceof Error ? error.message : String(error) }, 'the platform did not start');
  void stopAll(1);
  return 1;
});
