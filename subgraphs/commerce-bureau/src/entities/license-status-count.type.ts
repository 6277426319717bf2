import { Field, Int, ObjectType } from 'type-graphql';
import { LicenseStatus } from './enterprise-enums';

@ObjectType({ description: 'How many enterprises have one licence status (counted by the database).' })
export class LicenseStatusCount {
  @Field(() => LicenseStatus, { description: 'The licence status.' })
  status!: LicenseStatus;

  @Field(() => Int, { description: 'How many enterprises have it.' })
  count!: number;
}
