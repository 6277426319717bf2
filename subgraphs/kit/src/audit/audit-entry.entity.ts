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
    WRITE: { description: "A mutation that changed the agency's records." },
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
@ObjectType({ description: "One entry of an agency's audit log: a write, or a read of unmasked personal data." })
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
  @Field(() => String, { description: 'The request id the gateway minted (returned to the client as x-request-id), which the gateway and every subgraph log.' })
  requestId!: string;

  @Column({ name: 'client_request_id', type: 'varchar', length: 128, nullable: true })
  @Field(() => String, { nullable: true, description: 'The x-request-id the client sent, if any, for its own correlation: sanitised, and never trusted as the request id.' })
  clientRequestId!: string | null;

  @Column({ type: 'varchar', length: 200 })
  @Field(() => String, { description: "The token's subject: who acted." })
  subject!: string;

  @Column({ type: 'varchar', length: 40 })
  @Field(() => String, { description: 'The agency the token speaks for.' })
  agency!: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  @Field(() => String, {
    nullable: true,
    description: 'The purpose code the request stated (x-purpose), if any; entries written before purposes were registered hold the free text that was stated.',
  })
  purpose!: string | null;

  @Column({ name: 'case_reference', type: 'varchar', length: 64, nullable: true })
  @Field(() => String, { nullable: true, description: 'The case reference the request stated beside its purpose (x-purpose: "case-handling; case=SZ-2011-0042"), if any.' })
  caseReference!: string | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  @Field(() => String, {
    nullable: true,
    description: "The data-sharing agreement under which personal data was unmasked for another agency; null for writes and for the owner's own staff.",
  })
  agreement!: string | null;

  @Column({ name: 'operation_name', type: 'varchar', length: 200, nullable: true })
  @Field(() => String, { nullable: true, description: 'The operation name as the client sent it, if it gave one: a label anyone can choose (see documentHash).' })
  operationName!: string | null;

  @Column({ name: 'document_hash', type: 'varchar', length: 64, nullable: true })
  @Field(() => String, {
    nullable: true,
    description:
      'SHA-256 (hex) of the GraphQL document that was executed, as graphql-js prints it: tells a contract operation from another document that borrows its name. Null on entries written before it was recorded.',
  })
  documentHash!: string | null;

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
  @Field(() => String, { description: "SHA-256 over this entry and the previous entry's hash (hex)." })
  hash!: string;

  /** Which fields the hash covers: 1 before clientRequestId and documentHash were recorded, 2 before caseReference and agreement were, 3 since. */
  @Column({ name: 'hash_version', type: 'integer', default: 1 })
  hashVersion!: number;

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
