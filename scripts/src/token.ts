import { agencyManifest, type AgencyManifest } from '@governance/kit/agencies';
import {
  CLIENTS,
  DEFAULT_MAX_TOKEN_LIFETIME_SECONDS,
  isAgency,
  isClient,
  isScope,
  mintDevelopmentToken,
  mintResidentToken,
  readMaxTokenLifetime,
  type Agency,
  type Client,
  type Scope,
} from '@governance/kit/auth';
import { isPersonId } from '@governance/kit/identifiers';
import { EnvReader } from '@governance/kit/env';
import { lastValue, parseCommandLine, runCommand, UsageError } from './command-line';

/**
 * `npm run token -- --agency commerce-bureau --scopes read,pii:read [--subject name] [--expires 8h] [--client dashboard]`
 * or `npm run token -- --resident <Person.id> [--expires 1h]`: prints a
 * development token (HS256, signed with JWT_SECRET or the development secret
 * every service uses when none is set), for an agency's staff or for a
 * resident reading their own data access report. Production tokens come
 * from the identity providers instead.
 */
export type TokenArguments =
  /** `client: dashboard`: a token that may run only the trusted documents in production. */
  | { readonly kind: 'staff'; readonly agency: Agency; readonly scopes: Scope[]; readonly subject?: string; readonly expiresIn: string; readonly client?: Client }
  | { readonly kind: 'resident'; readonly person: string; readonly expiresIn: string };

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
  const line = parseCommandLine(argv, {
    options: {
      '--agency': { value: true },
      '--scopes': { value: true },
      '--subject': { value: true },
      '--resident': { value: true },
      '--expires': { value: true },
      '--client': { value: true },
    },
  });
  const agency = lastValue(line, '--agency');
  const scopes = lastValue(line, '--scopes');
  const subject = lastValue(line, '--subject');
  const resident = lastValue(line, '--resident');
  const expiresIn = lastValue(line, '--expires') ?? '8h';
  const client = lastValue(line, '--client');
  const lifetime = /^(\d+)([smhd])$/.exec(expiresIn);
  if (!lifetime) throw new UsageError('--expires must look like 30m, 8h or 12h');
  if (Number(lifetime[1]) * SECONDS[lifetime[2]] > maxLifetimeSeconds)
    throw new UsageError(`--expires ${expiresIn} is longer than the ${maxLifetimeSeconds} s the services accept (JWT_MAX_LIFETIME_SECONDS)`);
  if (resident !== undefined) {
    // A resident's token speaks for no agency: mixing the two kinds would mint a token every service refuses.
    if (agency !== undefined || scopes !== undefined || subject !== undefined || client !== undefined)
      throw new UsageError("--resident mints a resident's token: it takes no --agency, --scopes, --subject or --client");
    if (!isPersonId(resident)) throw new UsageError('--resident must be a Person.id (P and 23 hexadecimal digits, as the register shows it)');
    return { kind: 'resident', person: resident, expiresIn };
  }
  if (!isAgency(agency, manifest)) throw new UsageError(`--agency must be one of ${agencyNames(manifest)} (or --resident <Person.id>)`);
  const list = (scopes ?? 'read')
    .split(',')
    .map((scope) => scope.trim())
    .filter((scope) => scope !== '');
  const unknown = list.filter((scope) => !isScope(scope));
  if (unknown.length > 0) throw new UsageError(`unknown scope ${unknown.join(', ')} (read, pii:read, write, audit:read)`);
  if (client !== undefined && !isClient(client)) throw new UsageError(`--client must be ${CLIENTS.join(' or ')}`);
  return { kind: 'staff', agency, scopes: list as Scope[], subject, expiresIn, ...(client === undefined ? {} : { client }) };
}

/** The token the arguments ask for, signed with `secret` (the development secret when absent). */
export function mintFromArguments(args: TokenArguments, secret?: string): Promise<string> {
  const signing = { expiresIn: args.expiresIn, ...(secret === undefined ? {} : { secret }) };
  return args.kind === 'resident'
    ? mintResidentToken({ person: args.person, ...signing })
    : mintDevelopmentToken({ agency: args.agency, scopes: args.scopes, subject: args.subject, client: args.client, ...signing });
}

const agencyNames = (manifest: AgencyManifest, separator = ', ') => manifest.agencies.map((entry) => entry.name).join(separator);

const USAGE = `npm run token -- --agency <${agencyNames(agencyManifest(), '|')}> [--scopes read,pii:read,write,audit:read] [--subject name] [--expires 8h] [--client ${CLIENTS.join('|')}]
   or: npm run token -- --resident <Person.id> [--expires 1h]   (a resident's token: reads only their own dataAccessReport)`;

async function main(argv: readonly string[]): Promise<void> {
  const read = new EnvReader(process.env);
  const args = parseTokenArguments(argv, { maxLifetimeSeconds: readMaxTokenLifetime(read) });
  const secret = read.optionalString('JWT_SECRET');
  read.finish('npm run token', {});
  process.stdout.write(`${await mintFromArguments(args, secret)}\n`);
}

if (require.main === module) {
  runCommand('token', USAGE, main, (error) => {
    // A configuration problem (JWT_SECRET too short ...): said plainly on stderr, as a command-line tool does, not as a log line.
    process.stderr.write(`token: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  });
}
