import { In, type DataSource } from 'typeorm';
import { AuditEntry } from '../audit/audit-entry.entity';
import { AgreementRecord } from '../data-sharing/data-sharing.entity';
import type { PersonAuditEntries, PersonAuditEntry } from './person-audit-entry.type';

/** The most entries one agency puts into one report: the newest ones. */
export const MAX_REPORT_ENTRIES_PER_AGENCY = 500;

const DAY_MS = 86_400_000;

/**
 * An agency's entries about one person, newest first (the log's person
 * index), each with the day it may be shown to the person: at once, or
 * after the disclosure delay of the agreement it was made under. Two
 * statements, however many entries.
 */
export async function personAuditEntries(db: DataSource, person: string, limit = MAX_REPORT_ENTRIES_PER_AGENCY): Promise<PersonAuditEntries> {
  const rows = await db.getRepository(AuditEntry).find({ where: { person }, order: { sequence: 'DESC' }, take: limit + 1 });
  const shown = rows.slice(0, limit);
  const numbers = [...new Set(shown.flatMap((row) => (row.agreement === null ? [] : [row.agreement])))];
  const agreements =
    numbers.length === 0 ? [] : await db.getRepository(AgreementRecord).find({ select: { number: true, disclosureDelayDays: true }, where: { number: In(numbers) } });
  const delays = new Map(agreements.map((agreement) => [agreement.number, agreement.disclosureDelayDays]));
  const entries = shown.map((row): PersonAuditEntry => {
    const delay = row.agreement === null ? 0 : (delays.get(row.agreement) ?? 0);
    return {
      sequence: row.sequence,
      recordedAt: row.recordedAt,
      requestId: row.requestId,
      subject: row.subject,
      agency: row.agency,
      action: row.action,
      purpose: row.purpose,
      caseReference: row.caseReference,
      agreement: row.agreement,
      operationName: row.operationName,
      fields: row.fieldCoordinates(),
      disclosedFrom: delay === 0 ? null : new Date(Date.parse(row.recordedAt) + delay * DAY_MS).toISOString(),
    };
  });
  return { entries, truncated: rows.length > limit };
}
