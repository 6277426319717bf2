import { LIST_500 } from './fixtures';
import { roundRatios, runsOf } from './ratios';
import type { BenchReport } from './report';
import { median } from './stats';

/**
 * Issue 15's targets. SubDistrictOverview's is twice the rate the issue
 * measured on its own machine (about 45 rps, capped by public-security's
 * ranking SQL); the rate is the one figure here that is not a ratio within
 * the run, so read it with the machine in mind. The stack's memory target
 * counted the five services there were; legal-affairs came later, so both
 * sums are given.
 */
const TARGETS = {
  perOperationVsPeer: 1.0,
  wideListVsPeer: 1.3,
  subDistrictOverviewRps: 2 * 45,
  baselineRps: 0.5,
  baselineP50: 2,
  stackMb: 600,
  gatewayMb: 150,
  scaleP50: 1.5,
  p99OverP50: 3,
} as const;

/** The services the memory target counted when the issue was written. */
const FIRST_SUBGRAPHS = ['community-committees', 'public-security', 'industry-associations', 'commerce-bureau'];

interface Verdict {
  readonly target: string;
  readonly measured: string;
  readonly met: boolean | null;
}

const fixed = (value: number, digits = 2) => (Number.isFinite(value) ? value.toFixed(digits) : '-');

/** Each target with what this run measured (medians over rounds) and whether it is met; `-` where this run did not measure it. */
export function targetLines(report: BenchReport, subgraphs: readonly string[]): string[] {
  const verdicts: Verdict[] = [];
  const cases = [...new Set(report.runs.map((run) => run.caseName))];
  const ratio = (caseName: string, peer: string, pick: 'rps' | 'p50') =>
    median(roundRatios(runsOf(report.runs, caseName, 'ours'), runsOf(report.runs, caseName, peer), (run) => run[pick]));
  const vsPeer = cases.map((caseName) => ({ caseName, ratio: ratio(caseName, 'hive', 'rps') })).filter((entry) => Number.isFinite(entry.ratio));
  if (vsPeer.length > 0) {
    const lowest = vsPeer.reduce((low, entry) => (entry.ratio < low.ratio ? entry : low));
    verdicts.push({
      target: `every operation >= ${TARGETS.perOperationVsPeer}x Hive rps`,
      measured: `lowest ${fixed(lowest.ratio)}x (${lowest.caseName}); ${vsPeer.filter((entry) => entry.ratio < TARGETS.perOperationVsPeer).length} of ${vsPeer.length} under`,
      met: lowest.ratio >= TARGETS.perOperationVsPeer,
    });
  }
  const wide = ratio(LIST_500, 'hive', 'rps');
  if (Number.isFinite(wide)) verdicts.push({ target: `${LIST_500} >= ${TARGETS.wideListVsPeer}x Hive rps`, measured: `${fixed(wide)}x`, met: wide >= TARGETS.wideListVsPeer });
  const overview = median(runsOf(report.runs, 'SubDistrictOverview', 'ours').map((run) => run.rps));
  if (Number.isFinite(overview)) {
    verdicts.push({
      target: `SubDistrictOverview >= ${TARGETS.subDistrictOverviewRps} rps`,
      measured: `${fixed(overview, 1)} rps`,
      met: overview >= TARGETS.subDistrictOverviewRps,
    });
  }
  const baselineRps = ratio(LIST_500, 'baseline', 'rps');
  const baselineP50 = ratio(LIST_500, 'baseline', 'p50');
  if (Number.isFinite(baselineRps)) {
    verdicts.push({ target: `${LIST_500} >= ${TARGETS.baselineRps}x direct SQL rps`, measured: `${fixed(baselineRps)}x`, met: baselineRps >= TARGETS.baselineRps });
    verdicts.push({ target: `${LIST_500} p50 <= ${TARGETS.baselineP50}x direct SQL`, measured: `${fixed(baselineP50)}x`, met: baselineP50 <= TARGETS.baselineP50 });
  }
  const after = (names: readonly string[]) => names.reduce((sum, name) => sum + (report.memoryMb[name]?.after ?? 0), 0);
  if (report.memoryMb.gateway !== undefined) {
    const five = after(['gateway', ...FIRST_SUBGRAPHS]);
    verdicts.push({
      target: `stack <= ${TARGETS.stackMb} MB after the benchmark`,
      measured: `${fixed(five, 0)} MB (gateway and the first four subgraphs); ${fixed(after(['gateway', ...subgraphs]), 0)} MB with all ${subgraphs.length}`,
      met: five <= TARGETS.stackMb,
    });
    const gateway = report.memoryMb.gateway.after;
    verdicts.push({ target: `gateway <= ${TARGETS.gatewayMb} MB`, measured: `${fixed(gateway, 0)} MB`, met: gateway <= TARGETS.gatewayMb });
  }
  const scales = [...new Set(report.scale.map((result) => result.scale))].sort((a, b) => a - b);
  if (scales.length === 2) {
    const growth = [...new Set(report.scale.map((result) => result.caseName))].map((caseName) => {
      const [small, large] = scales.map((scale) => median(report.scale.find((result) => result.caseName === caseName && result.scale === scale)?.p50s ?? []));
      return { caseName, ratio: large / small };
    });
    const worst = growth.reduce((high, entry) => (entry.ratio > high.ratio ? entry : high));
    verdicts.push({
      target: `p50 at ${scales[1]}x data <= ${TARGETS.scaleP50}x at ${scales[0]}x`,
      measured: `highest ${fixed(worst.ratio)}x (${worst.caseName}); ${growth.filter((entry) => entry.ratio > TARGETS.scaleP50).length} of ${growth.length} over`,
      met: worst.ratio <= TARGETS.scaleP50,
    });
  }
  if (report.paced.length > 0) {
    const tails = report.paced.map((run) => ({ caseName: run.caseName, ratio: run.p99 / run.p50 }));
    const worst = tails.reduce((high, entry) => (entry.ratio > high.ratio ? entry : high));
    verdicts.push({
      target: `p99 <= ${TARGETS.p99OverP50}x p50 at half of peak`,
      measured: `highest ${fixed(worst.ratio)}x (${worst.caseName}); ${tails.filter((entry) => entry.ratio > TARGETS.p99OverP50).length} of ${tails.length} over`,
      met: worst.ratio <= TARGETS.p99OverP50,
    });
  }
  if (verdicts.length === 0) return [];
  return [
    '## Targets (issue 15)',
    '',
    '| target | this run | met |',
    '|---|---|---|',
    ...verdicts.map((verdict) => `| ${verdict.target} | ${verdict.measured} | ${verdict.met === null ? '-' : verdict.met ? 'yes' : '**no**'} |`),
  ];
}
