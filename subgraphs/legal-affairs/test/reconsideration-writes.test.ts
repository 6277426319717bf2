import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SCOPES, makeCreditCode, verifyAuditChain, type RunningSubgraph } from '@governance/kit';
import { startSoloSubgraph, startTestSubgraph, type SoloSubgraph } from '@governance/testkit/subgraph';
import { TEST_PURPOSE, type Caller } from '@governance/testkit/tokens';
import { commerceBureau } from '@governance/commerce-bureau';
import { communityCommittees } from '@governance/community-committees';
import { legalAffairs } from '../src/subgraph';
import { records, rowCount } from './support';

const FILE = `mutation ($input: FileReconsiderationCaseInput!) {
  fileReconsiderationCase(input: $input) { id outcome decidedOn reviewMethod receivedOn decisionKind contestedDecision applicant { id } respondent { code } reconsiderationBody { code } enterprise { creditCode } }
}`;
const DECIDE = `mutation ($id: ID!, $outcome: ReconsiderationOutcome!, $reviewMethod: ReviewMethod!, $decidedOn: Date!) {
  decideReconsiderationCase(id: $id, outcome: $outcome, reviewMethod: $reviewMethod, decidedOn: $decidedOn) { id outcome reviewMethod decidedOn }
}`;

interface Filed {
  id: string;
  outcome: string;
  reconsiderationBody: { code: string };
}

/** Owners first: the community committees (applicants), then the commerce bureau (enterprises), which checks its own references with them. */
describe('legal-affairs: filing and deciding cases, checked with the agencies that own applicants and enterprises', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'la-owners-'));
  let committees: RunningSubgraph;
  let commerce: RunningSubgraph;
  let solo: SoloSubgraph;
  let applicantId: string;
  let creditCode: string;
  const filing = (overrides: Record<string, unknown> = {}) => ({
    applicantId,
    respondentCode: '320506-PSB',
    decisionKind: 'ADMINISTRATIVE_PENALTY',
    contestedDecision: '苏州市公安局吴中分局行政处罚决定书（〔2011〕第042号）',
    enterpriseCreditCode: null,
    receivedOn: '2011-06-01',
    ...overrides,
  });
  const counts = async () => ({ cases: await rowCount(solo, 'reconsideration_case'), audit: await rowCount(solo, 'audit_log') });
  const file = async (input: Record<string, unknown>, caller?: Caller) => solo.query<{ fileReconsiderationCase: Filed }>(FILE, { input }, caller);

  beforeAll(async () => {
    committees = await startTestSubgraph(communityCommittees, dir);
    commerce = await startTestSubgraph(commerceBureau, dir, { COMMUNITY_COMMITTEES_URL: committees.url });
    solo = await startSoloSubgraph(legalAffairs, { COMMUNITY_COMMITTEES_URL: committees.url, COMMERCE_BUREAU_URL: commerce.url });
    [{ id: applicantId }] = await committees.db.query('SELECT id FROM person ORDER BY id LIMIT 1');
    creditCode = records.cases.find((record) => record.enterpriseCreditCode !== null)!.enterpriseCreditCode!;
  });
  afterAll(async () => {
    await solo?.stop();
    await commerce?.stop();
    await committees?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('files a case PENDING with the body that hears the respondent, audited against the applicant, and decides it once', async () => {
    const before = await counts();
    const filed = await file(filing({ enterpriseCreditCode: creditCode, respondentCode: '320506-AIC', decisionKind: 'ADMINISTRATIVE_LICENSING' }));
    expect(filed.errors).toBeUndefined();
    expect(filed.data!.fileReconsiderationCase).toMatchObject({
      outcome: 'PENDING',
      decidedOn: null,
      reviewMethod: null,
      applicant: { id: applicantId },
      respondent: { code: '320506-AIC' },
      // The city's commerce bureau hears its district branches.
      reconsiderationBody: { code: '320500-AIC' },
      enterprise: { creditCode },
    });
    expect(await counts()).toEqual({ cases: before.cases + 1, audit: before.audit + 1 });
    const [entry] = await solo.subgraph.db.query('SELECT action, coordinates, person FROM audit_log ORDER BY sequence DESC LIMIT 1');
    expect(entry).toEqual({ action: 'WRITE', coordinates: 'Mutation.fileReconsiderationCase', person: applicantId });

    const { id } = filed.data!.fileReconsiderationCase;
    const decided = await solo.query<{ decideReconsiderationCase: Record<string, unknown> }>(DECIDE, {
      id,
      outcome: 'REVOKED',
      reviewMethod: 'ON_SITE_INVESTIGATION',
      decidedOn: '2011-07-20',
    });
    expect(decided.errors).toBeUndefined();
    expect(decided.data!.decideReconsiderationCase).toEqual({ id, outcome: 'REVOKED', reviewMethod: 'ON_SITE_INVESTIGATION', decidedOn: '2011-07-20' });
    const again = await solo.query(DECIDE, { id, outcome: 'UPHELD', reviewMethod: 'WRITTEN_REVIEW', decidedOn: '2011-07-21' });
    expect(again.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    expect(again.errors![0].message).toMatch(/already decided \(REVOKED\)/);
    const caseload = await solo.query<{ administrativeBody: { caseload: { revokedOrConfirmedUnlawful: number } } }>(
      `{ administrativeBody(code: "320506-AIC") { caseload { revokedOrConfirmedUnlawful } } }`,
    );
    expect(caseload.data!.administrativeBody.caseload.revokedOrConfirmedUnlawful).toBe(
      records.cases.filter((record) => record.respondentCode === '320506-AIC' && ['REVOKED', 'CONFIRMED_UNLAWFUL'].includes(record.outcome)).length + 1,
    );
  });

  it.each([
    ['an applicant id that is not a pseudonym', { applicantId: '320506198001011234' }, 'applicantId', /Person id/],
    ['an applicant the register does not know', { applicantId: `P${'0'.repeat(23)}` }, 'applicantId', /no Person with id .* community-committees register/],
    ['an unknown respondent', { respondentCode: '320506-TAX' }, 'respondentCode', /no office "320506-TAX"/],
    ['a respondent the province hears', { respondentCode: '320500-AIC' }, 'respondentCode', /reconsidered by the province/],
    ['an enterprise with a wrong check character', { enterpriseCreditCode: '91320571MA1M9999XX' }, 'enterpriseCreditCode', /check character/],
    [
      'an enterprise the registry does not know',
      { enterpriseCreditCode: makeCreditCode('91', '320571', 'MA1N7001') },
      'enterpriseCreditCode',
      /no Enterprise with creditCode .* commerce-bureau register/,
    ],
    ['an empty contested decision', { contestedDecision: '  ' }, 'contestedDecision', /1 to 300 characters/],
    ['a contested decision of 301 characters', { contestedDecision: '决'.repeat(301) }, 'contestedDecision', /1 to 300 characters/],
    ['a day before the law took effect', { receivedOn: '1999-09-30' }, 'receivedOn', /Administrative Reconsideration Law took effect/],
    ['a day in the future', { receivedOn: '2999-01-01' }, 'receivedOn', /future/],
  ])('refuses a filing with %s as BAD_USER_INPUT naming the field, writing nothing', async (_case, overrides, field, reason) => {
    const before = await counts();
    const result = await file(filing(overrides));
    expect(result.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(result.errors![0].message).toMatch(reason);
    expect(await counts()).toEqual(before);
  });

  it('refuses bad decisions, writing nothing', async () => {
    const { id } = (await file(filing({ receivedOn: '2011-09-01' }))).data!.fileReconsiderationCase;
    const decide = (variables: Record<string, unknown>) => solo.query(DECIDE, { id, outcome: 'UPHELD', reviewMethod: 'WRITTEN_REVIEW', decidedOn: '2011-10-01', ...variables });
    const before = await counts();
    for (const [variables, field, reason] of [
      [{ outcome: 'PENDING' }, 'outcome', /not PENDING/],
      [{ decidedOn: '2011-08-31' }, 'decidedOn', /before the case was received \(2011-09-01\)/],
      [{ decidedOn: '2999-01-01' }, 'decidedOn', /future/],
    ] as const) {
      const result = await decide(variables);
      expect(result.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(result.errors![0].message).toMatch(reason);
    }
    const unknown = await decide({ id: '999999' });
    expect(unknown.errors![0].extensions).toMatchObject({ code: 'NOT_FOUND' });
    expect(await counts()).toEqual(before);
  });

  it.each<[string, Caller, RegExp]>([
    ['a token of another agency', { agency: 'commerce-bureau', scopes: SCOPES, purpose: TEST_PURPOSE }, /only legal-affairs tokens may/],
    [
      'a legal-affairs token without the write scope',
      { agency: 'legal-affairs', scopes: SCOPES.filter((scope) => scope !== 'write'), purpose: TEST_PURPOSE },
      /needs the "write" scope/,
    ],
  ])('refuses %s as FORBIDDEN, writing nothing', async (_case, caller, reason) => {
    const before = await counts();
    const result = await file(filing(), caller);
    expect(result.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect(result.errors![0].message).toMatch(reason);
    expect(await counts()).toEqual(before);
  });

  it('decides a case once when eight decisions race: one wins, the others are refused and leave no audit entry', async () => {
    const { id } = (await file(filing({ receivedOn: '2011-03-01' }))).data!.fileReconsiderationCase;
    const before = await counts();
    const outcomes = ['UPHELD', 'REVOKED', 'VARIED', 'REJECTED', 'SETTLED', 'WITHDRAWN', 'CONFIRMED_UNLAWFUL', 'ORDERED_TO_PERFORM'];
    const results = await Promise.all(
      outcomes.map((outcome) => solo.query<{ decideReconsiderationCase: { outcome: string } }>(DECIDE, { id, outcome, reviewMethod: 'WRITTEN_REVIEW', decidedOn: '2011-04-01' })),
    );
    const winners = results.filter((result) => result.errors === undefined);
    expect(winners).toHaveLength(1);
    for (const loser of results.filter((result) => result.errors !== undefined)) expect(loser.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    const [stored]: Array<{ outcome: string }> = await solo.subgraph.db.query('SELECT outcome FROM reconsideration_case WHERE id = ?', [Number(id)]);
    expect(stored.outcome).toBe(winners[0].data!.decideReconsiderationCase.outcome);
    expect(await counts()).toEqual({ cases: before.cases, audit: before.audit + 1 });
  });

  it('files twelve concurrent cases under twelve numbers, with one intact audit chain', async () => {
    const before = await counts();
    const results = await Promise.all(Array.from({ length: 12 }, (_, i) => file(filing({ contestedDecision: `并发申请 ${i}` }))));
    expect(results.flatMap((result) => result.errors ?? [])).toEqual([]);
    expect(new Set(results.map((result) => result.data!.fileReconsiderationCase.id)).size).toBe(12);
    expect(await counts()).toEqual({ cases: before.cases + 12, audit: before.audit + 12 });
    expect((await verifyAuditChain(solo.subgraph.db)).intact).toBe(true);
  });
});
