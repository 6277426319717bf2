export { DataAccessReportResolver } from './data-access-report.resolver';
export { MAX_REPORT_ENTRIES_PER_AGENCY, personAuditEntries } from './person-audit-entries';
export { PersonAuditEntriesResolver } from './person-audit-entries.resolver';
