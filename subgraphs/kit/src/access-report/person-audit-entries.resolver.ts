import { Arg, Ctx, Directive, ID, Query, Resolver } from 'type-graphql';
import { PERSON_AUDIT_ENTRIES_FIELD } from '../auth/subgraph-secret';
import type { SubgraphContext } from '../context';
import { personAuditEntries } from './person-audit-entries';
import { PersonAuditEntries } from './person-audit-entry.type';
import { requireReportReader } from './report-readers';

/**
 * Every agency's part of a person's data access report: its own audit
 * entries about the person. Internal like `_entities`: only callers with the
 * subgraph secret reach it (the keeper of the register of persons, for the
 * reader it checked), it is not in the API, and the reader's token is
 * checked again here.
 */
@Resolver()
export class PersonAuditEntriesResolver {
  @Directive('@shareable')
  @Directive('@inaccessible')
  @Query(() => PersonAuditEntries, { name: PERSON_AUDIT_ENTRIES_FIELD, description: "Internal: this agency's audit entries about a person, for their data access report." })
  async personAuditEntries(
    @Arg('person', () => ID, { description: 'The person (pseudonymous id).' }) person: string,
    @Ctx() context: SubgraphContext<unknown>,
  ): Promise<PersonAuditEntries> {
    requireReportReader(context, person, `Query.${PERSON_AUDIT_ENTRIES_FIELD}`);
    return personAuditEntries(context.db, person);
  }
}
