import { Field, Float, ID, InputType } from 'type-graphql';
import { BadUserInputError, communityCodeProblem, creditCodeProblem, requireValid } from '@governance/kit';
import { ProcurementMethod, PublicService } from '../entities/service-contract.entity';
import { RECORDS_END, boundedText, requireRecordDate } from './input-checks';

/** DECIMAL(18, 2): amounts below 10^16 yuan, in whole fen. */
const MAX_AMOUNT_YUAN = 1e16;

@InputType({ description: 'A public-service contract a government awards to an association.' })
export class AwardServiceContractInput {
  @Field(() => String, { description: 'The government body that buys the service, 1 to 100 characters, for example 沧浪区人民政府.' })
  purchaser!: string;

  @Field(() => ID, { description: "The providing association's credit code; it must be in this register." })
  providerCreditCode!: string;

  @Field(() => PublicService, { description: 'The service bought.' })
  service!: PublicService;

  @Field(() => ProcurementMethod, { description: 'How it was bought.' })
  method!: ProcurementMethod;

  @Field(() => Float, { description: 'Contract amount in yuan: not negative, at most two decimals.' })
  amountYuan!: number;

  @Field(() => Date, { description: 'First day of the service.' })
  startsOn!: string;

  @Field(() => Date, { nullable: true, description: 'Last day of the service, not before startsOn; omit while it runs until further notice.' })
  endsOn?: string | null;

  @Field(() => ID, { description: 'The community served; the community committees must know it.' })
  communityCode!: string;
}

export interface CheckedServiceContract {
  readonly purchaser: string;
  readonly providerCreditCode: string;
  readonly service: PublicService;
  readonly method: ProcurementMethod;
  readonly amountYuan: number;
  readonly startsOn: string;
  readonly endsOn: string | null;
  readonly communityCode: string;
}

/** Everything that can be checked without a database, in the order a client would fix it. */
export function checkServiceContract(input: AwardServiceContractInput): CheckedServiceContract {
  const purchaser = boundedText('purchaser', input.purchaser, 100);
  requireValid('providerCreditCode', input.providerCreditCode, creditCodeProblem);
  const amount = input.amountYuan;
  if (!Number.isFinite(amount) || amount < 0 || amount >= MAX_AMOUNT_YUAN) throw new BadUserInputError('amountYuan', `must be from 0 to below ${MAX_AMOUNT_YUAN} yuan`);
  if (Math.abs(amount * 100 - Math.round(amount * 100)) > 1e-6) throw new BadUserInputError('amountYuan', 'must be in whole fen (at most two decimals)');
  requireRecordDate('startsOn', input.startsOn, undefined, RECORDS_END);
  const endsOn = input.endsOn ?? null;
  if (endsOn !== null) requireRecordDate('endsOn', endsOn, { date: input.startsOn, what: `startsOn (${input.startsOn})` }, RECORDS_END);
  requireValid('communityCode', input.communityCode, communityCodeProblem);
  return {
    purchaser,
    providerCreditCode: input.providerCreditCode,
    service: input.service,
    method: input.method,
    amountYuan: amount,
    startsOn: input.startsOn,
    endsOn,
    communityCode: input.communityCode,
  };
}
