import { maskPersonalData, type MaskReason } from '@governance/kit';
import { startStack, type Stack } from './support/stack';
import { gatewaySecretHeader, type Caller } from '@governance/testkit/tokens';
import { auditRows, postAs, somePerson } from './security/support';

/**
 * The data owner decides, through the gateway and at its own subgraph: the
 * community committees' agreements (subgraphs/community-committees/src/data-sharing/)
 * entitle public security for patrol vetting (name, phone) and case
 * handling (and the ID number), the commerce bureau for licence review
 * (its ID-number agreement has expired) and the legal affairs office for
 * reconsideration review; the industry associations have none. Anything a
 * token with pii:read is not entitled to by the owner comes back masked,
 * with the reason in the response's personalData extension, and the audit
 * entry of what was unmasked names the agreement.
 */

const PERSON = `query Person($id: ID!) { person(id: $id) { id name phone idNumber } }`;
type Person = { id: string; name: string; phone: string; idNumber: string };
type Notes = {
  masked: Array<{ coordinate: string; owner: string; reason: MaskReason; message: string }>;
  unmasked: Array<{ coordinate: string; owner: string; agreement: string | null }>;
};

const SUSPEND = `mutation ($number: ID!, $reason: String!) { communityCommitteesSuspendAgreement(number: $number, reason: $reason) { number status suspendedAt suspensionReason } }`;
const REINSTATE = `mutation ($number: ID!) { communityCommitteesReinstateAgreement(number: $number) { number status suspendedAt } }`;
const clerk: Caller = { agency: 'community-committees', scopes: ['read', 'write'], subject: 'registrar-2' };

describe("personal data is unmasked only when the owner entitles the caller's agency for the stated purpose", () => {
  let stack: Stack;
  let person: Person;
  const cc = () => stack.subgraphs['community-committees'].db;
  const read = (caller: Caller) => stack.query<{ person: Person }>(PERSON, { id: person.id }, caller);
  const masked = (field: keyof Person) => maskPersonalData(field === 'idNumber' ? 'idNumber' : field === 'name' ? 'name' : 'phone', person[field]);
  const reasons = (notes: unknown) => Object.fromEntries((notes as Notes).masked.map((item) => [item.coordinate, item.reason]));
  const agreements = (notes: unknown) => Object.fromEntries((notes as Notes).unmasked.map((item) => [item.coordinate, item.agreement]));
  const lastSequence = async () => Number((await cc().query('SELECT MAX(sequence) AS n FROM audit_log'))[0].n ?? 0);

  beforeAll(async () => {
    stack = await startStack();
    person = await somePerson(stack, 7);
  });
  afterAll(() => stack.stop());

  it.each(['patrol-vetting', 'case-handling; case=SZ-2011-0042', 'licence-review', 'resident-services', 'curiosity', undefined])(
    'masks every field for industry-associations, which has no agreement, with pii:read and x-purpose %p; no audit entry',
    async (purpose) => {
      const before = await lastSequence();
      const result = await read({ agency: 'industry-associations', scopes: ['read', 'pii:read'], ...(purpose === undefined ? {} : { purpose }) });
      expect(result.errors).toBeUndefined();
      expect(result.data!.person).toEqual({ id: person.id, name: masked('name'), phone: masked('phone'), idNumber: masked('idNumber') });
      const reason: MaskReason = purpose === undefined ? 'NO_PURPOSE' : purpose === 'curiosity' ? 'UNKNOWN_PURPOSE' : 'NO_AGREEMENT';
      expect(reasons(result.extensions!.personalData)).toEqual({ 'Person.idNumber': reason, 'Person.name': reason, 'Person.phone': reason });
      expect(
        (result.extensions!.personalData as Notes).masked.every((item) => item.owner === 'community-committees' && item.message.startsWith(`${item.coordinate} is masked: `)),
      ).toBe(true);
      expect(await lastSequence()).toBe(before);
    },
  );

  it('unmasks name and phone for public security vetting a patrol member, and names the agreement in the audit entry; the ID number stays masked', async () => {
    const before = await lastSequence();
    const result = await read({ agency: 'public-security', scopes: ['read', 'pii:read'], purpose: 'patrol-vetting', subject: 'officer-12' });
    expect(result.data!.person).toEqual({ id: person.id, name: person.name, phone: person.phone, idNumber: masked('idNumber') });
    expect(agreements(result.extensions!.personalData)).toEqual({ 'Person.name': 'CC-DSA-2026-001', 'Person.phone': 'CC-DSA-2026-001' });
    expect(reasons(result.extensions!.personalData)).toEqual({ 'Person.idNumber': 'NO_AGREEMENT' });
    expect(await auditRows(cc(), before + 1)).toEqual([
      expect.objectContaining({
        action: 'READ',
        person: person.id,
        coordinates: 'Person.name,Person.phone',
        agency: 'public-security',
        subject: 'officer-12',
        purpose: 'patrol-vetting',
        case_reference: null,
        agreement: 'CC-DSA-2026-001',
        hash_version: 3,
      }),
    ]);
  });

  it('unmasks the ID number too for case handling, recording the case reference', async () => {
    const before = await lastSequence();
    const result = await read({ agency: 'public-security', scopes: ['read', 'pii:read'], purpose: 'case-handling; case=SZ-2011-0042' });
    expect(result.data!.person).toEqual(person);
    expect(await auditRows(cc(), before + 1)).toEqual([
      expect.objectContaining({ coordinates: 'Person.idNumber,Person.name,Person.phone', purpose: 'case-handling', case_reference: 'SZ-2011-0042', agreement: 'CC-DSA-2026-002' }),
    ]);
  });

  it('masks the ID number for the commerce bureau as EXPIRED (its 2021-2025 agreement), and shows name and phone under the renewal', async () => {
    const result = await read({ agency: 'commerce-bureau', scopes: ['read', 'pii:read'], purpose: 'licence-review' });
    expect(result.data!.person).toEqual({ ...person, idNumber: masked('idNumber') });
    expect(reasons(result.extensions!.personalData)).toEqual({ 'Person.idNumber': 'EXPIRED' });
    expect(agreements(result.extensions!.personalData)).toEqual({ 'Person.name': 'CC-DSA-2026-004', 'Person.phone': 'CC-DSA-2026-004' });
  });

  it('masks for a purpose the owner registered but did not agree with that agency, and without pii:read whatever the purpose', async () => {
    const wrongPurpose = await read({ agency: 'legal-affairs', scopes: ['read', 'pii:read'], purpose: 'patrol-vetting' });
    expect(reasons(wrongPurpose.extensions!.personalData)).toEqual({ 'Person.idNumber': 'NO_AGREEMENT', 'Person.name': 'NO_AGREEMENT', 'Person.phone': 'NO_AGREEMENT' });
    const agreed = await read({ agency: 'legal-affairs', scopes: ['read', 'pii:read'], purpose: 'reconsideration-review' });
    expect(agreements(agreed.extensions!.personalData)).toEqual({ 'Person.name': 'CC-DSA-2026-005', 'Person.phone': 'CC-DSA-2026-005' });
    const noScope = await read({ agency: 'public-security', scopes: ['read'], purpose: 'patrol-vetting' });
    expect(reasons(noScope.extensions!.personalData)).toEqual({ 'Person.idNumber': 'NO_PII_SCOPE', 'Person.name': 'NO_PII_SCOPE', 'Person.phone': 'NO_PII_SCOPE' });
  });

  it("unmasks for the owner's own staff with any registered purpose, under no agreement, and masks an unregistered one", async () => {
    const own = await read({ agency: 'community-committees', scopes: ['read', 'pii:read'], purpose: 'resident-services' });
    expect(own.data!.person).toEqual(person);
    expect(agreements(own.extensions!.personalData)).toEqual({ 'Person.idNumber': null, 'Person.name': null, 'Person.phone': null });
    const unregistered = await read({ agency: 'community-committees', scopes: ['read', 'pii:read'], purpose: 'general-interest' });
    expect(reasons(unregistered.extensions!.personalData)).toEqual({ 'Person.idNumber': 'UNKNOWN_PURPOSE', 'Person.name': 'UNKNOWN_PURPOSE', 'Person.phone': 'UNKNOWN_PURPOSE' });
  });

  it("decides the same at the owner's subgraph reached directly, with its extension", async () => {
    const direct = await postAs(
      stack.subgraphs['community-committees'].url,
      PERSON,
      { id: person.id },
      { agency: 'industry-associations', scopes: ['read', 'pii:read'], purpose: 'patrol-vetting' },
      gatewaySecretHeader('community-committees'),
    );
    expect(direct.json.data.person.phone).toBe(masked('phone'));
    expect(reasons(direct.json.extensions.personalData)).toEqual({ 'Person.idNumber': 'NO_AGREEMENT', 'Person.name': 'NO_AGREEMENT', 'Person.phone': 'NO_AGREEMENT' });
  });

  it("masks people reached through another agency's records the same way (a legal representative, through _entities)", async () => {
    const result = await stack.query<{ enterprises: { nodes: Array<{ legalRepresentative: { name: string; phone: string } | null }> } }>(
      `{ enterprises(first: 5) { nodes { legalRepresentative { name phone } } } }`,
      {},
      { agency: 'industry-associations', scopes: ['read', 'pii:read'], purpose: 'licence-review' },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.enterprises.nodes.some((node) => node.legalRepresentative !== null)).toBe(true);
    expect(reasons(result.extensions!.personalData)).toEqual({ 'Person.name': 'NO_AGREEMENT', 'Person.phone': 'NO_AGREEMENT' });
  });

  it.each(['case 2011-0042', 'patrol-vetting; case=SZ 2011', 'Patrol-Vetting'])(
    'refuses a malformed x-purpose %p with 400 naming x-purpose, at the gateway and at the subgraph',
    async (purpose) => {
      for (const [url, extra] of [
        [stack.gateway.url, {}],
        [stack.subgraphs['community-committees'].url, gatewaySecretHeader('community-committees')],
      ] as const) {
        const response = await postAs(url, PERSON, { id: person.id }, { agency: 'public-security', scopes: ['read', 'pii:read'], purpose }, extra);
        expect(response.status).toBe(400);
        expect(response.json.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'x-purpose' });
      }
    },
  );

  describe('suspension', () => {
    const vetting: Caller = { agency: 'public-security', scopes: ['read', 'pii:read'], purpose: 'patrol-vetting' };

    it("lets only the owner's staff with write suspend: another agency, or the owner without write, is FORBIDDEN and nothing changes", async () => {
      for (const caller of [
        { agency: 'public-security', scopes: ['read', 'write'] },
        { agency: 'community-committees', scopes: ['read', 'pii:read', 'audit:read'] },
      ] as Caller[]) {
        const before = await lastSequence();
        const result = await stack.query(SUSPEND, { number: 'CC-DSA-2026-001', reason: 'an attempt' }, caller);
        expect(result.errors!.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
        expect(await lastSequence()).toBe(before);
      }
      expect((await read(vetting)).data!.person.phone).toBe(person.phone);
    });

    it('refuses an unknown agreement (NOT_FOUND), a malformed number or reason (BAD_USER_INPUT), and reinstating one not suspended', async () => {
      expect((await stack.query(SUSPEND, { number: 'CC-DSA-1999-999', reason: 'x' }, clerk)).errors![0].extensions).toMatchObject({ code: 'NOT_FOUND' });
      expect((await stack.query(SUSPEND, { number: 'cc dsa', reason: 'x' }, clerk)).errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'number' });
      expect((await stack.query(SUSPEND, { number: 'CC-DSA-2026-001', reason: '   ' }, clerk)).errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
      expect((await stack.query(REINSTATE, { number: 'CC-DSA-2026-001' }, clerk)).errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'number' });
    });

    it('masks again at once, on reads running while the owner suspends, and unmasks again once it reinstates; both changes are audited', async () => {
      const before = await lastSequence();
      // Reads in flight while the suspension commits see it or not, each consistently; every read after it is masked.
      const during = Promise.all(Array.from({ length: 12 }, () => read(vetting)));
      const suspended = await stack.query<{ communityCommitteesSuspendAgreement: { status: string; suspensionReason: string } }>(
        SUSPEND,
        { number: 'CC-DSA-2026-001', reason: 'Vetting paused after a complaint' },
        clerk,
      );
      expect(suspended.errors).toBeUndefined();
      expect(suspended.data!.communityCommitteesSuspendAgreement).toMatchObject({ status: 'SUSPENDED', suspensionReason: 'Vetting paused after a complaint' });
      for (const result of await during) {
        const { name, phone } = result.data!.person;
        expect([name === person.name, phone === person.phone]).toEqual(name === person.name ? [true, true] : [false, false]);
      }
      const after = await Promise.all(Array.from({ length: 6 }, () => read(vetting)));
      for (const result of after) {
        expect(result.data!.person).toEqual({ id: person.id, name: masked('name'), phone: masked('phone'), idNumber: masked('idNumber') });
        expect(reasons(result.extensions!.personalData)).toEqual({ 'Person.idNumber': 'NO_AGREEMENT', 'Person.name': 'SUSPENDED', 'Person.phone': 'SUSPENDED' });
      }
      // The other agreement with public security is not touched.
      expect((await read({ ...vetting, purpose: 'case-handling' })).data!.person).toEqual(person);

      const again = await stack.query(SUSPEND, { number: 'CC-DSA-2026-001', reason: 'twice' }, clerk);
      expect(again.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'number' }, message: expect.stringMatching(/already suspended/) });
      const reinstated = await stack.query<{ communityCommitteesReinstateAgreement: { status: string; suspendedAt: string | null } }>(
        REINSTATE,
        { number: 'CC-DSA-2026-001' },
        clerk,
      );
      expect(reinstated.data!.communityCommitteesReinstateAgreement).toEqual({ number: 'CC-DSA-2026-001', status: 'IN_FORCE', suspendedAt: null });
      expect((await read(vetting)).data!.person.phone).toBe(person.phone);

      const writes = (await auditRows(cc(), before + 1)).filter((row) => row.action === 'WRITE');
      expect(writes.map((row) => [row.coordinates, row.agreement, row.subject])).toEqual([
        ['Mutation.communityCommitteesSuspendAgreement', 'CC-DSA-2026-001', 'registrar-2'],
        ['Mutation.communityCommitteesReinstateAgreement', 'CC-DSA-2026-001', 'registrar-2'],
      ]);
    });

    it('lets one of two concurrent suspensions win; the other is told it is already suspended', async () => {
      const results = await Promise.all([1, 2].map((n) => stack.query(SUSPEND, { number: 'CC-DSA-2026-005', reason: `clerk ${n}` }, clerk)));
      expect(results.filter((result) => result.errors === undefined)).toHaveLength(1);
      expect(results.flatMap((result) => result.errors ?? []).map((error) => error.extensions?.code)).toEqual(['BAD_USER_INPUT']);
      const [row] = await cc().query<Array<{ suspension_reason: string }>>('SELECT suspension_reason FROM data_sharing_agreement WHERE number = ?', ['CC-DSA-2026-005']);
      expect(['clerk 1', 'clerk 2']).toContain(row.suspension_reason);
      expect((await stack.query(REINSTATE, { number: 'CC-DSA-2026-005' }, clerk)).errors).toBeUndefined();
    });

    it("shows every agency the policy and each agreement's state", async () => {
      const result = await stack.query<{
        communityCommitteesDataSharing: {
          purposes: Array<{ code: string }>;
          agreements: Array<{ number: string; requester: string; status: string; fields: string[]; disclosureDelayDays: number }>;
        };
      }>(
        `{ communityCommitteesDataSharing { purposes { code descriptionZh descriptionEn legalBasis } agreements { number requester status fields purposes disclosureDelayDays } } }`,
        {},
        { agency: 'industry-associations', scopes: ['read'] },
      );
      const policy = result.data!.communityCommitteesDataSharing;
      expect(policy.purposes.map((purpose) => purpose.code)).toEqual(['case-handling', 'licence-review', 'patrol-vetting', 'reconsideration-review', 'resident-services']);
      expect(policy.agreements.map((agreement) => [agreement.number, agreement.requester, agreement.status])).toEqual([
        ['CC-DSA-2021-003', 'commerce-bureau', 'EXPIRED'],
        ['CC-DSA-2026-001', 'public-security', 'IN_FORCE'],
        ['CC-DSA-2026-002', 'public-security', 'IN_FORCE'],
        ['CC-DSA-2026-004', 'commerce-bureau', 'IN_FORCE'],
        ['CC-DSA-2026-005', 'legal-affairs', 'IN_FORCE'],
      ]);
      expect(policy.agreements.find((agreement) => agreement.number === 'CC-DSA-2026-002')!.disclosureDelayDays).toBe(180);
    });
  });
});
