import { ACCEPTED_CHANGES_FILE } from './accepted-changes';
import type { BureauCheckReport, SchemaChange } from './check-bureau';

const usedBy = (change: SchemaChange) =>
  change.usedBy.length === 0 ? '' : `\n      used by ${change.usedBy.map((operation) => `${operation.name} (${operation.file})`).join(', ')}`;
const line = (label: string, change: SchemaChange) => `  ${label.padEnd(9)} ${change.coordinate}  [${change.type}] ${change.message}${usedBy(change)}`;

/** The check's report as a bureau reads it: what changed where, which operations it breaks, and whether it may merge. */
export function formatReport(report: BureauCheckReport): string {
  const lines = [
    `check ${report.bureau}: its schema composed with the committed SDL of ${report.composedWith.join(', ') || 'no other bureau'}, compared with schema/supergraph.graphql; ${report.operationsChecked} operations checked`,
  ];
  if (report.compositionErrors.length > 0) lines.push('composition fails:', ...report.compositionErrors.map((problem) => `  ${problem}`));
  lines.push(...report.breaking.map((change) => line('BREAKING', change)));
  lines.push(...report.accepted.map((change) => `${line('accepted', change)}\n      because ${change.acceptedBecause}`));
  lines.push(...report.dangerous.map((change) => line('dangerous', change)));
  if (report.safe > 0) lines.push(`  ${report.safe} safe change(s)`);
  if (report.brokenOperations.length > 0) {
    lines.push('operations that no longer validate against the new API schema:');
    for (const operation of report.brokenOperations) lines.push(`  ${operation.name} (${operation.file}): ${operation.errors.join('; ')}`);
  }
  const reasons = [
    report.compositionErrors.length > 0 ? 'it does not compose' : '',
    report.breaking.length > 0 ? `${report.breaking.length} breaking change(s) not marked intended in its ${ACCEPTED_CHANGES_FILE}` : '',
    report.brokenOperations.length > 0 ? `${report.brokenOperations.length} operation(s) would break` : '',
  ].filter((reason) => reason !== '');
  lines.push(reasons.length === 0 ? `PASSED: ${report.bureau} may merge` : `FAILED: ${reasons.join(', ')}`);
  return lines.join('\n');
}
