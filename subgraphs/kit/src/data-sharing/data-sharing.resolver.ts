import type { DecoratedClass } from '../build-subgraph';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, Ctx, Directive, Field, ID, Info, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { IsNull } from 'typeorm';
import type { SubgraphContext } from '../context';
import { BadUserInputError, NotFoundError } from '../errors';
import { boundedMultilineText } from '../input/text';
import { subgraphFieldName } from '../subgraph-field-name';
import { lockForUpdate } from '../writes/lock-for-update';
import { AgreementRecord, RegisteredPurposeRecord } from './data-sharing.entity';
import { AGREEMENT_NUMBER } from './policy-problems';

@ObjectType('DataSharingPolicy', { description: "A data owner's registered purposes and its agreements with other agencies, with their state today." })
@Directive('@shareable')
export class DataSharingPolicyView {
  @Field(() => [RegisteredPurposeRecord], { description: "The purposes requests may state (x-purpose) to read the owner's personal fields, by code." })
  purposes!: RegisteredPurposeRecord[];

  @Field(() => [AgreementRecord], { description: 'Every agreement the owner has made, by number, with whether it is in force, suspended, expired or withdrawn.' })
  agreements!: AgreementRecord[];
}

const MAX_REASON = 500;
const resolvers = new Map<string, DecoratedClass>();

/**
 * The data owner's policy as a query (any agency's staff may read it: it
 * says why their reads are masked), and the owner's two mutations on it:
 * suspend an agreement at once, and reinstate it. Only the owner's staff
 * with `write` may (the kit's auth checker); each change is audited in the
 * same transaction, naming the agreement. One class per owner, as root
 * field names carry the owner's name.
 */
export function dataSharingResolver(subgraph: string): DecoratedClass {
  const existing = resolvers.get(subgraph);
  if (existing) return existing;

  @Resolver()
  class DataSharingResolver {
    @Query(() => DataSharingPolicyView, {
      name: subgraphFieldName(subgraph, 'DataSharing'),
      description: `The ${subgraph} data-sharing policy: registered purposes and agreements with their state today.`,
    })
    async policy(@Ctx() { db }: SubgraphContext<unknown>): Promise<DataSharingPolicyView> {
      const [purposes, agreements] = await Promise.all([
        db.getRepository(RegisteredPurposeRecord).find({ where: { withdrawnAt: IsNull() }, order: { code: 'ASC' } }),
        db.getRepository(AgreementRecord).find({ order: { number: 'ASC' } }),
      ]);
      return { purposes, agreements };
    }

    @Authorized('write')
    @Mutation(() => AgreementRecord, {
      name: subgraphFieldName(subgraph, 'SuspendAgreement'),
      description: `Suspends a ${subgraph} data-sharing agreement at once: from the next request on, on every instance, nothing is unmasked under it until it is reinstated. Only ${subgraph} staff with the "write" scope may.`,
    })
    async suspend(
      @Arg('number', () => ID, { description: "The agreement's number." }) number: string,
      @Arg('reason', () => String, { description: `Why (at most ${MAX_REASON} characters); kept with the agreement.` }) reason: string,
      @Ctx() context: SubgraphContext<unknown>,
      @Info() info: GraphQLResolveInfo,
    ): Promise<AgreementRecord> {
      const why = boundedMultilineText('reason', reason, MAX_REASON);
      return changeAgreement(context, info, number, (row) => {
        if (row.suspendedAt !== null) throw new BadUserInputError('number', `${number} is already suspended (since ${row.suspendedAt})`);
        return { suspendedAt: new Date().toISOString(), suspendedBy: context.viewer.subject, suspensionReason: why };
      });
    }

    @Authorized('write')
    @Mutation(() => AgreementRecord, {
      name: subgraphFieldName(subgraph, 'ReinstateAgreement'),
      description: `Lifts the suspension of a ${subgraph} data-sharing agreement: it entitles its agency again within its dates. Only ${subgraph} staff with the "write" scope may.`,
    })
    async reinstate(
      @Arg('number', () => ID, { description: "The agreement's number." }) number: string,
      @Ctx() context: SubgraphContext<unknown>,
      @Info() info: GraphQLResolveInfo,
    ): Promise<AgreementRecord> {
      return changeAgreement(context, info, number, (row) => {
        if (row.suspendedAt === null) throw new BadUserInputError('number', `${number} is not suspended`);
        return { suspendedAt: null, suspendedBy: null, suspensionReason: null };
      });
    }
  }
  resolvers.set(subgraph, DataSharingResolver);
  return DataSharingResolver;
}

type AgreementChange = Pick<AgreementRecord, 'suspendedAt' | 'suspendedBy' | 'suspensionReason'>;

/**
 * Reads the agreement locked (two owners' clerks suspending at once: one
 * wins, the other is told it is already suspended), applies the change and
 * appends the audit entry naming it, in one transaction.
 */
async function changeAgreement(
  context: SubgraphContext<unknown>,
  info: GraphQLResolveInfo,
  number: string,
  change: (row: AgreementRecord) => AgreementChange,
): Promise<AgreementRecord> {
  if (!AGREEMENT_NUMBER.test(number)) throw new BadUserInputError('number', 'is not an agreement number (upper-case letters, digits and hyphens, for example CC-DSA-2026-001)');
  return context.audit.write(
    info,
    async (manager) => {
      const agreements = manager.getRepository(AgreementRecord);
      const row = await agreements.findOne({ where: { number }, ...lockForUpdate(manager) });
      if (row === null || row.withdrawnAt !== null) throw new NotFoundError('data-sharing agreement', 'number', number);
      const changed = change(row);
      await agreements.update({ number }, changed);
      return Object.assign(row, changed);
    },
    { agreement: number },
  );
}
