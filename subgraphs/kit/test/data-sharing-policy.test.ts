import 'reflect-metadata';
import { Field, ID, ObjectType, Query, Resolver } from 'type-graphql';
import {
  NO_PERSONAL_DATA,
  Personal,
  buildFederatedSchema,
  decideAccess,
  personalCoordinates,
  policyProblems,
  type DataSharingPolicy,
  type StaffViewer,
  type StatedPurpose,
} from '../src';

@ObjectType()
class Tenant {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  @Personal('name', (tenant: Tenant) => tenant.id)
  name!: string;

  @Field(() => String)
  @Personal('phone', (tenant: Tenant) => tenant.id)
  phone!: string;
}

@Resolver()
class TenantResolver {
  @Query(() => Tenant, { nullable: true })
  tenant(): Tenant | null {
    return null;
  }
}

const purposes = [{ code: 'case-handling', description: { zh: '办案', en: 'Case handling' }, legalBasis: '《中华人民共和国个人信息保护法》第三十四条' }];
const phoneAgreement = {
  number: 'TB-DSA-2026-001',
  requester: 'public-security',
  fields: ['Tenant.phone'],
  purposes: ['case-handling'],
  validFrom: '2026-01-01',
  validTo: '2030-12-31',
};
const build = (dataSharing: DataSharingPolicy | undefined) => () =>
  buildFederatedSchema({ subgraph: 'legal-affairs', resolvers: [TenantResolver], references: {}, ...(dataSharing === undefined ? {} : { dataSharing }) });

describe('the CI rule: every personal field is decided by its owner, or the schema does not build', () => {
  it('marks personal fields in the SDL, and builds when each is covered by an agreement or owner-only', () => {
    const schema = build({ purposes, agreements: [phoneAgreement], ownerOnly: ['Tenant.name'] })();
    expect(personalCoordinates(schema)).toEqual(['Tenant.name', 'Tenant.phone']);
  });

  it('refuses a personal field that no agreement covers and that is not owner-only, naming it', () => {
    expect(build({ purposes, agreements: [phoneAgreement], ownerOnly: [] })).toThrow(
      /personal fields without a decision: Tenant\.name \(cover each with a data-sharing agreement, or list it in ownerOnly\)/,
    );
  });

  it('refuses personal fields without any policy', () => {
    expect(build(undefined)).toThrow(/personal fields Tenant\.name, Tenant\.phone need a data-sharing policy/);
    expect(build(NO_PERSONAL_DATA)).toThrow(/without a decision: Tenant\.name, Tenant\.phone/);
  });
});

describe('policyProblems', () => {
  const fields = ['Person.name', 'Person.phone', 'Person.idNumber'];
  const agencies = ['community-committees', 'public-security', 'commerce-bureau'];
  const agreement = {
    number: 'CC-DSA-2026-001',
    requester: 'public-security',
    fields: ['Person.name', 'Person.phone', 'Person.idNumber'],
    purposes: ['case-handling'],
    validFrom: '2026-01-01',
    validTo: '2030-12-31',
  };
  const problems = (policy: Partial<DataSharingPolicy>) =>
    policyProblems('community-committees', { purposes, agreements: [agreement], ownerOnly: [], ...policy }, fields, agencies);

  it('finds nothing in a sound policy', () => {
    expect(problems({})).toEqual([]);
  });

  it.each<[string, Partial<DataSharingPolicy>, RegExp]>([
    ['an agreement with the owner itself', { agreements: [{ ...agreement, requester: 'community-committees' }] }, /needs no agreement with itself/],
    ['an agency the platform does not have', { agreements: [{ ...agreement, requester: 'tax-bureau' }] }, /tax-bureau is not an agency of the platform/],
    ['an unregistered purpose', { agreements: [{ ...agreement, purposes: ['curiosity'] }] }, /purpose curiosity is not registered/],
    ['a field that is not personal', { agreements: [{ ...agreement, fields: [...agreement.fields, 'Person.residentType'] }] }, /Person\.residentType is not a personal field/],
    ['a field both shared and owner-only', { ownerOnly: ['Person.idNumber'] }, /Person\.idNumber is owner-only/],
    ['dates the wrong way round', { agreements: [{ ...agreement, validFrom: '2031-01-01' }] }, /validFrom 2031-01-01 is after validTo/],
    ['a date that does not exist', { agreements: [{ ...agreement, validTo: '2030-02-30' }] }, /calendar dates/],
    ['a negative disclosure delay', { agreements: [{ ...agreement, disclosureDelayDays: -1 }] }, /disclosureDelayDays/],
    ['a number twice', { agreements: [agreement, { ...agreement }] }, /agreement CC-DSA-2026-001 is declared twice/],
    ['a malformed number', { agreements: [{ ...agreement, number: 'cc/1' }] }, /the number must be/],
    ['a purpose registered twice', { purposes: [...purposes, ...purposes] }, /purpose case-handling is registered twice/],
    ['a purpose code that is not kebab-case', { purposes: [{ ...purposes[0], code: 'Case Handling' }] }, /must be kebab-case/],
    ['a purpose without its legal basis', { purposes: [{ ...purposes[0], legalBasis: ' ' }] }, /needs its legal basis/],
  ])('finds %s', (_case, policy, problem) => {
    expect(problems(policy).join('\n')).toMatch(problem);
  });
});

describe('decideAccess: the two keys', () => {
  const policy: DataSharingPolicy = {
    purposes: [...purposes, { code: 'patrol-vetting', description: { zh: '审查', en: 'Vetting' }, legalBasis: '《中华人民共和国人民警察法》' }],
    agreements: [
      { number: 'CC-DSA-2026-001', requester: 'public-security', fields: ['Person.phone'], purposes: ['patrol-vetting'], validFrom: '2026-01-01', validTo: '2030-12-31' },
      { number: 'CC-DSA-2021-002', requester: 'commerce-bureau', fields: ['Person.phone'], purposes: ['case-handling'], validFrom: '2021-01-01', validTo: '2025-12-31' },
      { number: 'CC-DSA-2031-003', requester: 'commerce-bureau', fields: ['Person.phone'], purposes: ['case-handling'], validFrom: '2031-01-01', validTo: '2035-12-31' },
    ],
    ownerOnly: ['Person.idNumber'],
  };
  const staff = (agency: string, scopes: StaffViewer['scopes'] = ['read', 'pii:read']): StaffViewer => ({ kind: 'staff', subject: 'x', agency, scopes });
  const purpose = (code: string): StatedPurpose => ({ code, caseReference: null });
  let lookups = 0;
  const decide = (
    viewer: StaffViewer | { kind: 'resident'; subject: string; scopes: [] },
    stated: StatedPurpose | null,
    coordinate = 'Person.phone',
    suspended: string[] = [],
    today = '2027-06-01',
  ) =>
    decideAccess({ owner: 'community-committees', policy, viewer, purpose: stated, coordinate, today }, async () => {
      lookups += 1;
      return new Set(suspended);
    });

  it.each<[string, Parameters<typeof decide>, Awaited<ReturnType<typeof decide>>]>([
    ['no pii:read', [staff('public-security', ['read']), purpose('patrol-vetting')], { unmasked: false, reason: 'NO_PII_SCOPE' }],
    ['a resident', [{ kind: 'resident', subject: 'P0', scopes: [] }, purpose('patrol-vetting')], { unmasked: false, reason: 'NO_PII_SCOPE' }],
    ['no purpose', [staff('public-security'), null], { unmasked: false, reason: 'NO_PURPOSE' }],
    ['an unregistered purpose, even for the owner', [staff('community-committees'), purpose('curiosity')], { unmasked: false, reason: 'UNKNOWN_PURPOSE' }],
    [
      "the owner's staff with a registered purpose, owner-only field included",
      [staff('community-committees'), purpose('case-handling'), 'Person.idNumber'],
      { unmasked: true, agreement: null },
    ],
    ['another agency on an owner-only field', [staff('public-security'), purpose('patrol-vetting'), 'Person.idNumber'], { unmasked: false, reason: 'OWNER_ONLY' }],
    ['an agency without an agreement for that purpose', [staff('public-security'), purpose('case-handling')], { unmasked: false, reason: 'NO_AGREEMENT' }],
    ['an agency with no agreement at all', [staff('legal-affairs'), purpose('patrol-vetting')], { unmasked: false, reason: 'NO_AGREEMENT' }],
    ['an agreement in force', [staff('public-security'), purpose('patrol-vetting')], { unmasked: true, agreement: 'CC-DSA-2026-001' }],
    [
      'an agreement in force on its last day',
      [staff('public-security'), purpose('patrol-vetting'), 'Person.phone', [], '2030-12-31'],
      { unmasked: true, agreement: 'CC-DSA-2026-001' },
    ],
    ['the day after its last', [staff('public-security'), purpose('patrol-vetting'), 'Person.phone', [], '2031-01-01'], { unmasked: false, reason: 'EXPIRED' }],
    ['the day before its first', [staff('public-security'), purpose('patrol-vetting'), 'Person.phone', [], '2025-12-31'], { unmasked: false, reason: 'NOT_YET_VALID' }],
    ['a suspended agreement', [staff('public-security'), purpose('patrol-vetting'), 'Person.phone', ['CC-DSA-2026-001']], { unmasked: false, reason: 'SUSPENDED' }],
    ['an expired agreement and one still to come', [staff('commerce-bureau'), purpose('case-handling')], { unmasked: false, reason: 'NOT_YET_VALID' }],
  ])('decides %s', async (_case, args, expected) => {
    await expect(decide(...args)).resolves.toEqual(expected);
  });

  it('reads the suspensions only when an agreement in force would decide', async () => {
    lookups = 0;
    await decide(staff('public-security'), purpose('case-handling'));
    await decide(staff('community-committees'), purpose('case-handling'));
    await decide(staff('public-security'), purpose('patrol-vetting'), 'Person.phone', [], '2031-01-01');
    expect(lookups).toBe(0);
    await decide(staff('public-security'), purpose('patrol-vetting'));
    expect(lookups).toBe(1);
  });
});
