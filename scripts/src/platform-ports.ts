import net from 'node:net';
import type { PlatformPlan, ServicePlan } from './platform-config';

/** One port a service of the platform will listen on, and the variable that moves it. */
interface PortClaim {
  readonly service: string;
  readonly what: 'port' | 'metrics port';
  readonly host: string;
  readonly port: number;
  readonly variable: string;
}

function claimsOf(service: ServicePlan): PortClaim[] {
  const own: PortClaim = { service: service.name, what: 'port', host: service.host, port: service.port, variable: service.portVariable };
  // Metrics port 0 takes any free port: nothing to check.
  const metrics = service.metrics !== undefined && service.metrics.port !== 0 ? [{ service: service.name, what: 'metrics port' as const, ...service.metrics }] : [];
  return [own, ...metrics];
}

const label = (claim: PortClaim) => `${claim.service}${claim.what === 'port' ? '' : `'s ${claim.what}`}`;

/** Whether a server could listen on host:port now: undefined when it could, else the reason it could not. */
function listenError(host: string, port: number): Promise<NodeJS.ErrnoException | undefined> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', (error: NodeJS.ErrnoException) => resolve(error));
    server.listen({ host, port, exclusive: true }, () => server.close(() => resolve(undefined)));
  });
}

/**
 * Node's fetch refuses the ports browsers block (the Fetch standard's "bad
 * ports": 6000, 6665-6669, ...) before connecting. The agencies check each
 * other's records with fetch, and browsers will not open the pages there.
 */
export async function fetchRefusesPort(port: number): Promise<boolean> {
  // Asked only of a port nothing listens on: a port fetch accepts fails at once with ECONNREFUSED.
  try {
    await fetch(`http://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(2_000) });
    return false;
  } catch (error) {
    return error instanceof Error && error.cause instanceof Error && error.cause.message === 'bad port';
  }
}

/** A port near `port` that is free now and claimed by no service, to suggest. */
async function freePortNear(port: number, claimed: ReadonlySet<number>, host: string): Promise<number | undefined> {
  for (let candidate = port + 100; candidate <= 65_535; candidate += 100) {
    if (!claimed.has(candidate) && (await listenError(host, candidate)) === undefined && !(await fetchRefusesPort(candidate))) return candidate;
  }
  return undefined;
}

/**
 * Every problem with the ports `npm start` is about to use, before anything
 * starts: a port given to two services, a port another process holds (with
 * the variable that moves the service, and a port that is free now), a
 * port the service may not open, and a subgraph port that Node's fetch
 * refuses. Empty when all is well.
 */
export async function portProblems(plan: PlatformPlan): Promise<string[]> {
  const claims = [...plan.subgraphs, plan.gateway].flatMap(claimsOf);
  const claimed = new Set(claims.map((claim) => claim.port));
  const problems: string[] = [];
  for (const [index, claim] of claims.entries()) {
    const earlier = claims.slice(0, index).find((other) => other.port === claim.port);
    if (earlier !== undefined) {
      problems.push(`port ${claim.port} is given to both ${label(earlier)} (${earlier.variable}) and ${label(claim)} (${claim.variable})`);
      continue;
    }
    const error = await listenError(claim.host, claim.port);
    if (error?.code === 'EADDRINUSE') {
      const suggestion = await freePortNear(claim.port, claimed, claim.host);
      problems.push(
        `port ${claim.port} (${label(claim)}) is in use by another process: stop it, or move ${label(claim)}${suggestion === undefined ? ` with ${claim.variable}` : `: ${claim.variable}=${suggestion} npm start`}`,
      );
    } else if (error !== undefined) {
      problems.push(`${label(claim)} cannot listen on ${claim.host}:${claim.port} (${error.code ?? error.message}): choose another with ${claim.variable}`);
    } else if (claim.service !== 'gateway' && claim.what === 'port' && (await fetchRefusesPort(claim.port))) {
      problems.push(`port ${claim.port} (${claim.service}) is one Node's fetch refuses, and the agencies call each other with fetch: choose another with ${claim.variable}`);
    }
  }
  return problems;
}
