import fs from 'node:fs';
import path from 'node:path';
import type { Stack } from '../support/stack';
import { CONTRACT_DIR } from './operations';
import type { Variables } from './fixtures';

const contract = (file: string) => fs.readFileSync(path.join(CONTRACT_DIR, file), 'utf8');

async function run<T>(stack: Stack, file: string, variables: Variables): Promise<T> {
  const result = await stack.query<T>(contract(file), variables);
  expect(result.errors).toBeUndefined();
  return result.data as T;
}

/**
 * For each contract mutation: what to read before it, and how to check
 * after it, through the contract's own queries, that its effect is there.
 */
export interface ReadBack {
  before(stack: Stack, variables: Variables, fixtures: Readonly<Record<string, Variables>>): Promise<unknown>;
  after(stack: Stack, variables: Variables, fixtures: Readonly<Record<string, Variables>>, before: unknown): Promise<void>;
}

type Roster = { association: { memberships: { totalCount: number } } };
type Overview = { community: { talkEvents: { totalCount: number; officersDeployed: number; peopleHelped: number } } };
type Stats = { talkEventStats: Array<{ period: string; events: number }> };
type Profile = { enterprise: { name: string; licenseStatus: string; community: { code: string } | null; memberships: Array<{ association: { creditCode: string } }> } };

export const READ_BACKS: Readonly<Record<string, ReadBack>> = {
  AddMembership: {
    before: (stack, variables) => run<Roster>(stack, 'association-roster.graphql', { creditCode: variables.associationCreditCode }),
    async after(stack, variables, _fixtures, before) {
      const roster = await run<Roster>(stack, 'association-roster.graphql', { creditCode: variables.associationCreditCode });
      expect(roster.association.memberships.totalCount).toBe((before as Roster).association.memberships.totalCount + 1);
      const profile = await run<Profile>(stack, 'enterprise-profile.graphql', { creditCode: variables.enterpriseCreditCode });
      expect(profile.enterprise.memberships.map((membership) => membership.association.creditCode)).toContain(variables.associationCreditCode);
    },
  },
  RecordTalkEvent: {
    async before(stack, variables) {
      const input = variables.input as { communityCode: string };
      return {
        overview: await run<Overview>(stack, 'community-overview.graphql', { code: input.communityCode, year: 2011 }),
        stats: await run<Stats>(stack, 'talk-event-stats.graphql', { from: '2011-01-01', to: '2011-12-31' }),
      };
    },
    async after(stack, variables, _fixtures, before) {
      const input = variables.input as { communityCode: string; officersDeployed: number; peopleHelped: number };
      const previous = before as { overview: Overview; stats: Stats };
      const overview = await run<Overview>(stack, 'community-overview.graphql', { code: input.communityCode, year: 2011 });
      expect(overview.community.talkEvents.totalCount).toBe(previous.overview.community.talkEvents.totalCount + 1);
      expect(overview.community.talkEvents.officersDeployed).toBe(previous.overview.community.talkEvents.officersDeployed + input.officersDeployed);
      expect(overview.community.talkEvents.peopleHelped).toBe(previous.overview.community.talkEvents.peopleHelped + input.peopleHelped);
      const stats = await run<Stats>(stack, 'talk-event-stats.graphql', { from: '2011-01-01', to: '2011-12-31' });
      const eventsIn2011 = (rows: Stats['talkEventStats']) => rows.find((row) => row.period === '2011')?.events ?? 0;
      expect(eventsIn2011(stats.talkEventStats)).toBe(eventsIn2011(previous.stats.talkEventStats) + 1);
    },
  },
  RegisterEnterprise: {
    before: async () => undefined,
    async after(stack, variables) {
      const input = variables.input as { creditCode: string; name: string; communityCode: string };
      const profile = await run<Profile>(stack, 'enterprise-profile.graphql', { creditCode: input.creditCode });
      expect(profile.enterprise).toMatchObject({ name: input.name, licenseStatus: 'ACTIVE', community: { code: input.communityCode } });
    },
  },
  ChangeLicenseStatus: {
    before: async () => undefined,
    async after(stack, variables) {
      const profile = await run<Profile>(stack, 'enterprise-profile.graphql', { creditCode: variables.creditCode });
      expect(profile.enterprise.licenseStatus).toBe(variables.status);
    },
  },
};
