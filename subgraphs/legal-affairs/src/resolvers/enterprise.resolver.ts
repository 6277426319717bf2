import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { ReconsiderationCaseload } from '../entities/caseload.type';
import { Enterprise } from '../entities/enterprise.type';
import type { LegalAffairsContext } from '../loaders';

@Resolver(() => Enterprise)
export class EnterpriseResolver {
  @FieldResolver(() => ReconsiderationCaseload, { nullable: true, description: 'Reconsideration cases concerning the enterprise, by outcome (legal affairs office).' })
  async reconsiderationCaseload(@Root() enterprise: Enterprise, @Ctx() { loaders }: LegalAffairsContext): Promise<ReconsiderationCaseload> {
    return ReconsiderationCaseload.of(await loaders.outcomesOfEnterprise.load(enterprise.creditCode));
  }
}
