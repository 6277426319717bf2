import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A head of another agency's audit chain, signed by that agency and kept
 * here as its witness. Two heads of one agency with the same sequence and
 * different hashes are both kept: that is the evidence of a rewrite.
 */
@Entity({ name: 'audit_witness' })
export class AuditWitness {
  /** The agency whose chain it is. */
  @PrimaryColumn({ type: 'varchar', length: 40 })
  agency!: string;

  @PrimaryColumn({ type: 'integer' })
  sequence!: number;

  @PrimaryColumn({ type: 'varchar', length: 64 })
  hash!: string;

  @Column({ name: 'signed_at', type: 'varchar', length: 24 })
  signedAt!: string;

  @Column({ type: 'varchar', length: 88 })
  signature!: string;

  @Column({ name: 'received_at', type: 'varchar', length: 24 })
  receivedAt!: string;
}
