import type { RunResult } from './report';

export function runsOf(runs: readonly RunResult[], caseName: string, target: string): RunResult[] {
  return runs.filter((run) => run.caseName === caseName && run.target === target);
}

/** Ratios of `a` over `b` per round (rounds alternate, so each pair ran side by side). */
export function roundRatios(a: readonly RunResult[], b: readonly RunResult[], pick: (run: RunResult) => number): number[] {
  return a.flatMap((run) => {
    const peer = b.find((other) => other.round === run.round);
    return peer === undefined ? [] : [pick(run) / pick(peer)];
  });
}
