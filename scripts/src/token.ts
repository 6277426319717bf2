import { agencyManifest, type AgencyManifest } from '@governance/kit/agencies';
import { CLIENTS, DEFAULT_MAX_TOKEN_LIFETIME_SECONDS, isAgency, isClient, isScope, mintDevelopmentToken, mintResidentToken, readMaxTokenLifetime, type Agency, type Client, type Scope } from '@governance/kit/auth';
import { isPersonId } from '@governance/kit/identifiers';
import { EnvReader } from '@governance/kit/env';

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
  let agency: string | undefined;
  let scopes: string | undefined;
  let subject: string | undefined;
  let resident: string | undefined;
  let expiresIn = '8h';
  let client: string | undefined;
  for (let i = 0; i < argv.length; i += 1) {
    const [flag, inline] = argv[i].split('=', 2);
    const value = () => inline ?? argv[++i] ?? '';
    if (flag === '--agency') agency = value();
    else if (flag === '--scopes') scopes = value();
    else if (flag === '--subject') subject = value();
    else if (flag === '--resident') resident = value();
    else if (flag === '--expires') expiresIn = value();
    else if (flag === '--client') client = value();
    else throw new Error(`unknown argument ${argv[i]} (use --agency, --scopes, --subject, --client, --resident, --expires)`);
  }
  const lifetime = /^(\d+)([smhd])$/.exec(expiresIn);
  if (!lifetime) throw new Error('--expires must look like 30m, 8h or 12h');
  if (Number(lifetime[1]) * SECONDS[lifetime[2]] > maxLifetimeSeconds) throw new Error(`--expires ${expiresIn} is longer than the ${maxLifetimeSeconds} s the services accept (JWT_MAX_LIFETIME_SECONDS)`);
  if (resident !== undefined) {
    // A resident's token speaks for no agency: mixing the two kinds would mint a token every service refuses.
    if (agency !== undefined || scopes !== undefined || subject !== undefined || client !== undefined) throw new Error('--resident mints a resident\'s token: it takes no --agency, --scopes, --subject or --client');
    if (!isPersonId(resident)) throw new Error('--resident must be a Person.id (P and 23 hexadecimal digits, as the register shows it)');
    return { kind: 'resident', person: resident, expiresIn };
  }
  if (!isAgency(agency, manifest)) throw new Error(`--agency must be one of ${agencyNames(manifest)} (or --resident <Person.id>)`);
  const list = (scopes ?? 'read').split(',').map((scope) => scope.trim()).filter((scope) => scope !== '');
  const unknown = list.filter((scope) => !isScope(scope));
  if (unknown.length > 0) throw new Error(`unknown scope ${unknown.join(', ')} (read, pii:read, write, audit:read)`);
  if (client !== undefined && !isClient(client)) throw new Error(`--client must be ${CLIENTS.join(' or ')}`);
  return { kind: 'staff', agency, scopes: list as Scope[], subject, expiresIn, ...(client === undefined ? {} : { client }) };
}

/** The token the arguments ask for, signed with `secret` (the development secret when absent). */
export function mintFromArguments(args: TokenArguments, secret?: string): Promise<string> {
  const signing = { expiresIn: args.expiresIn, ...(secret === undefined ? {} : { secret }) };
  return args.kind === 'resident' ? mintResidentToken({ person: args.person, ...signing }) : mintDevelopmentToken({ agency: args.agency, scopes: args.scopes, subject: args.subject, client: args.client, ...signing });
}

const agencyNames = (manifest: AgencyManifest, separator = ', ') => manifest.agencies.map((entry) => entry.name).join(separator);

const USAGE = `npm run token -- --agency <${agencyNames(agencyManifest(), '|')}> [--scopes read,pii:read,write,audit:read] [--subject name] [--expires 8h] [--client ${CLIENTS.join('|')}]
   or: npm run token -- --resident <Person.id> [--expires 1h]   (a resident's token: reads only their own dataAccessReport)`;

async function main(): Promise<void> {
  if (process.argv.includes('--help')) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const read = new EnvReader(process.env);
  const args = parseTokenArguments(process.argv.slice(2), { maxLifetimeSeconds: readMaxTokenLifetime(read) });
  const secret = read.optionalString('JWT_SECRET');
  read.finish('npm run token', {});
  process.stdout.write(`${await mintFromArguments(args, secret)}\n`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    // What the person typed was wrong: said plainly on stderr, as a command-line tool does, not as a log line.
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\nusage: ${USAGE}\n`);
    process.exit(1);
  });
}
