import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * The community committees' `Person`, as the office refers to an applicant:
 * only the pseudonymous id, never the ID number. The office adds no fields to
 * it, so it cannot resolve it either.
 */
// Composition refuses inconsistent descriptions: these are the owner's, word for word.
@ObjectType({ description: 'A person in the resident register. Other agencies refer to people only by the pseudonymous id.' })
@Directive('@key(fields: "id", resolvable: false)')
export class Person {
  @Field(() => ID, { description: 'Pseudonym: a keyed hash of the ID number, never the ID number itself.' })
  id!: string;

  static of(id: string): Person {
    return Object.assign(new Person(), { id });
  }
}
