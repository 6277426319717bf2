import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The last number handed out in one sequence of readable ids (a day's talk
 * events, a town's agreements). Every subgraph's database has the table; a
 * write takes its number here, inside its own transaction.
 */
@Entity({ name: 'id_sequence' })
export class IdSequence {
  /** What is numbered: `talk_event:20111111`, `entrustment_agreement:EA-100`. */
  @PrimaryColumn({ type: 'varchar', length: 64 })
  scope!: string;

  @Column({ name: 'last_number', type: 'integer' })
  lastNumber!: number;
}
