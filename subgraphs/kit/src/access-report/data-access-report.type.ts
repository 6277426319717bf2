import { Field, ID, Int, ObjectType } from 'type-graphql';
import { AuditFacts } from './audit-facts.type';

@ObjectType('DataAccessEntry', { description: "One thing an agency did with a person's data: read personal fields, or wrote a record about them." })
export class DataAccessEntry extends AuditFacts {
  @Field(() => String, { description: 'The agency whose audit log recorded it: the one that holds the data read or written.' })
  recordedBy!: string;

  @Field(() => String, { nullable: true, description: 'From when the person may see this entry in their own report (ISO 8601 UTC), when the agreement delays it; null: at once.' })
  disclosedToPersonFrom!: string | null;
}

@ObjectType('DataAccessSource', { description: 'One agency asked for its part of the report.' })
export class DataAccessSource {
  @Field(() => String, { description: 'The agency (a name from agencies.json).' })
  agency!: string;

  @Field(() => Boolean, { description: 'False when the agency could not be asked now (down, slow, or it refused): its entries are missing from this report.' })
  answered!: boolean;

  @Field(() => Int, { description: 'How many of its entries the report shows.' })
  entries!: number;

  @Field(() => Boolean, { description: 'True when the agency holds older entries than the newest it gave (at most 500 per agency).' })
  truncated!: boolean;
}

@ObjectType('DataAccessReport', { description: "Who read a person's personal data, when and why, and which writes touched their records, merged from every agency's audit log." })
export class DataAccessReport {
  @Field(() => ID, { description: 'The person (pseudonymous id).' })
  person!: string;

  @Field(() => String, { description: 'When the report was put together (ISO 8601 UTC).' })
  generatedAt!: string;

  @Field(() => [DataAccessEntry], { description: 'Newest first, across agencies.' })
  entries!: DataAccessEntry[];

  @Field(() => [DataAccessSource], { description: 'Every agency of the platform, and whether it answered.' })
  sources!: DataAccessSource[];

  @Field(() => String, {
    nullable: true,
    description:
      "For the person's own report: null when nothing is withheld; otherwise some entries are withheld (reads under an agreement that delays disclosure, such as an investigation's) and all of them will be shown from this day (YYYY-MM-DD, Suzhou; rounded up to the first of a month so that it does not date the reads). Always null for staff, who see every entry.",
  })
  withheldUntil!: string | null;
}
