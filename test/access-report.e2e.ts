import { makeCreditCode, suzhouToday } from '@governance/kit';
import { mintResidentToken } from '@governance/kit/auth';
import { startStack, type Stack } from './support/stack';
import { postGraphQL, type GraphQLResponse } from '@governance/testkit/graphql-client';
import { gatewaySecretHeader, headersFor, type Caller } from '@governance/testkit/tokens';
import { JINYI, raw } from './security/support';

/**
 * A person's data access report, through the gateway: one answer merged from
 * every agency's audit log (the register's keeper asks each for its own),
 * listing exactly what the test did with the person's data across four
 * agencies, and nothing else. The person reads it with a resident token,
 * which reads nothing else; reads under an agreement that delays disclosure
 * are withheld from them until the delay has passed.
 */

const REPORT = `query Report($person: ID!) {
  dataAccessReport(person: $person) {
    person
    entries { recordedAt recordedBy agency subject action purpose caseReference fields agreement operationName requestId disclosedToPersonFrom }
    sources { agency answered entries truncated }
    withheldUntil
  }
}`;

interface Entry {
  recordedAt: string;
  recordedBy: string;
  agency: string;
  subject: string;
  action: string;
  purpose: string | null;
  caseReference: string | null;
  fields: string[];
  agreement: string | null;
  operationName: string | null;
  disclosedToPersonFrom: string | null;
}
interface Report {
  person: string;
  entries: Entry[];
  sources: Array<{ agency: string; answered: boolean; entries: number; truncated: boolean }>;
  withheldUntil: string | null;
}

const HONGZHUANG_TEAM = 'PT-320506003001-01';
const auditor: Caller = { agency: 'community-committees', scopes: ['read', 'audit:read'], subject: 'auditor-1' };
const summary = (entry: Entry) => [entry.recordedBy, entry.agency, entry.subject, entry.action, entry.fields.join(','), entry.purpose, entry.caseReference, entry.agreement];

describe('dataAccessReport', () => {
  let stack: Stack;
  let person: string;
  let other: string;
  let caseReadAt: number;
  let residentToken: string;
  const asResident = async (query: string, variables: Record<string, unknown>, token = residentToken, url = stack.gateway.url, extra: Record<string, string> = {}) =>
    raw(url, { headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...extra }, body: JSON.stringify({ query, variables }) });
  const report = async (caller: Caller, id = person): Promise<GraphQLResponse<{ dataAccessReport: Report }>> =>
    stack.query<{ dataAccessReport: Report }>(REPORT, { person: id }, caller);
  const ok = <T>(result: GraphQLResponse<T>): T => {
    expect(result.errors).toBeUndefined();
    return result.data!;
  };

  beforeAll(async () => {
    stack = await startStack();
    const cc = stack.subgraphs['community-committees'].db;
    const patrolling = new Set(
      (await stack.subgraphs['public-security'].db.query<Array<{ person_id: string }>>('SELECT person_id FROM patrol_member')).map((row) => row.person_id),
    );
    [person, other] = (await cc.query<Array<{ id: string }>>('SELECT id FROM person ORDER BY id LIMIT 50')).map((row) => row.id).filter((id) => !patrolling.has(id));
    residentToken = await mintResidentToken({ person });
    const [{ credit_code: employer }] = await stack.subgraphs['commerce-bureau'].db.query(
      `SELECT credit_code FROM enterprise WHERE community_code = '320506003001' ORDER BY credit_code LIMIT 1`,
    );

    const read = (caller: Caller, id: string) => stack.query(`query Vetting($id: ID!) { person(id: $id) { name phone } }`, { id }, caller);
    ok(await read({ agency: 'public-security', scopes: ['read', 'pii:read'], purpose: 'patrol-vetting', subject: 'officer-12' }, person));
    caseReadAt = Date.now();
    ok(
      await stack.query(
        `query CaseFile($id: ID!) { person(id: $id) { name idNumber } }`,
        { id: person },
        { agency: 'public-security', scopes: ['read', 'pii:read'], purpose: 'case-handling; case=SZ-2011-0042', subject: 'detective-3' },
      ),
    );
    ok(await read({ agency: 'public-security', scopes: ['read', 'pii:read'], purpose: 'patrol-vetting', subject: 'officer-12' }, other));
    ok(
      await stack.query(
        `mutation ($input: AddPatrolMemberInput!) { addPatrolMember(input: $input) { id } }`,
        { input: { teamId: HONGZHUANG_TEAM, personId: person, enterpriseCreditCode: employer, joinedOn: '2011-03-01' } },
        { agency: 'public-security', scopes: ['read', 'write'], subject: 'clerk-ps' },
      ),
    );
    ok(
      await stack.query(
        `mutation ($input: RegisterEnterpriseInput!) { registerEnterprise(input: $input) { creditCode } }`,
        {
          input: {
            creditCode: makeCreditCode('92', '320571', 'MA1R0001'),
            name: '报告测试小吃摊',
            kind: 'INDIVIDUAL_BUSINESS',
            industry: 'FOOD_SERVICE',
            communityCode: JINYI,
            establishedOn: '2011-03-01',
            registeredCapitalYuan: null,
            legalRepresentativeId: person,
          },
        },
        { agency: 'commerce-bureau', scopes: ['read', 'write'], subject: 'clerk-cb' },
      ),
    );
    ok(
      await stack.query(
        `mutation ($input: FileReconsiderationCaseInput!) { fileReconsiderationCase(input: $input) { id } }`,
        {
          input: {
            applicantId: person,
            respondentCode: '320506-PSB',
            decisionKind: 'ADMINISTRATIVE_PENALTY',
            contestedDecision: '行政处罚决定书（报告测试）',
            enterpriseCreditCode: null,
            receivedOn: '2011-06-01',
          },
        },
        { agency: 'legal-affairs', scopes: ['read', 'write'], subject: 'clerk-la' },
      ),
    );
    ok(
      await stack.query(
        `mutation ($id: ID!) { assignContactPerson(communityCode: "${JINYI}", personId: $id, assignedOn: "2011-07-01") { code } }`,
        { id: person },
        { agency: 'community-committees', scopes: ['read', 'write'], subject: 'clerk-cc' },
      ),
    );
  });
  afterAll(() => stack.stop());

  const everything = [
    ['community-committees', 'community-committees', 'clerk-cc', 'WRITE', 'Mutation.assignContactPerson', null, null, null],
    ['legal-affairs', 'legal-affairs', 'clerk-la', 'WRITE', 'Mutation.fileReconsiderationCase', null, null, null],
    ['commerce-bureau', 'commerce-bureau', 'clerk-cb', 'WRITE', 'Mutation.registerEnterprise', null, null, null],
    ['public-security', 'public-security', 'clerk-ps', 'WRITE', 'Mutation.addPatrolMember', null, null, null],
    ['community-committees', 'public-security', 'detective-3', 'READ', 'Person.idNumber,Person.name', 'case-handling', 'SZ-2011-0042', 'CC-DSA-2026-002'],
    ['community-committees', 'public-security', 'officer-12', 'READ', 'Person.name,Person.phone', 'patrol-vetting', null, 'CC-DSA-2026-001'],
  ];

  it('shows the person, with their own token, exactly what was done with their data, newest first, from every agency; a delayed read is withheld and said to be', async () => {
    const response = await asResident(REPORT, { person });
    expect(response.status).toBe(200);
    const own: Report = response.json.data.dataAccessReport;
    expect(own.entries.map(summary)).toEqual(everything.filter((entry) => entry[6] !== 'SZ-2011-0042'));
    expect(own.entries.map((entry) => entry.recordedAt)).toEqual([...own.entries.map((entry) => entry.recordedAt)].sort().reverse());
    expect(own.entries.find((entry) => entry.action === 'READ')!.operationName).toBe('Vetting');
    expect(own.sources).toEqual([
      { agency: 'community-committees', answered: true, entries: 2, truncated: false },
      { agency: 'public-security', answered: true, entries: 1, truncated: false },
      { agency: 'industry-associations', answered: true, entries: 0, truncated: false },
      { agency: 'commerce-bureau', answered: true, entries: 1, truncated: false },
      { agency: 'legal-affairs', answered: true, entries: 1, truncated: false },
    ]);
    // 180 days after the case read, rounded up to the first of the next month (Suzhou).
    const [year, month] = suzhouToday(new Date(caseReadAt + 180 * 86_400_000))
      .split('-')
      .map(Number);
    const expected = month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`;
    expect([expected, nextFirst(expected)]).toContain(own.withheldUntil);
    expect(JSON.stringify(own)).not.toContain('detective-3');
  });

  it("shows the register's auditor every entry, with when the person may see the delayed one, and records that look under the person", async () => {
    const full = ok(await report(auditor)).dataAccessReport;
    expect(full.entries.map(summary)).toEqual(everything);
    expect(full.withheldUntil).toBeNull();
    const delayed = full.entries.find((entry) => entry.caseReference === 'SZ-2011-0042')!;
    expect(Date.parse(delayed.disclosedToPersonFrom!) - Date.parse(delayed.recordedAt)).toBe(180 * 86_400_000);
    const response = await asResident(REPORT, { person });
    expect(summary(response.json.data.dataAccessReport.entries[0])).toEqual([
      'community-committees',
      'community-committees',
      'auditor-1',
      'READ',
      'Query.dataAccessReport',
      null,
      null,
      null,
    ]);
  });

  it.each<[string, string]>([
    ['another query', `query { person(id: "${'P'.padEnd(24, '0')}") { name } }`],
    ['the directory', `{ subDistricts { name } }`],
    ['introspection', `{ __schema { types { name } } }`],
    ['a mutation', `mutation { moveResident(id: "${'P'.padEnd(24, '0')}", communityCode: "${JINYI}") { id } }`],
    ['their report beside another field', `query ($person: ID!) { dataAccessReport(person: $person) { person } subDistricts { name } }`],
  ])('refuses a resident token %s at the gateway with 403, before any subgraph is called', async (_case, query) => {
    const response = await asResident(query, { person });
    expect(response.status).toBe(403);
    expect(response.json.errors[0].extensions.code).toBe('FORBIDDEN');
    expect(response.json.errors[0].message).toMatch(/resident's token/);
  });

  it("refuses a resident someone else's report, at the gateway and at the owner's subgraph; refuses them another agency's entries about someone else", async () => {
    expect((await asResident(REPORT, { person: other })).status).toBe(403);
    const literal = await asResident(`{ dataAccessReport(person: "${other}") { person } }`, {});
    expect(literal.status).toBe(403);
    const direct = await asResident(REPORT, { person: other }, residentToken, stack.subgraphs['community-committees'].url, gatewaySecretHeader('community-committees'));
    expect(direct.status).toBe(403);
    const directPerson = await asResident(
      `query ($id: ID!) { person(id: $id) { name } }`,
      { id: person },
      residentToken,
      stack.subgraphs['community-committees'].url,
      gatewaySecretHeader('community-committees'),
    );
    expect(directPerson.status).toBe(403);
    const entries = await asResident(
      `query ($person: ID!) { _personAuditEntries(person: $person) { truncated } }`,
      { person: other },
      residentToken,
      stack.subgraphs['public-security'].url,
      gatewaySecretHeader('public-security'),
    );
    expect(entries.status).toBe(403);
    const own = await asResident(
      `query ($person: ID!) { _personAuditEntries(person: $person) { entries { fields } } }`,
      { person },
      residentToken,
      stack.subgraphs['public-security'].url,
      gatewaySecretHeader('public-security'),
    );
    expect(own.json.data._personAuditEntries.entries).toEqual([{ fields: ['Mutation.addPatrolMember'] }]);
  });

  it('answers _personAuditEntries only to callers with the subgraph secret', async () => {
    const response = await postGraphQL(
      stack.subgraphs['public-security'].url,
      `query ($person: ID!) { _personAuditEntries(person: $person) { truncated } }`,
      { person },
      await headersFor(auditor),
    );
    expect(response.status).toBe(403);
    // Not part of the API: the gateway does not know it.
    expect((await stack.query(`query ($person: ID!) { _personAuditEntries(person: $person) { truncated } }`, { person }, auditor)).errors![0].extensions?.code).toBe(
      'GRAPHQL_VALIDATION_FAILED',
    );
  });

  it.each<[string, Caller]>([
    ["another agency's auditor", { agency: 'public-security', scopes: ['read', 'audit:read'] }],
    ["the register's staff without audit:read", { agency: 'community-committees', scopes: ['read', 'pii:read', 'write'], purpose: 'resident-services' }],
  ])('refuses the report to %s', async (_case, caller) => {
    const result = await report(caller);
    expect(result.errors!.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
  });

  it('refuses a malformed person id with BAD_USER_INPUT naming it', async () => {
    const result = await report(auditor, '320571198503120418');
    expect(result.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'person' });
  });

  it('lists an agency that does not answer as not answered, and shows the rest', async () => {
    await stack.subgraphs['legal-affairs'].stop();
    const partial = ok(await report(auditor)).dataAccessReport;
    expect(partial.sources.find((source) => source.agency === 'legal-affairs')).toEqual({ agency: 'legal-affairs', answered: false, entries: 0, truncated: false });
    expect(partial.entries.some((entry) => entry.recordedBy === 'legal-affairs')).toBe(false);
    expect(partial.entries.filter((entry) => entry.recordedBy === 'commerce-bureau').map(summary)).toEqual([everything[2]]);
  });
});

/** The first of the month after a first of a month (the case read may fall either side of a month's end in Suzhou). */
function nextFirst(first: string): string {
  const [year, month] = first.split('-').map(Number);
  return month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`;
}
