import path from 'node:path';

export interface BenchSettings {
  readonly quick: boolean;
  readonly rounds: number;
  readonly durationSeconds: number;
  readonly warmupSeconds: number;
  readonly connections: number;
  /** Copies of the data set in the benchmark's own data folder. */
  readonly scale: number;
  /** Also measure p50 on a platform seeded at this scale, alternating with the first. */
  readonly scaleCheck?: number;
  readonly hive: boolean;
  readonly baseline: boolean;
  /** Also measure a gateway of ours with in-flight merging of identical subgraph fetches on. */
  readonly merged: boolean;
  /** Also our gateway with @apollo/gateway's own plan executor (GATEWAY_PLAN_EXECUTOR=apollo), side by side with ours. */
  readonly apolloExecutor: boolean;
  readonly paced: boolean;
  readonly pin: boolean;
  readonly only?: readonly string[];
  readonly dataRoot: string;
  readonly contractDir: string;
  readonly out: string;
  readonly verbose: boolean;
  /** Write CPU profiles (--cpu-prof) of the gateway and subgraphs into this folder. */
  readonly profileDir?: string;
  /** Write heap snapshots of the gateway and subgraphs into this folder, idle and after the load. */
  readonly heapDir?: string;
}

export const USAGE = `npm run bench -- [--quick] [--rounds N] [--duration S] [--connections C] [--scale N] [--scale-check N]
  [--only Op1,Op2] [--no-hive] [--no-baseline] [--no-merged] [--no-apollo-executor] [--no-paced] [--no-pin] [--data DIR] [--out FILE] [--verbose]
  [--cpu-profiles DIR] [--heap-snapshots DIR]`;

/** Command-line settings; `--quick` is the smoke mode `npm test` runs (every part, a second each). */
export function parseSettings(argv: readonly string[]): BenchSettings {
  const flags = new Map<string, string>();
  for (let i = 0; i < argv.length; i += 1) {
    const [flag, inline] = argv[i].split('=', 2);
    if (!flag.startsWith('--')) throw new Error(`unexpected argument ${argv[i]}\n${USAGE}`);
    const takesValue = ['--rounds', '--duration', '--connections', '--scale', '--scale-check', '--only', '--data', '--out', '--cpu-profiles', '--heap-snapshots'].includes(flag);
    flags.set(flag, takesValue ? (inline ?? argv[++i] ?? '') : 'true');
  }
  const known = [
    '--quick',
    '--rounds',
    '--duration',
    '--connections',
    '--scale',
    '--scale-check',
    '--only',
    '--no-hive',
    '--no-baseline',
    '--no-merged',
    '--no-apollo-executor',
    '--no-paced',
    '--no-pin',
    '--data',
    '--out',
    '--verbose',
    '--cpu-profiles',
    '--heap-snapshots',
  ];
  const unknown = [...flags.keys()].filter((flag) => !known.includes(flag));
  if (unknown.length > 0) throw new Error(`unknown option ${unknown.join(', ')}\n${USAGE}`);
  const quick = flags.has('--quick');
  const number = (flag: string, fallback: number, min: number) => {
    const raw = flags.get(flag);
    const value = raw === undefined ? fallback : Number(raw);
    if (!Number.isFinite(value) || value < min) throw new Error(`${flag} must be a number of at least ${min}\n${USAGE}`);
    return value;
  };
  const root = path.resolve(__dirname, '../..');
  const scaleCheck = flags.has('--scale-check') ? number('--scale-check', 10, 2) : undefined;
  return {
    quick,
    rounds: number('--rounds', quick ? 1 : 3, 1),
    durationSeconds: number('--duration', quick ? 1 : 10, 1),
    warmupSeconds: quick ? 1 : 3,
    connections: number('--connections', quick ? 2 : 10, 1),
    scale: number('--scale', 1, 1),
    ...(scaleCheck === undefined ? {} : { scaleCheck }),
    hive: !flags.has('--no-hive'),
    baseline: !flags.has('--no-baseline'),
    merged: !flags.has('--no-merged'),
    apolloExecutor: !flags.has('--no-apollo-executor'),
    paced: !flags.has('--no-paced'),
    pin: !flags.has('--no-pin'),
    ...(flags.has('--only') ? { only: flags.get('--only')!.split(',') } : {}),
    dataRoot: path.resolve(flags.get('--data') ?? path.join(root, 'bench/.data')),
    // Relative to the repository's root, as every path of the configuration is.
    contractDir: path.resolve(root, process.env.CONTRACT_DIR ?? '../shared/operations'),
    out: path.resolve(flags.get('--out') ?? path.join(root, 'bench/results', quick ? 'quick.md' : 'latest.md')),
    verbose: flags.has('--verbose'),
    ...(flags.has('--cpu-profiles') ? { profileDir: path.resolve(flags.get('--cpu-profiles')!) } : {}),
    ...(flags.has('--heap-snapshots') ? { heapDir: path.resolve(flags.get('--heap-snapshots')!) } : {}),
  };
}
