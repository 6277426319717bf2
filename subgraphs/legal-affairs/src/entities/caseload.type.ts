import { Field, Int, ObjectType } from 'type-graphql';
import { ReconsiderationOutcome, STRUCK_DOWN } from './reconsideration-enums';

@ObjectType({ description: 'Cases with one outcome.' })
export class OutcomeCount {
  @Field(() => ReconsiderationOutcome, { description: 'The outcome.' })
  outcome!: ReconsiderationOutcome;

  @Field(() => Int, { description: 'How many cases have it.' })
  cases!: number;
}

@ObjectType({ description: 'Reconsideration cases counted by outcome: against an office, an agency, or concerning an enterprise.' })
export class ReconsiderationCaseload {
  @Field(() => Int, { description: 'Every case.' })
  total!: number;

  @Field(() => Int, { description: 'Cases not yet decided.' })
  pending!: number;

  @Field(() => Int, { description: 'Decisions revoked or confirmed unlawful (撤销或确认违法).' })
  revokedOrConfirmedUnlawful!: number;

  @Field(() => [OutcomeCount], { description: "Cases per outcome, outcomes with none left out, in the enum's order." })
  outcomes!: OutcomeCount[];

  /** The caseload of these per-outcome counts. */
  static of(outcomes: readonly OutcomeCount[]): ReconsiderationCaseload {
    const count = (wanted: (outcome: ReconsiderationOutcome) => boolean) => outcomes.filter((row) => wanted(row.outcome)).reduce((sum, row) => sum + row.cases, 0);
    const order = Object.values(ReconsiderationOutcome);
    return Object.assign(new ReconsiderationCaseload(), {
      total: count(() => true),
      pending: count((outcome) => outcome === ReconsiderationOutcome.PENDING),
      revokedOrConfirmedUnlawful: count((outcome) => STRUCK_DOWN.includes(outcome)),
      outcomes: [...outcomes].sort((a, b) => order.indexOf(a.outcome) - order.indexOf(b.outcome)),
    });
  }
}
