import { AGENCIES, CLIENTS, isAgency, isClient, isScope, mintDevelopmentToken, type Agency, type Client, type Scope } from '@governance/kit/auth';
import { EnvReader } from '@governance/kit/env';

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

export function parseTokenArguments(argv: readonly string[]): TokenArguments {
  let agency: string | undefined;
  let scopes = 'read';
  let subject: string | undefined;
  let expiresIn = '8h';
  let client: string | undefined;
  for (let i = 0; i < argv.length; i += 1) {
    const [flag, inline] = argv[i].split('=', 2);
    const value = () => inline ?? argv[++i] ?? '';
    if (flag === '--agency') agency = value();
    else if (flag === '--scopes') scopes = value();
    else if (flag === '--subject') subject = value();
    else if (flag === '--expires') expiresIn = value();
    else if (flag === '--client') client = value();
    else throw new Error(`unknown argument ${argv[i]} (use --agency, --scopes, --subject, --expires, --client)`);
  }
  if (!isAgency(agency)) throw new Error(`--agency must be one of ${AGENCIES.join(', ')}`);
  const list = scopes.split(',').map((scope) => scope.trim()).filter((scope) => scope !== '');
  const unknown = list.filter((scope) => !isScope(scope));
  if (unknown.length > 0) throw new Error(`unknown scope ${unknown.join(', ')} (read, pii:read, write, audit:read)`);
  if (!/^\d+[smhd]$/.test(expiresIn)) throw new Error('--expires must look like 30m, 8h or 7d');
  if (client !== undefined && !isClient(client)) throw new Error(`--client must be ${CLIENTS.join(' or ')}`);
  return { agency, scopes: list as Scope[], subject, expiresIn, ...(client === undefined ? {} : { client }) };
}

const USAGE = `npm run token -- --agency <${AGENCIES.join('|')}> [--scopes read,pii:read,write,audit:read] [--subject name] [--expires 8h] [--client ${CLIENTS.join('|')}]`;

async function main(): Promise<void> {
  if (process.argv.includes('--help')) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const args = parseTokenArguments(process.argv.slice(2));
  const read = new EnvReader(process.env);
  const secret = read.optionalString('JWT_SECRET');
  process.stdout.write(`${await mintDevelopmentToken({ ...args, ...(secret === undefined ? {} : { secret }) })}\n`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    // What the person typed was wrong: said plainly on stderr, as a command-line tool does, not as a log line.
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\nusage: ${USAGE}\n`);
    process.exit(1);
  });
}
