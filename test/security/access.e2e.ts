import { maskPersonalData } from '@governance/kit';
import { startStack, type Stack } from '../support/stack';
import { TEST_PURPOSE, gatewaySecretHeader, headersFor, type Caller } from '@governance/testkit/tokens';
import { JINYI, RECORD_TALK_EVENT, auditRows, postAs, raw, snapshot, somePerson, talkEventInput } from './support';

/**
 * What a valid token may do. Personal fields come back masked unless the
 * token holds pii:read and the request states a purpose its agency may read
 * them for (test/data-sharing.e2e.ts tests the agreements); an unmasked read
 * is audited, one READ entry per person and agreement. Writes need `write` and the agency that
 * owns the records; audit logs need `audit:read` and the own agency.
 */

const PERSON = `query Person($id: ID!) { person(id: $id) { id name phone idNumber } }`;
type PersonData = { person: { id: string; name: string; phone: string; idNumber: string } };

describe('personal data', () => {
  let stack: Stack;
  let person: Awaited<ReturnType<typeof somePerson>>;
  const cc = () => stack.subgraphs['community-committees'].db;
  beforeAll(async () => {
    stack = await startStack();
    person = await somePerson(stack, 3);
  });
  afterAll(() => stack.stop());

  const masked = () => ({
    id: person.id,
    name: maskPersonalData('name', person.name),
    phone: maskPersonalData('phone', person.phone),
    idNumber: maskPersonalData('idNumber', person.idNumber),
  });

  it.each<[string, Caller]>([
    ['without pii:read', { agency: 'community-committees', scopes: ['read', 'write', 'audit:read'], purpose: TEST_PURPOSE }],
    ['with pii:read but no x-purpose', { agency: 'community-committees', scopes: ['read', 'pii:read'] }],
    ['with pii:read and a blank x-purpose', { agency: 'community-committees', scopes: ['read', 'pii:read'], purpose: '   ' }],
  ])('masks name, phone and ID number %s, without failing the query or auditing', async (_label, caller) => {
    const before = await snapshot(stack);
    const result = await stack.query<PersonData>(PERSON, { id: person.id }, caller);
    expect(result.errors).toBeUndefined();
    expect(result.data!.person).toEqual(masked());
    expect(result.data!.person.name).toMatch(/^.\*+$/u);
    expect(result.data!.person.phone).toMatch(/^\d{3}\*+\d{4}$/);
    expect(result.data!.person.idNumber).toMatch(/^\d{3}\*{11}[\dX]{4}$/);
    expect(await snapshot(stack)).toEqual(before);
  });

  it('masks a legal representative reached from the commerce bureau (through _entities)', async () => {
    const result = await stack.query<{ enterprises: { nodes: Array<{ legalRepresentative: { id: string; name: string; phone: string } | null }> } }>(
      `{ enterprises(first: 50) { nodes { legalRepresentative { id name phone } } } }`,
      {},
      { agency: 'commerce-bureau', scopes: ['read'], purpose: TEST_PURPOSE },
    );
    expect(result.errors).toBeUndefined();
    const people = result.data!.enterprises.nodes.flatMap((node) => (node.legalRepresentative ? [node.legalRepresentative] : []));
    expect(people.length).toBeGreaterThan(0);
    for (const shown of people) {
      const [stored] = await cc().query<Array<{ name: string; phone: string }>>('SELECT name, phone FROM person WHERE id = ?', [shown.id]);
      expect(shown).toEqual({ id: shown.id, name: maskPersonalData('name', stored.name), phone: maskPersonalData('phone', stored.phone) });
    }
  });

  it('shows personal data to pii:read with an agreed purpose, and audits the read, naming the agreement, before answering', async () => {
    const before = await snapshot(stack);
    const caller: Caller = { agency: 'public-security', scopes: ['read', 'pii:read'], purpose: 'case-handling; case=SZ-2011-0042', subject: 'officer-7' };
    const result = await stack.query<PersonData>(PERSON, { id: person.id }, caller);
    expect(result.errors).toBeUndefined();
    expect(result.data!.person).toEqual(person);
    expect(await snapshot(stack)).toEqual({ ...before, audit: { ...before.audit, 'community-committees': before.audit['community-committees'] + 1 } });
    const [entry] = await auditRows(cc(), before.audit['community-committees'] + 1);
    // The ID number is personal data: the log names the person by pseudonym only.
    expect(JSON.stringify(entry)).not.toContain(person.idNumber);
    expect(entry).toMatchObject({
      action: 'READ',
      coordinates: 'Person.idNumber,Person.name,Person.phone',
      person: person.id,
      subject: 'officer-7',
      agency: 'public-security',
      purpose: 'case-handling',
      case_reference: 'SZ-2011-0042',
      agreement: 'CC-DSA-2026-002',
      // The client named its operation in the document (and sent no separate operationName): that name, not the gateway's internal one.
      operation_name: 'Person',
    });
  });

  it('appends one READ entry per person however often the request reads them', async () => {
    const before = await snapshot(stack);
    const result = await stack.query<{ community: { residents: { nodes: Array<{ id: string; name: string }> } }; again: { name: string } }>(
      `query ($code: ID!, $id: ID!) { community(code: $code) { residents(first: 5) { nodes { id name } } } again: person(id: $id) { name phone } }`,
      { code: JINYI, id: person.id },
    );
    expect(result.errors).toBeUndefined();
    const residents = result.data!.community.residents.nodes;
    expect(residents).toHaveLength(5);
    const entries = await auditRows(cc(), before.audit['community-committees'] + 1);
    const expected = new Set([...residents.map((resident) => resident.id), person.id]);
    expect(entries).toHaveLength(expected.size);
    expect(new Set(entries.map((entry) => entry.person))).toEqual(expected);
    expect(entries.every((entry) => entry.action === 'READ' && typeof entry.request_id === 'string' && entry.request_id === entries[0].request_id)).toBe(true);
    // Each entry lists the fields read of that person, in order.
    for (const entry of entries) expect(entry.coordinates).toBe(entry.person === person.id ? 'Person.name,Person.phone' : 'Person.name');
  });
});

describe('writes and audit logs', () => {
  let stack: Stack;
  let input: Record<string, unknown>;
  const ps = () => stack.subgraphs['public-security'];
  beforeAll(async () => {
    stack = await startStack();
    input = await talkEventInput(stack, '访问控制测试');
  });
  afterAll(() => stack.stop());

  async function expectForbiddenWrite(caller: Caller, viaSubgraph = false): Promise<void> {
    const before = await snapshot(stack);
    const response = viaSubgraph
      ? await postAs(ps().url, 'mutation ($input: RecordTalkEventInput!) { recordTalkEvent(input: $input) { id } }', { input }, caller, gatewaySecretHeader('public-security'))
      : await postAs(stack.gateway.url, RECORD_TALK_EVENT, { input }, caller);
    expect(response.json.data ?? null).toBeNull();
    expect(response.json.errors.map((error: { extensions: { code: string } }) => error.extensions.code)).toEqual(['FORBIDDEN']);
    expect(await snapshot(stack)).toEqual(before);
    expect(await ps().db.query('SELECT id FROM talk_event WHERE topic = ?', [input.topic])).toEqual([]);
  }

  it('refuses a commerce-bureau token recording a talk event, through the gateway', () =>
    expectForbiddenWrite({ agency: 'commerce-bureau', scopes: ['read', 'pii:read', 'write', 'audit:read'], purpose: TEST_PURPOSE }));

  it('refuses the same at the public-security subgraph reached with its secret', () =>
    expectForbiddenWrite({ agency: 'commerce-bureau', scopes: ['read', 'pii:read', 'write', 'audit:read'], purpose: TEST_PURPOSE }, true));

  it('refuses a public-security token without the write scope', () =>
    expectForbiddenWrite({ agency: 'public-security', scopes: ['read', 'pii:read', 'audit:read'], purpose: TEST_PURPOSE }));

  it("records an entitled write with exactly one WRITE entry, in its own agency's log only", async () => {
    const before = await snapshot(stack);
    const headers = { 'content-type': 'application/json', ...(await headersFor({ agency: 'public-security', scopes: ['read', 'write'], subject: 'clerk-3' })) };
    const response = await raw(stack.gateway.url, { headers, body: JSON.stringify({ query: RECORD_TALK_EVENT, variables: { input }, operationName: 'RecordTalkEvent' }) });
    expect(response.json.errors).toBeUndefined();
    const after = await snapshot(stack);
    expect(after).toEqual({ ...before, talkEvents: before.talkEvents + 1, audit: { ...before.audit, 'public-security': before.audit['public-security'] + 1 } });
    expect(await auditRows(ps().db, before.audit['public-security'] + 1)).toEqual([
      expect.objectContaining({
        action: 'WRITE',
        coordinates: 'Mutation.recordTalkEvent',
        subject: 'clerk-3',
        agency: 'public-security',
        purpose: null,
        operation_name: 'RecordTalkEvent',
        person: null,
      }),
    ]);
  });

  const AUDIT_LOG = `{ publicSecurityAuditLog(first: 5) { nodes { sequence action fieldCoordinates agency subject } totalCount brokenSequences } }`;

  it.each<[string, Caller]>([
    ["another agency's token with audit:read", { agency: 'commerce-bureau', scopes: ['read', 'pii:read', 'write', 'audit:read'], purpose: TEST_PURPOSE }],
    ["its own agency's token without audit:read", { agency: 'public-security', scopes: ['read', 'pii:read', 'write'], purpose: TEST_PURPOSE }],
  ])('refuses the audit log to %s', async (_label, caller) => {
    const before = await snapshot(stack);
    const result = await stack.query(AUDIT_LOG, {}, caller);
    expect(result.data ?? null).toBeNull();
    expect(result.errors!.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
    expect(JSON.stringify(result)).not.toContain('Mutation.recordTalkEvent');
    expect(await snapshot(stack)).toEqual(before);
  });

  it('shows the audit log to its own agency with audit:read, newest first, intact', async () => {
    const result = await stack.query<{
      publicSecurityAuditLog: { nodes: Array<{ sequence: number; action: string; fieldCoordinates: string[]; subject: string }>; totalCount: number; brokenSequences: number[] };
    }>(AUDIT_LOG, {}, { agency: 'public-security', scopes: ['read', 'audit:read'] });
    expect(result.errors).toBeUndefined();
    const log = result.data!.publicSecurityAuditLog;
    expect(log.totalCount).toBe(1);
    expect(log.nodes).toEqual([{ sequence: 1, action: 'WRITE', fieldCoordinates: ['Mutation.recordTalkEvent'], agency: 'public-security', subject: 'clerk-3' }]);
    expect(log.brokenSequences).toEqual([]);
  });
});
