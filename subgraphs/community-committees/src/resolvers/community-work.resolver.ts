import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { MAX_PAGE_SIZE, communityCodeProblem, requireValid } from '@governance/kit';
import { Community } from '../entities/community.entity';
import { EntrustmentAgreement } from '../entities/entrustment-agreement.entity';
import { SubDistrict } from '../entities/sub-district.entity';
import { VolunteerProgramme } from '../entities/volunteer-programme.entity';
import type { CommitteesContext } from '../loaders';

@Resolver(() => VolunteerProgramme)
export class VolunteerProgrammeResolver {
  @Query(() => [VolunteerProgramme], { description: `Volunteer programmes, newest first (at most ${MAX_PAGE_SIZE}).` })
  volunteerProgrammes(@Ctx() { db }: CommitteesContext): Promise<VolunteerProgramme[]> {
    return db.getRepository(VolunteerProgramme).find({ order: { startedOn: 'DESC', id: 'ASC' }, take: MAX_PAGE_SIZE });
  }

  @FieldResolver(() => SubDistrict, { description: 'The work committee or sub-district that runs it.' })
  async subDistrict(@Root() programme: VolunteerProgramme, @Ctx() { loaders }: CommitteesContext): Promise<SubDistrict | null> {
    return loaders.subDistrict.load(programme.subDistrictCode);
  }
}

@Resolver(() => EntrustmentAgreement)
export class EntrustmentAgreementResolver {
  @Query(() => [EntrustmentAgreement], { description: `Entrustment agreements, optionally of one town (at most ${MAX_PAGE_SIZE}).` })
  entrustmentAgreements(
    @Arg('townCode', () => ID, { nullable: true, description: 'Only the agreements this town signed.' }) townCode: string | null,
    @Ctx() { db }: CommitteesContext,
  ): Promise<EntrustmentAgreement[]> {
    if (townCode !== null && townCode !== undefined) requireValid('townCode', townCode, communityCodeProblem);
    return db.getRepository(EntrustmentAgreement).find({
      where: townCode ? { townCode } : {},
      order: { signedOn: 'ASC', id: 'ASC' },
      take: MAX_PAGE_SIZE,
    });
  }

  @FieldResolver(() => SubDistrict, { description: 'The town government that entrusts the matters.' })
  async town(@Root() agreement: EntrustmentAgreement, @Ctx() { loaders }: CommitteesContext): Promise<SubDistrict | null> {
    return loaders.subDistrict.load(agreement.townCode);
  }

  @FieldResolver(() => Community, { description: "The self-governing organisation (village or residents' committee) entrusted." })
  async community(@Root() agreement: EntrustmentAgreement, @Ctx() { loaders }: CommitteesContext): Promise<Community | null> {
    return loaders.community.load(agreement.communityCode);
  }
}
