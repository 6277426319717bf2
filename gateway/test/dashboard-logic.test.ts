import { agencyNotices, otherErrors, setAgencyLabels } from '../browser/src/agencies';
import { dayRuns, describeMissedDays } from '../browser/src/missed-days';
import { loadGatewayConfig } from '../src/config';
import { countByMonth } from '../browser/src/month-counts';
import { prefersHtml } from '../src/web/prefers-html';

describe('agencyNotices', () => {
  // The labels the gateway puts in the page configuration, from agencies.json.
  beforeAll(() => setAgencyLabels(loadGatewayConfig({}).agencyLabels));

  it('names an agency the gateway could not reach, from extensions.serviceName or the message', () => {
    const notices = agencyNotices([
      { message: 'The commerce-bureau subgraph is unavailable', extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'commerce-bureau' } },
      { message: 'The public-security subgraph did not answer within 5000 ms', extensions: { code: 'SUBGRAPH_TIMEOUT' } },
      { message: 'The commerce-bureau subgraph is unavailable', extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'commerce-bureau' } },
    ]);
    expect([...notices.keys()]).toEqual(['commerce-bureau', 'public-security']);
    expect(notices.get('commerce-bureau')).toBe('Commerce bureau (工商局) is unavailable; its part of this overview is missing.');
    expect(notices.get('public-security')).toMatch(/^Public security \(公安\) did not answer in time/);
  });

  it("passes on an agency's own error, and leaves errors that name no agency to the caller", () => {
    const errors = [
      { message: 'No enterprise has credit code X', extensions: { code: 'NOT_FOUND', serviceName: 'commerce-bureau' } },
      { message: 'Variable "$year" got invalid value', extensions: { code: 'BAD_USER_INPUT' } },
    ];
    expect(agencyNotices(errors).get('commerce-bureau')).toBe('Commerce bureau (工商局) answered with an error: No enterprise has credit code X');
    expect(otherErrors(errors)).toEqual([errors[1]]);
    expect(agencyNotices(undefined).size).toBe(0);
  });
});

describe('countByMonth', () => {
  it("counts one year's dates per month, empty months included and other years left out", () => {
    const months = countByMonth(['2011-01-05', '2011-01-20', '2011-12-31', '2010-01-01', '2011-07-01'], 2011);
    expect(months).toHaveLength(12);
    expect(months.map((month) => month.value)).toEqual([2, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1]);
    expect(months[0].label).toBe('Jan');
  });
});

describe('prefersHtml', () => {
  it.each([
    ['text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8', true],
    ['text/html', true],
    ['application/json, text/html;q=0.5', false],
    ['application/graphql-response+json, application/json', false],
    ['*/*', false],
    ['text/html;q=0', false],
    [undefined, false],
  ])('%s -> %s', (accept, expected) => {
    expect(prefersHtml(accept)).toBe(expected);
  });
});

describe('describeMissedDays', () => {
  it('names the runs of missed days when there are few', () => {
    expect(dayRuns(['2011-02-05', '2011-02-03', '2011-02-04', '2011-03-12', '2011-02-04'])).toEqual([
      { from: '2011-02-03', to: '2011-02-05', days: 3 },
      { from: '2011-03-12', to: '2011-03-12', days: 1 },
    ]);
    expect(describeMissedDays(['2011-02-03', '2011-02-04', '2011-02-05', '2011-03-12'])).toBe('4 days missed: 3–5 Feb, 12 Mar');
    expect(describeMissedDays(['2011-01-31', '2011-02-01'])).toBe('2 days missed: 31 Jan – 1 Feb');
    expect(describeMissedDays([])).toBe('no day missed');
  });

  it('counts per month, with the longest run, when a year has many missed days (one line, not 364 dates)', () => {
    const everyOtherDay = Array.from({ length: 364 }, (_, i) => new Date(Date.UTC(2011, 0, 1 + i)).toISOString().slice(0, 10)).filter(
      (_, i) => i % 2 === 0 || (i >= 100 && i < 110),
    );
    const text = describeMissedDays(everyOtherDay);
    expect(text).toMatch(/^187 days missed in \d+ runs, per month: Jan 16, Feb 14, /);
    expect(text).toMatch(/longest 11 days \(11–21 Apr\)$/);
    expect(text.length).toBeLessThan(200);
  });
});
