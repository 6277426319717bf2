import http from 'node:http';
import path from 'node:path';
import Database from 'better-sqlite3';
import { encodeCursor, pageRequest } from '@governance/kit';
import { createTokenVerifier, readAuthConfig } from '@governance/kit/auth';
import { EnvReader } from '@governance/kit/env';

/**
 * The direct-SQL baseline: EnterpriseList answered by hand from the four
 * agencies' SQLite files with six prepared statements, no GraphQL, no
 * federation. It verifies the token like every service does, and answers
 * the bytes the gateway answers (the benchmark asserts it), so the gap
 * between the two is what federation and GraphQL cost.
 * Environment: PORT, DATA_DIR (the platform's SQLite files), JWT_* like the services.
 */
const dataDir = process.env.DATA_DIR ?? 'data';
const open = (name: string) => new Database(path.join(dataDir, `${name}.sqlite`), { readonly: true, fileMustExist: true });
const commerce = open('commerce-bureau');
const committees = open('community-committees');
const associations = open('industry-associations');
const security = open('public-security');

// A key list travels as one JSON parameter, so that one prepared statement serves any page size.
const statements = {
  page: commerce.prepare('SELECT credit_code, name, license_status, community_code FROM enterprise WHERE credit_code > ? ORDER BY credit_code LIMIT ?'),
  total: commerce.prepare('SELECT COUNT(*) AS total FROM enterprise').pluck(),
  communities: committees.prepare('SELECT code, name FROM community WHERE code IN (SELECT value FROM json_each(?))'),
  residents: committees.prepare('SELECT community_code, COUNT(*) AS total FROM person WHERE community_code IN (SELECT value FROM json_each(?)) GROUP BY community_code'),
  memberships: associations.prepare(
    `SELECT m.enterprise_credit_code, a.credit_code, a.name FROM membership m JOIN association a ON a.credit_code = m.association_credit_code
     WHERE m.enterprise_credit_code IN (SELECT value FROM json_each(?)) ORDER BY m.since, m.association_credit_code`,
  ),
  patrolMembers: security.prepare(
    'SELECT enterprise_credit_code, COUNT(*) AS total FROM patrol_member WHERE enterprise_credit_code IN (SELECT value FROM json_each(?)) GROUP BY enterprise_credit_code',
  ),
};

interface EnterpriseRow {
  credit_code: string;
  name: string;
  license_status: string;
  community_code: string;
}

function enterpriseList(first: number | undefined, after: string | undefined): string {
  const page = pageRequest(first, after);
  const rows = statements.page.all(page.after ?? '', page.limit + 1) as EnterpriseRow[];
  const nodes = rows.slice(0, page.limit);
  const codes = JSON.stringify([...new Set(nodes.map((row) => row.community_code))]);
  const creditCodes = JSON.stringify(nodes.map((row) => row.credit_code));
  const communities = new Map((statements.communities.all(codes) as Array<{ code: string; name: string }>).map((row) => [row.code, row.name]));
  const residents = new Map((statements.residents.all(codes) as Array<{ community_code: string; total: number }>).map((row) => [row.community_code, row.total]));
  const memberships = new Map<string, Array<{ association: { creditCode: string; name: string } }>>();
  for (const row of statements.memberships.all(creditCodes) as Array<{ enterprise_credit_code: string; credit_code: string; name: string }>) {
    const list = memberships.get(row.enterprise_credit_code) ?? [];
    list.push({ association: { creditCode: row.credit_code, name: row.name } });
    memberships.set(row.enterprise_credit_code, list);
  }
  const patrol = new Map(
    (statements.patrolMembers.all(creditCodes) as Array<{ enterprise_credit_code: string; total: number }>).map((row) => [row.enterprise_credit_code, row.total]),
  );
  const last = nodes.at(-1);
  return `${JSON.stringify({
    data: {
      enterprises: {
        totalCount: statements.total.get(),
        nodes: nodes.map((row) => {
          const name = communities.get(row.community_code);
          return {
            creditCode: row.credit_code,
            name: row.name,
            licenseStatus: row.license_status,
            community: name === undefined ? null : { code: row.community_code, name, residentCount: residents.get(row.community_code) ?? 0 },
            memberships: memberships.get(row.credit_code) ?? [],
            patrolMemberCount: patrol.get(row.credit_code) ?? 0,
          };
        }),
        pageInfo: { endCursor: last === undefined ? null : encodeCursor(last.credit_code), hasNextPage: rows.length > page.limit },
      },
    },
  })}\n`;
}

const verify = createTokenVerifier(readAuthConfig(new EnvReader(process.env), 'development'));

async function answer(request: http.IncomingMessage): Promise<{ status: number; body: string }> {
  try {
    await verify(request.headers.authorization);
  } catch {
    return { status: 401, body: '{"errors":[{"message":"unauthenticated"}]}\n' };
  }
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const { variables } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { variables?: { first?: number; after?: string } };
  return { status: 200, body: enterpriseList(variables?.first, variables?.after) };
}

const server = http.createServer((request, response) => {
  answer(request).then(
    ({ status, body }) => {
      response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
      response.end(body);
    },
    (error: unknown) => {
      response.writeHead(400, { 'content-type': 'application/json; charset=utf-8' });
      response.end(JSON.stringify({ errors: [{ message: error instanceof Error ? error.message : 'bad request' }] }));
    },
  );
});
server.keepAliveTimeout = 65_000;
server.listen(Number(process.env.PORT), '127.0.0.1', () => console.log(`baseline: serving http://127.0.0.1:${process.env.PORT}/graphql`));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
