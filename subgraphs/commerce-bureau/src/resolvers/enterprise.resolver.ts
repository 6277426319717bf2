import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Info, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { SelectQueryBuilder } from 'typeorm';
import {
  ConnectionArgs,
  ConnectionType,
  MAX_PAGE_SIZE,
  communityCodeProblem,
  countRows,
  creditCodeProblem,
  findPage,
  loadExisting,
  requireValid,
  loadConnection,
} from '@governance/kit';
import { Community } from '../entities/community.type';
import { EmissionAgreement } from '../entities/emission-agreement.entity';
import { EnforcementCase } from '../entities/enforcement-case.entity';
import { Industry, LicenseStatus } from '../entities/enterprise-enums';
import { Enterprise } from '../entities/enterprise.entity';
import { LicenseEvent } from '../entities/license-event.entity';
import { LicenseStatusCount } from '../entities/license-status-count.type';
import { Person } from '../entities/person.type';
import { Stall } from '../entities/stall.entity';
import type { CommerceContext } from '../loaders';
import { countLicenseStatuses } from '../loaders/enterprise-counts.loader';

@ObjectType({ description: 'A page of enterprises.' })
export class EnterpriseConnection extends ConnectionType(Enterprise) {}

@ArgsType()
class EnterprisesArgs extends ConnectionArgs {
  @Field(() => Industry, { nullable: true, description: 'Only enterprises of this industry.' })
  industry?: Industry | null;

  @Field(() => ID, { nullable: true, description: 'Only enterprises filed under this community code.' })
  communityCode?: string | null;

  @Field(() => LicenseStatus, { nullable: true, description: 'Only enterprises with this licence status.' })
  licenseStatus?: LicenseStatus | null;
}

@Resolver(() => Enterprise)
export class EnterpriseResolver {
  @Query(() => Enterprise, { nullable: true, description: 'An enterprise by credit code; an unknown code is a NOT_FOUND error.' })
  async enterprise(@Arg('creditCode', () => ID, { description: 'Unified social credit code.' }) creditCode: string, @Ctx() { loaders }: CommerceContext): Promise<Enterprise> {
    requireValid('creditCode', creditCode, creditCodeProblem);
    return loadExisting(loaders.enterprise, 'enterprise', 'creditCode', creditCode);
  }

  @Query(() => EnterpriseConnection, { description: 'Enterprises ordered by credit code, optionally of one industry, community or licence status.' })
  async enterprises(@Args() args: EnterprisesArgs, @Ctx() { db }: CommerceContext, @Info() info: GraphQLResolveInfo): Promise<EnterpriseConnection> {
    const { page } = args;
    const industry = args.industry ?? undefined;
    const communityCode = args.communityCode ?? undefined;
    const licenseStatus = args.licenseStatus ?? undefined;
    if (communityCode !== undefined) requireValid('communityCode', communityCode, communityCodeProblem);
    const narrow = (query: SelectQueryBuilder<Enterprise>) => {
      let narrowed = query.where('1 = 1');
      if (industry !== undefined) narrowed = narrowed.andWhere('e.industry = :industry', { industry });
      if (communityCode !== undefined) narrowed = narrowed.andWhere('e.communityCode = :communityCode', { communityCode });
      if (licenseStatus !== undefined) narrowed = narrowed.andWhere('e.licenseStatus = :licenseStatus', { licenseStatus });
      return narrowed;
    };
    const repository = db.getRepository(Enterprise);
    return loadConnection(
      EnterpriseConnection,
      info,
      page,
      () => findPage(repository, 'creditCode', page, narrow),
      (row) => row.creditCode,
      () => countRows(repository, narrow),
    );
  }

  @Query(() => [LicenseStatusCount], { description: 'Enterprises per licence status in the whole registry (statuses nobody has are left out).' })
  licenseStatusCounts(@Ctx() { db }: CommerceContext): Promise<LicenseStatusCount[]> {
    return countLicenseStatuses(db);
  }

  @FieldResolver(() => Community, {
    // Nullable: the community committees resolve it, and their outage must not take the enterprise with it.
    nullable: true,
    description: 'The community the enterprise is filed under (resolved by the community committees).',
  })
  community(@Root() enterprise: Enterprise): Community {
    return Community.of(enterprise.communityCode);
  }

  @FieldResolver(() => Person, {
    nullable: true,
    description: 'The legal representative (resolved by the community committees, masked unless entitled); null when none is recorded.',
  })
  legalRepresentative(@Root() enterprise: Enterprise): Person | null {
    return enterprise.legalRepresentativeId === null ? null : Person.of(enterprise.legalRepresentativeId);
  }

  @FieldResolver(() => [EnforcementCase], { description: `Enforcement cases against the enterprise, in filing order (at most ${MAX_PAGE_SIZE}).` })
  enforcementCases(@Root() enterprise: Enterprise, @Ctx() { loaders }: CommerceContext): Promise<EnforcementCase[]> {
    return loaders.enforcementCasesOfEnterprise.load(enterprise.creditCode);
  }

  @FieldResolver(() => EmissionAgreement, { nullable: true, description: 'Its emission-reduction agreement with the government, if it signed one.' })
  emissionAgreement(@Root() enterprise: Enterprise, @Ctx() { loaders }: CommerceContext): Promise<EmissionAgreement | null> {
    return loaders.emissionAgreement.load(enterprise.creditCode);
  }

  @FieldResolver(() => Stall, { nullable: true, description: 'The venue stall the individual business is licensed to run, if any.' })
  stall(@Root() enterprise: Enterprise, @Ctx() { loaders }: CommerceContext): Promise<Stall | null> {
    return loaders.stallOfEnterprise.load(enterprise.creditCode);
  }

  @FieldResolver(() => [LicenseEvent], { description: `How its licence status came to be, oldest change first (at most ${MAX_PAGE_SIZE}).` })
  licenseHistory(@Root() enterprise: Enterprise, @Ctx() { loaders }: CommerceContext): Promise<LicenseEvent[]> {
    return loaders.licenseHistory.load(enterprise.creditCode);
  }
}
