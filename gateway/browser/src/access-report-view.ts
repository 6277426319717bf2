import { agencyLabel } from './agencies.js';
import { el } from './dom.js';
import type { DataAccessReportQuery } from './generated/operations.js';

type Report = DataAccessReportQuery['dataAccessReport'];

const when = (instant: string) => instant.replace('T', ' ').replace(/\.\d+Z$/, ' UTC');

/** The report as a page shows it: which agencies answered, what is withheld, and every entry, newest first. */
export function renderAccessReport(report: Report): HTMLElement[] {
  const sources = el(
    'ul',
    { className: 'sources', 'data-list': 'sources' },
    ...report.sources.map((source) =>
      el(
        'li',
        { 'data-agency': source.agency, 'data-answered': String(source.answered) },
        source.answered
          ? `${agencyLabel(source.agency)}: ${source.entries}${source.truncated ? ' (newest only)' : ''}`
          : `${agencyLabel(source.agency)} did not answer: its entries are missing`,
      ),
    ),
  );
  const withheld =
    report.withheldUntil === null
      ? null
      : el(
          'p',
          { className: 'notice', 'data-withheld-until': report.withheldUntil },
          `Some entries are withheld for now (an agreement delays their disclosure, for example during an investigation); they will all be shown from ${report.withheldUntil}.`,
        );
  const rows = report.entries.map((entry) =>
    el(
      'tr',
      { 'data-action': entry.action, 'data-recorded-by': entry.recordedBy },
      el('td', {}, when(entry.recordedAt)),
      el('td', {}, agencyLabel(entry.agency), el('br'), el('span', { className: 'muted' }, entry.subject)),
      el('td', {}, entry.action === 'READ' ? 'read' : 'changed'),
      el('td', {}, entry.fields.join(', ')),
      el('td', {}, entry.purpose ?? '–', entry.caseReference === null ? null : el('span', { className: 'muted' }, ` · case ${entry.caseReference}`)),
      el('td', {}, entry.agreement ?? '–'),
      el('td', {}, agencyLabel(entry.recordedBy)),
    ),
  );
  const table =
    rows.length === 0
      ? el('p', { className: 'empty', 'data-empty': true }, "No agency has read this person's personal data or changed their records.")
      : el(
          'table',
          { 'data-list': 'entries' },
          el('thead', {}, el('tr', {}, ...['When', 'Who', 'What', 'Fields', 'Purpose', 'Agreement', 'Recorded by'].map((heading) => el('th', {}, heading)))),
          el('tbody', {}, ...rows),
        );
  return [el('h2', {}, `Person ${report.person}`), sources, ...(withheld === null ? [] : [withheld]), table];
}
