import { spawn, type ChildProcess } from 'node:child_process';
import readline from 'node:readline';
import { mintDevelopmentToken } from '@governance/kit/auth';
import { cliLogger, prettyLine } from './cli-log';
import { planPlatform, type ServicePlan } from './platform-config';

/**
 * `npm start`: every agency's subgraph and the gateway, one process each, as
 * they run in production. Their JSON log lines go to stdout as they come, or
 * human-readable when stdout is a terminal. Ctrl-C stops the gateway first,
 * then the subgraphs, each finishing its in-flight requests.
 */
const plan = planPlatform();
const log = cliLogger('platform');
const relay = outputRelay();
const children = new Map<string, ChildProcess>();
let stopping = false;

function launch(service: ServicePlan): ChildProcess {
  const child = spawn(process.execPath, [...service.nodeArgs, service.entry], { env: service.env, stdio: ['ignore', 'pipe', 'pipe'] });
  for (const stream of [child.stdout, child.stderr]) {
    readline.createInterface({ input: stream }).on('line', (line) => relay(service.name, line));
  }
  child.on('exit', (code, signal) => {
    children.delete(service.name);
    if (!stopping) {
      log.error({ exited: service.name, code, signal }, 'a service exited; stopping the platform');
      void stopAll(1);
    }
  });
  children.set(service.name, child);
  return child;
}

async function waitUntilReady(service: ServicePlan, path: string): Promise<void> {
  const deadline = Date.now() + plan.readyTimeoutMs;
  while (Date.now() < deadline) {
    if (stopping) return;
    try {
      if ((await fetch(`http://127.0.0.1:${service.port}${path}`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${service.name} was not ready within ${plan.readyTimeoutMs} ms`);
}

function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((resolve) => child.once('exit', () => resolve()));
}

async function stopAll(exitCode: number): Promise<void> {
  stopping = true;
  const gateway = children.get('gateway');
  if (gateway) {
    gateway.kill('SIGTERM');
    await exited(gateway);
  }
  const rest = [...children.values()];
  for (const child of rest) child.kill('SIGTERM');
  await Promise.all(rest.map(exited));
  process.exit(exitCode);
}

process.on('SIGINT', () => void stopAll(0));
process.on('SIGTERM', () => void stopAll(0));

async function main(): Promise<void> {
  plan.subgraphs.forEach(launch);
  await Promise.all(plan.subgraphs.map((subgraph) => waitUntilReady(subgraph, '/ready')));
  const token = await analystToken(plan.gateway.env);
  launch(token === undefined ? plan.gateway : { ...plan.gateway, env: { ...plan.gateway.env, PLAYGROUND_TOKEN: token } });
  await waitUntilReady(plan.gateway, '/health');
  process.stdout.write(banner(token));
}

/** What `npm start` tells the person who ran it: where everything is, and a token to try it with. */
function banner(token: string | undefined): string {
  const gateway = `http://localhost:${plan.gateway.port}`;
  const lines = [
    '',
    `The platform is up. GraphQL gateway: ${gateway}/graphql`,
    // Both pages are served by the gateway from its own files: they work without internet access.
    `  playground (GraphiQL)  ${gateway}/graphql  (open it in a browser)`,
    `  dashboard              ${gateway}/dashboard`,
    ...plan.subgraphs.map((subgraph) => `  ${subgraph.name.padEnd(22)} http://localhost:${subgraph.port}/graphql`),
    ...(token === undefined
      ? []
      : [
          '',
          'An analyst token (community-committees, scopes read,pii:read, 8 hours), already filled in on both pages:',
          `  ${token}`,
          'Personal data stays masked until a request states a registered purpose (x-purpose: resident-services, for this token\'s agency);',
          'another agency\'s token needs a purpose its agreement covers (communityCommitteesDataSharing). Other tokens, a resident\'s included: npm run token -- --help',
          `A person's data access report: ${gateway}/dashboard/access-report`,
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
async function analystToken(env: Readonly<Record<string, string>>): Promise<string | undefined> {
  if (env.DEPLOYMENT_ENV === 'production' || env.JWKS_FILE || env.JWKS_URL) return undefined;
  if (env.PLAYGROUND_TOKEN) return env.PLAYGROUND_TOKEN;
  return mintDevelopmentToken({ agency: 'community-committees', scopes: ['read', 'pii:read'], subject: 'analyst', ...(env.JWT_SECRET ? { secret: env.JWT_SECRET } : {}) });
}

main().catch((error: unknown) => {
  log.error({ reason: error instanceof Error ? error.message : String(error) }, 'the platform did not start');
  void stopAll(1);
});
