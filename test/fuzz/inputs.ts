import fs from 'node:fs';
import path from 'node:path';
import type { SeededRandom } from '@governance/dataset';

/** One HTTP request as the fuzzer sends it. */
export interface FuzzRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: Record<string, string>;
  readonly body?: Buffer;
  /** What it is, for the failure message (the seed replays it exactly). */
  readonly label: string;
}

const OPERATIONS_DIR = path.resolve(__dirname, '../../../shared/operations');

/** The contract operations, the texts the fuzzer mutates. */
export const CONTRACT = fs
  .readdirSync(OPERATIONS_DIR)
  .filter((file) => file.endsWith('.graphql'))
  .sort()
  .map((file) => fs.readFileSync(path.join(OPERATIONS_DIR, file), 'utf8'));

/** Code points that break naive text handling: controls, bidi, zero-width, surrogates (lone ones too), astral, CJK. */
const NASTY = [
  0x00, 0x07, 0x0a, 0x0d, 0x1b, 0x7f, 0x85, 0x9b, 0xa0, 0xad, 0x061c, 0x200b, 0x200d, 0x200e, 0x2028, 0x202e, 0x2066, 0x3000, 0xfeff, 0xfffd, 0xffff, 0xd800, 0xdbff, 0xdc00,
  0xdfff, 0x20bb7, 0x1f469, 0x10ffff,
];

export function randomUnicode(random: SeededRandom, maxLength: number): string {
  let text = '';
  const length = random.integer(0, maxLength);
  for (let i = 0; i < length; i += 1) {
    const kind = random.integer(0, 4);
    const codePoint =
      kind === 0
        ? random.pick(NASTY)
        : kind === 1
          ? random.integer(0x20, 0x7e)
          : kind === 2
            ? random.integer(0x4e00, 0x9fff)
            : kind === 3
              ? random.integer(0, 0xffff)
              : random.integer(0x10000, 0x10ffff);
    text += codePoint >= 0xd800 && codePoint <= 0xdfff ? String.fromCharCode(codePoint) : String.fromCodePoint(codePoint);
  }
  return text;
}

/** Any JSON value: scalars at the edges (2^53, -0, 1e308, dates that are not), strings of nasty Unicode, nested objects and lists. */
export function randomJson(random: SeededRandom, depth = 0): unknown {
  const kind = random.integer(0, depth > 3 ? 6 : 9);
  switch (kind) {
    case 0:
      return null;
    case 1:
      return random.next() < 0.5;
    case 2:
      return random.pick([0, -1, 1.5, 2 ** 53, -(2 ** 53) - 2, 1e308, -0, 500, 501, 2_147_483_648]);
    case 3:
      return random.pick(['2011-02-30', '2011-13-01', '+275760-09-13', '2011-11-11T00:00:00Z', '2099-01-01', '2011-11-11', '320571002001', '91320571MA1MXXXX1X', '']);
    case 4:
    case 5:
    case 6:
      return randomUnicode(random, 40);
    case 7:
      return Array.from({ length: random.integer(0, 4) }, () => randomJson(random, depth + 1));
    default:
      return Object.fromEntries(
        Array.from({ length: random.integer(0, 4) }, () => [
          random.pick(['__typename', 'id', 'code', 'input', 'first', 'after', randomUnicode(random, 8)]),
          randomJson(random, depth + 1),
        ]),
      );
  }
}

/** A contract operation with a few random edits: characters dropped or inserted, a selection repeated, the name replaced. */
export function mutatedOperation(random: SeededRandom): string {
  let text = random.pick(CONTRACT);
  for (let edits = random.next() < 0.4 ? 0 : random.integer(1, 3); edits > 0; edits -= 1) {
    const at = random.integer(0, text.length);
    switch (random.integer(0, 4)) {
      case 0:
        text = text.slice(0, at) + text.slice(at + random.integer(1, 10));
        break;
      case 1:
        text = text.slice(0, at) + randomUnicode(random, 5) + text.slice(at);
        break;
      case 2:
        text = text.slice(0, at) + random.pick(['{', '}', '(', ')', '...', '$', '@skip(if: true)', ' __typename ', ' first: 500 ', ' # ', '"']) + text.slice(at);
        break;
      case 3:
        text = text.replace(/(query|mutation) \w+/, `$1 ${random.pick(['', 'A'.repeat(random.integer(1, 300)), 'CommunityOverview', '_', 'x1'])}`);
        break;
      default:
        text = `${text}\n${random.pick(CONTRACT)}`;
    }
  }
  return text;
}

/** Values the contract's variables take in real use, so that many fuzzed operations get past validation and run. */
const PLAUSIBLE: Readonly<Record<string, () => unknown>> = {
  code: () => '320571002001',
  communityCode: () => '320571002001',
  year: () => 2011,
  from: () => '2011-01-01',
  to: () => '2011-12-31',
};

/** Variables for an operation: for each variable it declares a plausible value or a random one, and sometimes extra ones. */
export function randomVariables(random: SeededRandom, operation: string): unknown {
  if (random.next() < 0.1) return randomJson(random);
  const names = [...operation.matchAll(/\$(\w+)\s*:/g)].map((match) => match[1]);
  if (random.next() < 0.2) names.push(randomUnicode(random, 6));
  return Object.fromEntries(
    names.map((name) => [name, PLAUSIBLE[name] !== undefined && random.next() < 0.6 ? PLAUSIBLE[name]() : random.next() < 0.2 ? random.integer(-5, 600) : randomJson(random)]),
  );
}

const CONTENT_TYPES = [
  'application/json',
  'application/json; charset=utf-8',
  'application/graphql-response+json',
  'application/graphql',
  'text/plain',
  'multipart/form-data; boundary=x',
  'application/x-www-form-urlencoded',
  'application/json; charset=latin1',
  '*/*',
  '',
];
const METHODS = ['POST', 'POST', 'POST', 'POST', 'POST', 'POST', 'POST', 'GET', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD'];
const PATHS = [
  '/graphql',
  '/graphql',
  '/graphql',
  '/graphql',
  '/graphql',
  '/graphql',
  '/graphql',
  '/graphql',
  '/graphql?query=%7B__typename%7D',
  '/graphql?query=',
  '/ready',
  '/health',
  '/',
  '/assets/../../etc/passwd',
  '/%ff%fe',
  '/graphql/',
];

/** A header value HTTP can carry: tab, printable ASCII and bytes 0x80-0xFF (which Node reads as Latin-1, UTF-8 or not). */
function headerValue(random: SeededRandom): string {
  return [...randomUnicode(random, 30)].map((character) => (/^[\t\x20-\x7e\x80-\xff]$/.test(character) ? character : '?')).join('');
}

/** One random request; `authorization` is a valid token's header, sent most of the time. */
export function randomRequest(random: SeededRandom, authorization: Record<string, string>, secret: Record<string, string>): FuzzRequest {
  const method = random.pick(METHODS);
  const requestPath = random.pick(PATHS);
  const headers: Record<string, string> = {};
  const contentType = random.next() < 0.6 ? 'application/json' : random.pick(CONTENT_TYPES);
  if (contentType !== '') headers['content-type'] = contentType;
  if (random.next() < 0.85) Object.assign(headers, authorization);
  else if (random.next() < 0.5) headers.authorization = `Bearer ${headerValue(random)}`;
  if (random.next() < 0.5) headers['x-purpose'] = random.next() < 0.5 ? 'case-handling; case=FUZZ-42' : headerValue(random);
  if (random.next() < 0.3) headers['x-request-id'] = headerValue(random);
  if (random.next() < 0.3) headers['apollo-require-preflight'] = 'true';
  if (random.next() < 0.5) Object.assign(headers, secret);
  let body: Buffer | undefined;
  let label: string;
  const kind = random.integer(0, 9);
  if (kind <= 4) {
    const query = mutatedOperation(random);
    const payload: Record<string, unknown> = { query, variables: randomVariables(random, query) };
    if (random.next() < 0.3) payload.operationName = random.pick([null, '', 'CommunityOverview', 'Nope', 7, randomUnicode(random, 10)]);
    body = Buffer.from(JSON.stringify(random.next() < 0.05 ? [payload, payload] : payload));
    label = `mutated operation ${query.slice(0, 60).replace(/\s+/g, ' ')}`;
  } else if (kind <= 6) {
    body = Buffer.from(JSON.stringify(randomJson(random)));
    label = 'random JSON';
  } else if (kind === 7) {
    body = Buffer.from(randomUnicode(random, 200), 'utf8');
    label = 'random text';
  } else if (kind === 8) {
    body = Buffer.from(Array.from({ length: random.integer(0, 300) }, () => random.integer(0, 255)));
    label = 'random bytes';
  } else {
    label = 'no body';
  }
  if (method === 'GET' || method === 'HEAD') body = undefined;
  return { method, path: requestPath, headers, body, label: `${method} ${requestPath} [${contentType}] ${label}` };
}
