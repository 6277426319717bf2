import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum AuditAction {
  WRITE = 'WRITE',
  READ = 'READ',
}

registerEnumType(AuditAction, {
  name: 'AuditAction',
  description: 'What an audit entry records.',
  valuesConfig: {
    WRITE: { description: 'A mutation that changed the agency\'s records.' },
    READ: { description: 'A read of unmasked personal data.' },
  },
});

/**
 * One entry of an agency's audit log. Entries are chained: `hash` covers the
 * entry and the previous entry's hash, so an edited or deleted entry breaks
 * every link after it. Every agency's subgraph declares this same type.
 */
@Entity({ name: 'audit_log' })
@Index('IDX_audit_log_person', ['person', 'sequence'])
@ObjectType({ description: 'One entry of an agency\'s audit log: a write, or a read of unmasked personal data.' })
@Directive('@shareable')
export class AuditEntry {
  @PrimaryColumn({ type: 'integer' })
  @Field(() => Int, { description: 'Position in the chain, from 1, without gaps.' })
  sequence!: number;

  // An ISO string rather than a datetime column: the hash covers exactly these characters on every database.
  @Column({ name: 'recorded_at', type: 'varchar', length: 24 })
  @Field(() => String, { description: 'When, as an ISO 8601 UTC timestamp.' })
  recordedAt!: string;

  @Column({ name: 'request_id', type: 'varchar', length: 128 })
  @Field(() => String, { description: 'The request id (x-request-id) that the gateway and every subgraph log.' })
  requestId!: string;

  @Column({ type: 'varchar', length: 200 })
  @Field(() => String, { description: 'The token\'s subject: who acted.' })
  subject!: string;

  @Column({ type: 'varchar', length: 40 })
  @Field(() => String, { description: 'The agency the token speaks for.' })
  agency!: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  @Field(() => String, { nullable: true, description: 'The purpose the request stated (x-purpose), if any.' })
  purpose!: string | null;

  @Column({ name: 'operation_name', type: 'varchar', length: 200, nullable: true })
  @Field(() => String, { nullable: true, description: 'The client\'s operation name, if it gave one.' })
  operationName!: string | null;

  @Column({ type: 'varchar', length: 10 })
  @Field(() => AuditAction, { description: 'A write or a read of personal data.' })
  action!: AuditAction;

  /** Comma-separated field coordinates (`Person.name,Person.phone`, `Mutation.registerResident`). */
  @Column({ type: 'varchar', length: 2000 })
  coordinates!: string;

  @Column({ type: 'varchar', length: 24, nullable: true })
  @Field(() => ID, { nullable: true, description: 'The pseudonym of the person concerned, if any; never an ID number.' })
  person!: string | null;

  @Column({ name: 'previous_hash', type: 'varchar', length: 64 })
  previousHash!: string;

  @Column({ type: 'varchar', length: 64 })
  @Field(() => String, { description: 'SHA-256 over this entry and the previous entry\'s hash (hex).' })
  hash!: string;

  @Field(() => [String], { description: 'The fields read or the mutation called, as schema coordinates (Person.phone, Mutation.registerResident).' })
  fieldCoordinates(): string[] {
    return this.coordinates.split(',');
  }
}

/** The last entry's sequence and hash, locked by every append so that concurrent appends form one chain. */
@Entity({ name: 'audit_chain_head' })
export class AuditChainHead {
  @PrimaryColumn({ type: 'integer' })
  id!: number;

  @Column({ type: 'integer' })
  sequence!: number;

  @Column({ type: 'varchar', length: 64 })
  hash!: string;
}
