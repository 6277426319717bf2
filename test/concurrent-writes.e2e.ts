import { makeCreditCode, makeIdNumber, verifyAuditChain } from '@governance/kit';
import type { DataSource } from 'typeorm';
import type { GraphQLResponse } from '@governance/testkit/graphql-client';
import { countRows } from '@governance/testkit/database';
import { expectEnterpriseCountsToMatchRegistry } from '@governance/testkit/enterprise-counts';
import { expectTalkEventSummariesToMatchEvents } from '@governance/testkit/talk-event-summaries';
import { startStack, type Stack } from './support/stack';
import { JINYI, talkEventInput } from './security/support';

/**
 * Clerks writing at the same moment, through the gateway, on SQLite (one
 * writer at a time) and on MariaDB (where races are real): N concurrent
 * writes of each kind, on the same day, the same key and distinct keys.
 * Every write either succeeds with an id nobody else got, or is refused as
 * BAD_USER_INPUT naming the field; never INTERNAL_SERVER_ERROR. Every row
 * written has its audit entry, and every chain verifies afterwards.
 */

const RECORD_TALK_EVENT = `mutation RecordTalkEvent($input: RecordTalkEventInput!) { recordTalkEvent(input: $input) { id heldOn } }`;
const SIGN_AGREEMENT = `mutation Sign($input: SignEntrustmentAgreementInput!) { signEntrustmentAgreement(input: $input) { id } }`;
const REGISTER_ENTERPRISE = `mutation RegisterEnterprise($input: RegisterEnterpriseInput!) { registerEnterprise(input: $input) { creditCode } }`;
const REGISTER_RESIDENT = `mutation RegisterResident($input: RegisterResidentInput!) { registerResident(input: $input) { id } }`;
const ADD_MEMBERSHIP = `mutation Join($a: ID!, $e: ID!, $since: Date!) { addMembership(associationCreditCode: $a, enterpriseCreditCode: $e, since: $since) { id } }`;
const CHANGE_STATUS = `mutation Change($c: ID!) { changeLicenseStatus(creditCode: $c, status: SUSPENDED, reason: "并发测试") { licenseStatus } }`;
const OPEN_CASE = `mutation Open($input: OpenEnforcementCaseInput!) { openEnforcementCase(input: $input) { id } }`;
const CLOSE_CASE = `mutation Close($id: ID!) { closeEnforcementCase(id: $id, outcome: WARNED, closedOn: "2011-09-01") { id outcome } }`;

type Outcome = string;

/** "ok", or the code and field of the one error: what the client saw. */
function outcomeOf(response: GraphQLResponse): Outcome {
  if (!response.errors || response.errors.length === 0) return 'ok';
  const [error] = response.errors;
  const field = error.extensions?.field;
  return `${String(error.extensions?.code)} ${typeof field === 'string' ? field : ''}`.trim();
}

function tally(outcomes: readonly Outcome[]): Record<Outcome, number> {
  const counts: Record<Outcome, number> = {};
  for (const outcome of outcomes) counts[outcome] = (counts[outcome] ?? 0) + 1;
  return counts;
}

describe('concurrent writes', () => {
  let stack: Stack;
  let serial = 0;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack.stop());

  /** Runs `count` writes at once and returns what each client saw. */
  async function atOnce<T>(count: number, write: (index: number) => Promise<GraphQLResponse<T>>): Promise<Array<GraphQLResponse<T>>> {
    return Promise.all(Array.from({ length: count }, (_, index) => write(index)));
  }

  const writeEntries = (db: DataSource, coordinate: string) => countRows(db, 'audit_log', `action = 'WRITE' AND coordinates = ?`, [coordinate]);

  const freshEnterprise = () => {
    serial += 1;
    return {
      creditCode: makeCreditCode('91', '320571', `MC${String(serial).padStart(6, '0')}`),
      name: `并发企业${serial}`,
      kind: 'COMPANY',
      industry: 'MANUFACTURING',
      communityCode: JINYI,
      establishedOn: '2005-05-05',
    };
  };

  afterEach(async () => {
    for (const [name, subgraph] of Object.entries(stack.subgraphs)) {
      const report = await verifyAuditChain(subgraph.db);
      expect([name, report.intact, report.firstBroken]).toEqual([name, true, undefined]);
    }
  });

  it('gives 50 talk events recorded for the same day at once 50 distinct, consecutive TE-<yyyymmdd>-<nnnn> ids', async () => {
    const db = stack.subgraphs['public-security'].db;
    const input = { ...(await talkEventInput(stack, '同日并发')), heldOn: '2011-11-12' };
    const before = await countRows(db, 'talk_event', 'held_on = ?', ['2011-11-12']);
    const entries = await writeEntries(db, 'Mutation.recordTalkEvent');
    const results = await atOnce(50, () => stack.query<{ recordTalkEvent: { id: string } }>(RECORD_TALK_EVENT, { input }));
    expect(tally(results.map(outcomeOf))).toEqual({ ok: 50 });
    const ids = results.map((result) => result.data!.recordTalkEvent.id).sort();
    expect(new Set(ids).size).toBe(50);
    expect(ids.every((id) => /^TE-20111112-\d{4}$/.test(id))).toBe(true);
    const numbers = ids.map((id) => Number(id.slice(-4)));
    expect(numbers[49] - numbers[0]).toBe(49);
    expect(await countRows(db, 'talk_event', 'held_on = ?', ['2011-11-12'])).toBe(before + 50);
    expect(await writeEntries(db, 'Mutation.recordTalkEvent')).toBe(entries + 50);
    // The sums public security's triggers keep: no concurrent upsert was lost or deadlocked.
    await expectTalkEventSummariesToMatchEvents(stack.subgraphs['public-security'].db);
  });

  it('records 10 rounds of 10 same-day talk events, and 20 on distinct days, without a refusal', async () => {
    const input = await talkEventInput(stack, '多轮并发');
    for (let round = 0; round < 10; round += 1) {
      const results = await atOnce(10, () => stack.query(RECORD_TALK_EVENT, { input: { ...input, heldOn: `2011-10-${String(round + 10)}` } }));
      expect(tally(results.map(outcomeOf))).toEqual({ ok: 10 });
    }
    const distinct = await atOnce(20, (index) => stack.query(RECORD_TALK_EVENT, { input: { ...input, heldOn: `2010-03-${String(index + 1).padStart(2, '0')}` } }));
    expect(tally(distinct.map(outcomeOf))).toEqual({ ok: 20 });
    // The sums public security's triggers keep: no concurrent upsert was lost or deadlocked.
    await expectTalkEventSummariesToMatchEvents(stack.subgraphs['public-security'].db);
  });

  it('records 20 talk events at once in a year the community and its station have none of, each sum row made once', async () => {
    // The data set's talks end in 2011: every (community, year), (station, year) and day row the triggers upsert here is new,
    // so the 20 transactions race to insert the same summary keys rather than to update rows that exist.
    const db = stack.subgraphs['public-security'].db;
    const input = await talkEventInput(stack, '新年度并发');
    expect(await countRows(db, 'talk_event', 'held_on >= ?', ['2025-01-01'])).toBe(0);
    const results = await atOnce(20, (index) => stack.query(RECORD_TALK_EVENT, { input: { ...input, heldOn: `2025-03-${String(index + 1).padStart(2, '0')}` } }));
    expect(tally(results.map(outcomeOf))).toEqual({ ok: 20 });
    const [year] = await db.query('SELECT events, officers_deployed AS officers FROM talk_event_community_year_total WHERE community_code = ? AND year = 2025', [JINYI]);
    expect([Number(year.events), Number(year.officers)]).toEqual([20, 20 * Number(input.officersDeployed)]);
    await expectTalkEventSummariesToMatchEvents(db);
  });

  it('gives 30 entrustment agreements signed for one town at once 30 distinct ids', async () => {
    const [agreement] = await stack.subgraphs['community-committees'].db.query<Array<{ town: string; community: string }>>(
      'SELECT town_code AS town, community_code AS community FROM entrustment_agreement ORDER BY id LIMIT 1',
    );
    const results = await atOnce(30, (index) =>
      stack.query<{ signEntrustmentAgreement: { id: string } }>(SIGN_AGREEMENT, {
        input: { townCode: agreement.town, communityCode: agreement.community, signedOn: '2011-06-01', matters: `并发委托事项${index}` },
      }),
    );
    expect(tally(results.map(outcomeOf))).toEqual({ ok: 30 });
    const ids = results.map((result) => result.data!.signEntrustmentAgreement.id);
    expect(new Set(ids).size).toBe(30);
    expect(ids.every((id) => /^EA-\d{3}-\d{3}$/.test(id))).toBe(true);
  });

  it('registers one of 50 enterprises sent at once with one credit code, and refuses 49 as BAD_USER_INPUT creditCode', async () => {
    const db = stack.subgraphs['commerce-bureau'].db;
    const input = freshEnterprise();
    const entries = await writeEntries(db, 'Mutation.registerEnterprise');
    const results = await atOnce(50, () => stack.query(REGISTER_ENTERPRISE, { input }));
    expect(tally(results.map(outcomeOf))).toEqual({ ok: 1, 'BAD_USER_INPUT creditCode': 49 });
    expect(await countRows(db, 'enterprise', 'credit_code = ?', [input.creditCode])).toBe(1);
    expect(await countRows(db, 'license_event', 'enterprise_credit_code = ?', [input.creditCode])).toBe(1);
    expect(await writeEntries(db, 'Mutation.registerEnterprise')).toBe(entries + 1);
  });

  it("registers 20 enterprises with distinct credit codes sent at once, each counted once in its community's count", async () => {
    const results = await atOnce(20, () => stack.query(REGISTER_ENTERPRISE, { input: freshEnterprise() }));
    expect(tally(results.map(outcomeOf))).toEqual({ ok: 20 });
    await expectEnterpriseCountsToMatchRegistry(stack.subgraphs['commerce-bureau'].db);
  });

  it('registers one of 30 residents sent at once with one ID number, refusing 29 as BAD_USER_INPUT idNumber', async () => {
    const input = { idNumber: makeIdNumber('320571', '19851212', 777), name: '并发居民', phone: '13800001234', residentType: 'LOCAL', communityCode: JINYI };
    const results = await atOnce(30, () => stack.query(REGISTER_RESIDENT, { input }));
    expect(tally(results.map(outcomeOf))).toEqual({ ok: 1, 'BAD_USER_INPUT idNumber': 29 });
  });

  it('adds one of 20 identical memberships sent at once, refusing 19 as BAD_USER_INPUT enterpriseCreditCode', async () => {
    const enterprise = freshEnterprise();
    expect(outcomeOf(await stack.query(REGISTER_ENTERPRISE, { input: enterprise }))).toBe('ok');
    const [association] = await stack.subgraphs['industry-associations'].db.query<Array<{ code: string }>>(
      'SELECT credit_code AS code FROM association ORDER BY credit_code LIMIT 1',
    );
    const results = await atOnce(20, () => stack.query(ADD_MEMBERSHIP, { a: association.code, e: enterprise.creditCode, since: '2011-01-01' }));
    expect(tally(results.map(outcomeOf))).toEqual({ ok: 1, 'BAD_USER_INPUT enterpriseCreditCode': 19 });
  });

  it('changes a licence status once when 20 identical changes arrive at once, with one history row and the counts moved once', async () => {
    const db = stack.subgraphs['commerce-bureau'].db;
    const enterprise = freshEnterprise();
    expect(outcomeOf(await stack.query(REGISTER_ENTERPRISE, { input: enterprise }))).toBe('ok');
    const results = await atOnce(20, () => stack.query(CHANGE_STATUS, { c: enterprise.creditCode }));
    expect(tally(results.map(outcomeOf))).toEqual({ ok: 1, 'BAD_USER_INPUT status': 19 });
    const history = await db.query<Array<{ from: string | null; to: string }>>(
      'SELECT from_status AS "from", to_status AS "to" FROM license_event WHERE enterprise_credit_code = ? ORDER BY id',
      [enterprise.creditCode],
    );
    expect(history).toEqual([
      { from: null, to: 'ACTIVE' },
      { from: 'ACTIVE', to: 'SUSPENDED' },
    ]);
    await expectEnterpriseCountsToMatchRegistry(db);
  });

  it('closes an enforcement case once when 10 closings arrive at once', async () => {
    const enterprise = freshEnterprise();
    expect(outcomeOf(await stack.query(REGISTER_ENTERPRISE, { input: enterprise }))).toBe('ok');
    const opened = await stack.query<{ openEnforcementCase: { id: string } }>(OPEN_CASE, {
      input: { creditCode: enterprise.creditCode, openedOn: '2011-08-01', kind: 'UNLICENSED_OPERATION' },
    });
    const results = await atOnce(10, () => stack.query(CLOSE_CASE, { id: opened.data!.openEnforcementCase.id }));
    expect(tally(results.map(outcomeOf))).toEqual({ ok: 1, 'BAD_USER_INPUT id': 9 });
  });
});
