import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { AuditFacts } from './audit-facts.type';

/**
 * One audit entry about a person, as an agency hands it to the keeper of
 * the register for the person's data access report: the entry and the day
 * the person may be shown it. Internal: only callers with the subgraph
 * secret reach it, and it is not part of the API.
 */
@ObjectType('PersonAuditEntry', { description: 'Internal: one audit entry about a person, for their data access report.' })
@Directive('@shareable')
@Directive('@inaccessible')
export class PersonAuditEntry extends AuditFacts {
  @Field(() => Int, { description: "Its sequence in the agency's chain." })
  sequence!: number;

  @Field(() => String, { nullable: true, description: 'From when the person may be shown it (ISO 8601 UTC); null: at once.' })
  disclosedFrom!: string | null;
}

/** An agency's answer: its newest entries about the person, and whether there were more. */
@ObjectType('PersonAuditEntries', { description: "Internal: an agency's audit entries about a person, newest first." })
@Directive('@shareable')
@Directive('@inaccessible')
export class PersonAuditEntries {
  @Field(() => [PersonAuditEntry], { description: 'Newest first.' })
  entries!: PersonAuditEntry[];

  @Field(() => Boolean, { description: 'True when the agency holds older entries than these.' })
  truncated!: boolean;
}
