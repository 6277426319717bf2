import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Enterprise } from '../entities/enterprise.type';
import { PatrolMember } from '../entities/patrol-member.entity';
import { PatrolTeam } from '../entities/patrol-team.entity';
import { Person } from '../entities/person.type';
import type { SecurityContext } from '../loaders';

@Resolver(() => PatrolMember)
export class PatrolMemberResolver {
  @FieldResolver(() => PatrolTeam, { description: 'The team.' })
  team(@Root() member: PatrolMember, @Ctx() { loaders }: SecurityContext): Promise<PatrolTeam | null> {
    return loaders.patrolTeam.load(member.teamId);
  }

  @FieldResolver(() => Person, { nullable: true, description: 'The member, as the resident register knows them.' })
  person(@Root() member: PatrolMember): Person {
    return Person.of(member.personId);
  }

  @FieldResolver(() => Enterprise, { nullable: true, description: 'The enterprise that employs the member and contributes them to the patrol.' })
  enterprise(@Root() member: PatrolMember): Enterprise {
    return Enterprise.of(member.enterpriseCreditCode);
  }
}
