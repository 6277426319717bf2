import { Field, ObjectType } from 'type-graphql';
import { AuditAction } from '../audit/audit-entry.entity';

/**
 * What an audit entry says about one thing done with a person's data, as
 * an agency hands it on (`PersonAuditEntry`) and as the person's report
 * shows it (`DataAccessEntry`): both types carry these fields.
 */
@ObjectType() // not emitted itself: only types reachable from resolvers are
export abstract class AuditFacts {
  @Field(() => String, { description: 'When (ISO 8601 UTC).' })
  recordedAt!: string;

  @Field(() => String, { description: "The request id the gateway minted, which the agencies' logs carry." })
  requestId!: string;

  @Field(() => String, { description: 'Who acted: the subject of their token (a staff id).' })
  subject!: string;

  @Field(() => String, { description: 'The agency whose staff acted.' })
  agency!: string;

  @Field(() => AuditAction, { description: 'READ: personal fields were shown unmasked; WRITE: a record about the person was changed.' })
  action!: AuditAction;

  @Field(() => String, { nullable: true, description: 'The registered purpose the request stated.' })
  purpose!: string | null;

  @Field(() => String, { nullable: true, description: 'The case reference the request stated.' })
  caseReference!: string | null;

  @Field(() => String, { nullable: true, description: "The data-sharing agreement the read was made under; null for writes and for the owner's own staff." })
  agreement!: string | null;

  @Field(() => String, { nullable: true, description: 'The name of the operation the client ran.' })
  operationName!: string | null;

  @Field(() => [String], { description: 'The fields read (Person.phone) or the change made (Mutation.registerResident).' })
  fields!: string[];
}
