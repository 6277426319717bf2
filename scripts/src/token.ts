import { agencyManifest, type AgencyManifest } from '@governance/kit/agencies';
import { CLIENTS, DEFAULT_MAX_TOKEN_LIFETIME_SECONDS, isAgency, isClient, isScope, mintDevelopmentToken, readMaxTokenLifetime, type Agency, type Client, type Scope } from '@governance/kit/auth';
import { EnvReader } from '@governance/kit/env';
import { lastValue, parseCommandLine, runCommand, UsageError } from './command-line';

/**
 * `npm run token -- --agency commerce-bureau --scopes read,pii:read [--subject name] [--expires 8h] [--client dashboard]`:
 * prints a development token (HS256, signed with JWT_SECRET or the development
 * secret every service uses when none is set). Production tokens come from
 * the agencies' identity provider instead.
 */
export interface TokenArguments {
  readonly agency: Agency;
  readonly scopes: Scope[];
  readonly subject?: string;
  readonly expiresIn: string;
  /** `dashboard`: a token that may run only the trusted documents in production. */
  readonly client?: Client;
}

const SECONDS: Readonly<Record<string, number>> = { s: 1, m: 60, h: 3_600, d: 86_400 };

export interface TokenLimits {
  /** The agencies a token may be minted for. */
  readonly manifest?: AgencyManifest;
  /** What the services accept (JWT_MAX_LIFETIME_SECONDS): a longer token would be refused by every one of them, so it is not minted. */
  readonly maxLifetimeSeconds?: number;
}

export function parseTokenArguments(argv: readonly string[], limits: TokenLimits = {}): TokenArguments {
  const manifest = limits.manifest ?? agencyManifest();
  const maxLifetimeSeconds = limits.maxLifetimeSeconds ?? DEFAULT_MAX_TOKEN_LIFETIME_SECONDS;
  const line = parseCommandLine(argv, { options: { '--agency': { value: true }, '--scopes': { value: true }, '--subject': { value: true }, '--expires': { value: true }, '--client': { value: true } } });
  const agency = lastValue(line, '--agency');
  const scopes = lastValue(line, '--scopes') ?? 'read';
  const subject = lastValue(line, '--subject');
  const expiresIn = lastValue(line, '--expires') ?? '8h';
  const client = lastValue(line, '--client');
  if (!isAgency(agency, manifest)) throw new UsageError(`--agency must be one of ${agencyNames(manifest)}`);
  const list = scopes.split(',').map((scope) => scope.trim()).filter((scope) => scope !== '');
  const unknown = list.filter((scope) => !isScope(scope));
  if (unknown.length > 0) throw new UsageError(`unknown scope ${unknown.join(', ')} (read, pii:read, write, audit:read)`);
  const lifetime = /^(\d+)([smhd])$/.exec(expiresIn);
  if (!lifetime) throw new UsageError('--expires must look like 30m, 8h or 12h');
  if (Number(lifetime[1]) * SECONDS[lifetime[2]] > maxLifetimeSeconds) throw new UsageError(`--expires ${expiresIn} is longer than the ${maxLifetimeSeconds} s the services accept (JWT_MAX_LIFETIME_SECONDS)`);
  if (client !== undefined && !isClient(client)) throw new UsageError(`--client must be ${CLIENTS.join(' or ')}`);
  return { agency, scopes: list as Scope[], subject, expiresIn, ...(client === undefined ? {} : { client }) };
}

const agencyNames = (manifest: AgencyManifest, separator = ', ') => manifest.agencies.map((entry) => entry.name).join(separator);

const USAGE = `npm run token -- --agency <${agencyNames(agencyManifest(), '|')}> [--scopes read,pii:read,write,audit:read] [--subject name] [--expires 8h] [--client ${CLIENTS.join('|')}]`;

async function main(argv: readonly string[]): Promise<void> {
  const read = new EnvReader(process.env);
  const args = parseTokenArguments(argv, { maxLifetimeSeconds: readMaxTokenLifetime(read) });
  const secret = read.optionalString('JWT_SECRET');
  read.finish('npm run token', {});
  process.stdout.write(`${await mintDevelopmentToken({ ...args, ...(secret === undefined ? {} : { secret }) })}\n`);
}

if (require.main === module) {
  runCommand('token', USAGE, main, (error) => {
    // A configuration problem (JWT_SECRET too short ...): said plainly on stderr, as a command-line tool does, not as a log line.
    process.stderr.write(`token: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  });
}
