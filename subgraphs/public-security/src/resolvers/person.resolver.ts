import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { MAX_PAGE_SIZE } from '@governance/kit';
import { PatrolMember } from '../entities/patrol-member.entity';
import { Person } from '../entities/person.type';
import type { SecurityContext } from '../loaders';

/** What public security adds to the community committees' `Person`; nullable, so that an outage here never nulls a person. */
@Resolver(() => Person)
export class PersonResolver {
  @FieldResolver(() => [PatrolMember], { nullable: true, description: `The person's volunteer patrol memberships (at most ${MAX_PAGE_SIZE}).` })
  patrolMemberships(@Root() person: Person, @Ctx() { loaders }: SecurityContext): Promise<PatrolMember[]> {
    return loaders.membershipsOfPerson.load(person.id);
  }
}
