import fs from 'node:fs';
import path from 'node:path';
import { REPOSITORY_ROOT } from '@governance/kit/env';

/** A mistake in what was typed: said plainly with the usage, exit 2. */
export class UsageError extends Error {}

/** A refusal the tool explains itself (nothing to verify, databases that hold records): said plainly, without a log line's dress. */
export class Refusal extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}

export interface OptionSpec {
  /** `--name value` or `--name=value`; otherwise a flag. */
  readonly value?: boolean;
}

export interface CommandLine {
  /** Every value of each option given, in order (a flag's is `true`). */
  readonly options: ReadonlyMap<string, readonly string[]>;
  readonly positionals: readonly string[];
}

/**
 * Reads `--name value`, `--name=value` and `--flag`. An option the spec does
 * not name, a missing value, a value given to a flag and more positionals than
 * allowed are a UsageError.
 */
export function parseCommandLine(argv: readonly string[], spec: { readonly options: Readonly<Record<string, OptionSpec>>; readonly positionals?: number }): CommandLine {
  const options = new Map<string, string[]>();
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i += 1) {
    const argument = argv[i];
    if (!argument.startsWith('--')) {
      positionals.push(argument);
      continue;
    }
    const [flag, inline] = splitOnce(argument);
    const option = spec.options[flag];
    if (option === undefined) throw new UsageError(`unknown argument ${argument}`);
    if (!option.value && inline !== undefined) throw new UsageError(`${flag} takes no value`);
    const value = option.value ? (inline ?? argv[++i]) : 'true';
    if (value === undefined) throw new UsageError(`${flag} needs a value`);
    options.set(flag, [...(options.get(flag) ?? []), value]);
  }
  if (positionals.length > (spec.positionals ?? 0)) throw new UsageError(`unexpected argument ${positionals[spec.positionals ?? 0]}`);
  return { options, positionals };
}

function splitOnce(argument: string): [string, string | undefined] {
  const equals = argument.indexOf('=');
  return equals === -1 ? [argument, undefined] : [argument.slice(0, equals), argument.slice(equals + 1)];
}

/** The last value given for `flag`. */
export function lastValue(line: CommandLine, flag: string): string | undefined {
  return line.options.get(flag)?.at(-1);
}

/**
 * `.env` at the repository's root, read by `npm start` and the tools (not by
 * a service started on its own, nor in Docker, whose environment is given).
 * Variables already in the environment win.
 */
export function loadRootEnvFile(root: string = REPOSITORY_ROOT): void {
  const file = path.join(root, '.env');
  if (fs.existsSync(file)) process.loadEnvFile(file);
}

/**
 * Runs a tool: `--help` prints its usage and exits 0; otherwise `.env` is
 * read and `main` runs with the arguments. A UsageError prints its message
 * and the usage (exit 2), a Refusal its message (its exit code); anything else
 * goes to `onError`, which returns the exit code.
 */
export function runCommand(
  tool: string,
  usage: string,
  main: (argv: readonly string[]) => Promise<number> | Promise<void>,
  onError: (error: unknown) => number | Promise<number>,
): void {
  const argv = process.argv.slice(2);
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(`usage: ${usage}\n`);
    return;
  }
  const finish = (code: number) => {
    process.exitCode = code;
  };
  const run = async () => {
    loadRootEnvFile();
    return (await main(argv)) ?? 0;
  };
  run().then(finish, async (error: unknown) => {
    if (error instanceof UsageError) {
      process.stderr.write(`${tool}: ${error.message}\nusage: ${usage}\n`);
      finish(2);
    } else if (error instanceof Refusal) {
      process.stderr.write(`${tool}: ${error.message}\n`);
      finish(error.exitCode);
    } else {
      finish(await onError(error));
    }
  });
}
