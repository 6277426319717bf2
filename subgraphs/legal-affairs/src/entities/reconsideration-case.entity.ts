import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { AdministrativeBody } from './administrative-body.entity';
import { DecisionKind, ReconsiderationOutcome, ReviewMethod } from './reconsideration-enums';

@Entity({ name: 'reconsideration_case' })
@ObjectType({
  description:
    'An application for administrative reconsideration (行政复议) that a body of Suzhou accepted: who applied, against which office and decision, and how it was decided.',
})
@Directive('@key(fields: "id")')
export class ReconsiderationCase {
  @PrimaryGeneratedColumn({ type: 'integer' })
  @Field(() => ID, { description: 'Case number, in the order cases were filed.' })
  id!: number;

  @Index('IDX_reconsideration_case_applicant')
  @Column({ name: 'applicant_id', type: 'varchar', length: 24 })
  applicantId!: string;

  @Index('IDX_reconsideration_case_respondent')
  @Column({ name: 'respondent_code', type: 'varchar', length: 32 })
  respondentCode!: string;

  @Index('IDX_reconsideration_case_body')
  @Column({ name: 'body_code', type: 'varchar', length: 32 })
  bodyCode!: string;

  @Column({ name: 'decision_kind', type: 'varchar', length: 30 })
  @Field(() => DecisionKind, { description: 'What kind of act is contested.' })
  decisionKind!: DecisionKind;

  @Column({ name: 'contested_decision', type: 'varchar', length: 300 })
  @Field(() => String, { description: 'The contested decision as the application names it (the document and its number, or the duty not performed).' })
  contestedDecision!: string;

  @Index('IDX_reconsideration_case_enterprise')
  @Column({ name: 'enterprise_credit_code', type: 'varchar', length: 18, nullable: true })
  enterpriseCreditCode!: string | null;

  @Index('IDX_reconsideration_case_received')
  @Column({ name: 'received_on', type: 'date' })
  @Field(() => Date, { description: 'When the body received and accepted (受理) the application.' })
  receivedOn!: string;

  @Column({ name: 'decided_on', type: 'date', nullable: true })
  @Field(() => Date, { nullable: true, description: 'When it was decided; null while PENDING.' })
  decidedOn!: string | null;

  @Column({ type: 'varchar', length: 20 })
  @Field(() => ReconsiderationOutcome, { description: 'PENDING until decided, then the decision.' })
  outcome!: ReconsiderationOutcome;

  @Column({ name: 'review_method', type: 'varchar', length: 30, nullable: true })
  @Field(() => ReviewMethod, { nullable: true, description: 'How the body examined it; null while PENDING.' })
  reviewMethod!: ReviewMethod | null;

  @ManyToOne(() => AdministrativeBody, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'respondent_code', foreignKeyConstraintName: 'FK_reconsideration_case_respondent' })
  respondentRow?: AdministrativeBody;

  @ManyToOne(() => AdministrativeBody, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'body_code', foreignKeyConstraintName: 'FK_reconsideration_case_body' })
  bodyRow?: AdministrativeBody;
}
