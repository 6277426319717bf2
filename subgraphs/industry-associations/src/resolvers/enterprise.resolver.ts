import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { CertificationMark } from '../entities/certification-mark.entity';
import { Enterprise } from '../entities/enterprise.type';
import { Membership } from '../entities/membership.entity';
import type { AssociationsContext } from '../loaders';

/** What the associations add to the commerce bureau's enterprises. Nullable, so that this agency's outage leaves the enterprise whole. */
@Resolver(() => Enterprise)
export class EnterpriseResolver {
  @FieldResolver(() => [Membership], { nullable: true, description: 'The associations the enterprise belongs to, oldest membership first.' })
  memberships(@Root() enterprise: Enterprise, @Ctx() { loaders }: AssociationsContext): Promise<Membership[]> {
    return loaders.membershipsOfEnterprise.load(enterprise.creditCode);
  }

  @FieldResolver(() => [CertificationMark], { nullable: true, description: 'The certification marks the enterprise is authorised to use.' })
  async certificationMarks(@Root() enterprise: Enterprise, @Ctx() { loaders }: AssociationsContext): Promise<CertificationMark[]> {
    const authorisations = await loaders.authorisationsOfEnterprise.load(enterprise.creditCode);
    const marks = await Promise.all(authorisations.map((authorisation) => loaders.certificationMark.load(authorisation.registrationNumber)));
    return marks.filter((mark): mark is CertificationMark => mark !== null);
  }
}
