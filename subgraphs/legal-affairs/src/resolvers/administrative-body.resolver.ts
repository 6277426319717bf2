import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { MAX_PAGE_SIZE, loadExisting } from '@governance/kit';
import { AdministrativeBody } from '../entities/administrative-body.entity';
import { ReconsiderationCaseload } from '../entities/caseload.type';
import { AdministrativeLevel, BodyKind } from '../entities/reconsideration-enums';
import { SystemAdoption } from '../entities/system-adoption.entity';
import type { LegalAffairsContext } from '../loaders';

@ArgsType()
class AdministrativeBodiesArgs {
  @Field(() => AdministrativeLevel, { nullable: true, description: 'Only offices of this level.' })
  level?: AdministrativeLevel | null;

  @Field(() => BodyKind, { nullable: true, description: 'Only governments, or only departments.' })
  kind?: BodyKind | null;
}

@Resolver(() => AdministrativeBody)
export class AdministrativeBodyResolver {
  @Query(() => [AdministrativeBody], { description: `The offices of the register, by code (at most ${MAX_PAGE_SIZE}).` })
  administrativeBodies(@Args() { level, kind }: AdministrativeBodiesArgs, @Ctx() { db }: LegalAffairsContext): Promise<AdministrativeBody[]> {
    return db.getRepository(AdministrativeBody).find({ where: { ...(level ? { level } : {}), ...(kind ? { kind } : {}) }, order: { code: 'ASC' }, take: MAX_PAGE_SIZE });
  }

  @Query(() => AdministrativeBody, { nullable: true, description: 'An office by code; an unknown code is NOT_FOUND.' })
  administrativeBody(
    @Arg('code', () => ID, { description: "The office's code (320506-PSB)." }) code: string,
    @Ctx() { loaders }: LegalAffairsContext,
  ): Promise<AdministrativeBody> {
    return loadExisting(loaders.administrativeBody, 'administrative body', 'code', code);
  }

  @FieldResolver(() => AdministrativeBody, { nullable: true, description: 'The body that hears reconsideration of its decisions; null when that is the province.' })
  heardBy(@Root() body: AdministrativeBody, @Ctx() { loaders }: LegalAffairsContext): Promise<AdministrativeBody | null> {
    return body.heardByCode === null ? Promise.resolve(null) : loaders.administrativeBody.load(body.heardByCode);
  }

  @FieldResolver(() => ReconsiderationCaseload, { description: 'Cases against its decisions (as respondent), by outcome.' })
  async caseload(@Root() body: AdministrativeBody, @Ctx() { loaders }: LegalAffairsContext): Promise<ReconsiderationCaseload> {
    return ReconsiderationCaseload.of(await loaders.outcomesOfRespondent.load(body.code));
  }

  @FieldResolver(() => ReconsiderationCaseload, { description: 'Cases it accepted and heard (as reconsideration body), by outcome.' })
  async casesHeard(@Root() body: AdministrativeBody, @Ctx() { loaders }: LegalAffairsContext): Promise<ReconsiderationCaseload> {
    return ReconsiderationCaseload.of(await loaders.outcomesOfBody.load(body.code));
  }

  @FieldResolver(() => [SystemAdoption], { description: 'The reconsideration systems it established, oldest first.' })
  systems(@Root() body: AdministrativeBody, @Ctx() { loaders }: LegalAffairsContext): Promise<SystemAdoption[]> {
    return loaders.systemsOfBody.load(body.code);
  }
}
