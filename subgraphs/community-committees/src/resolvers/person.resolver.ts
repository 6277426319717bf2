import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { loadExisting } from '@governance/kit';
import { Community } from '../entities/community.entity';
import { Person } from '../entities/person.entity';
import type { CommitteesContext } from '../loaders';

@Resolver(() => Person)
export class PersonResolver {
  @Query(() => Person, { nullable: true, description: 'A person by pseudonymous id; an unknown id is a NOT_FOUND error.' })
  async person(@Arg('id', () => ID, { description: 'The pseudonymous id.' }) id: string, @Ctx() { loaders }: CommitteesContext): Promise<Person> {
    return loadExisting(loaders.person, 'person', 'id', id);
  }

  @FieldResolver(() => Community, { description: 'The community the person is registered in.' })
  community(@Root() person: Person, @Ctx() { loaders }: CommitteesContext): Promise<Community | null> {
    return loaders.community.load(person.communityCode);
  }
}
