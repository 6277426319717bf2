import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { SubgraphContext } from '../context';
import { BadUserInputError } from '../errors';
import { isPersonId } from '../identifiers/pseudonym';
import { suzhouToday } from '../input/dates';
import { personAuditEntries } from './person-audit-entries';
import { DataAccessReport, type DataAccessEntry } from './data-access-report.type';
import { askPeers, type SourceAnswer } from './report-sources';
import { requireReportReader } from './report-readers';

const COORDINATE = 'Query.dataAccessReport';

/**
 * `dataAccessReport(person)`, answered by the agency that keeps the register
 * of persons: its own entries about the person and every other agency's
 * (asked at once, each for its own log), merged newest first. The person
 * themself does not see entries whose agreement delays disclosure until the
 * delay has passed; the report says that some are withheld and until when.
 * A staff member's look at the report is itself recorded, under the person.
 */
@Resolver()
export class DataAccessReportResolver {
  @Query(() => DataAccessReport, {
    description:
      "Who read a person's personal data (when, which agency and staff member, for which purpose and case, which fields, under which agreement) and which writes touched their records, merged from every agency's audit log. For the person themself (a resident token) or the register's staff with \"audit:read\".",
  })
  async dataAccessReport(
    @Arg('person', () => ID, { description: 'The person (pseudonymous id).' }) person: string,
    @Ctx() context: SubgraphContext<unknown>,
  ): Promise<DataAccessReport> {
    requireReportReader(context, person, COORDINATE);
    if (!isPersonId(person)) throw new BadUserInputError('person', 'is not a Person id (P and 23 hexadecimal digits)');
    const { db, config, viewer, forwarded } = context;
    const [own, others] = await Promise.all([personAuditEntries(db, person), askPeers(config.peers, person, config.ownerTimeoutMs, forwarded)]);
    const sources: SourceAnswer[] = [{ agency: config.name, answered: true, ...own }, ...others];
    const entries = sources.flatMap((source) => source.entries.map((entry) => reportEntry(entry, source.agency))).sort(newestFirst);
    if (viewer.kind === 'staff') context.audit.recordRead(COORDINATE, person, null);
    const generatedAt = new Date().toISOString();
    const withheld = viewer.kind === 'resident' ? entries.filter((entry) => entry.disclosedToPersonFrom !== null && entry.disclosedToPersonFrom > generatedAt) : [];
    const shown = entries.filter((entry) => !withheld.includes(entry));
    return {
      person,
      generatedAt,
      entries: shown,
      sources: sources.map((source) => ({
        agency: source.agency,
        answered: source.answered,
        truncated: source.truncated,
        entries: shown.filter((entry) => entry.recordedBy === source.agency).length,
      })),
      withheldUntil:
        withheld.length === 0
          ? null
          : firstOfNextMonth(
              withheld
                .map((entry) => entry.disclosedToPersonFrom!)
                .sort()
                .at(-1)!,
            ),
    };
  }
}

function reportEntry(entry: SourceAnswer['entries'][number], recordedBy: string): DataAccessEntry {
  const { sequence: _sequence, disclosedFrom, ...rest } = entry;
  return { ...rest, recordedBy, disclosedToPersonFrom: disclosedFrom };
}

function newestFirst(a: DataAccessEntry, b: DataAccessEntry): number {
  return b.recordedAt.localeCompare(a.recordedAt) || a.recordedBy.localeCompare(b.recordedBy) || b.requestId.localeCompare(a.requestId);
}

/** The first day of the month after the instant's Suzhou date: when withheld entries will all be shown, without dating them to the day. */
function firstOfNextMonth(instant: string): string {
  const [year, month] = suzhouToday(new Date(instant)).split('-').map(Number);
  return month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`;
}
