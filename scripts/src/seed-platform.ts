import type { DataSource } from 'typeorm';
import { MAX_SCALE, type SeedRun } from '@governance/dataset';
import { describeDatabase, openDataSource, StatementCounter, type DatabaseConfig, type SubgraphConfig, type SubgraphDefinition } from '@governance/kit';
import { subgraphVariable, type Env } from '@governance/kit/env';
import { UsageError } from './command-line';
import { dropAllTables, emptyTables, tablesWithoutRows } from './database-tables';
import { platformSubgraphConfig } from './platform-database';
import { subgraphDefinitions } from './subgraph-definitions';

export interface SeedPlatformOptions {
  /** Copies of the document's data set to write: 1 is the data set itself, N is N times its records (at most MAX_SCALE). */
  readonly scale: number;
  /** Only these agencies (by subgraph name); every agency of the manifest by default. */
  readonly subgraphs?: readonly string[];
  /** `<SUBGRAPH>_DATABASE_URL` per agency (default: the SQLite files under DATA_DIR that `npm start` uses), PERSON_PSEUDONYM_KEY. */
  readonly env?: Env;
  /**
   * Asked when databases already hold records: true empties them (every table
   * dropped, the migrations run again) and the seed goes on. Without it, or
   * when it answers false, the seed refuses with a DatabasesHoldRecordsError.
   */
  readonly reset?: (held: readonly SeedTarget[]) => Promise<boolean>;
  /** Stops the seed between two chunks (Ctrl-C); what it wrote is removed. */
  readonly signal?: AbortSignal;
  /** Called after every chunk written. */
  readonly onProgress?: (progress: SeedProgress) => void;
}

/** One agency's database as the seed sees it. */
export interface SeedTarget {
  readonly subgraph: string;
  readonly database: DatabaseConfig;
  /** `data/commerce-bureau.sqlite`, `mysql://db:3306/commerce_bureau`. */
  readonly location: string;
  /** The variable that named it (COMMERCE_BUREAU_DATABASE_URL), or undefined for the default file under DATA_DIR. */
  readonly variable?: string;
}

export interface SeedProgress {
  readonly subgraph: string;
  readonly table: string;
  readonly copy: number;
  readonly rowsWritten: number;
  /** Every row the seed will write: copies 0 and N-1 counted before writing, each other copy taken as copy 0 until it is written. */
  readonly rowsExpected: number;
  /** Since the first row was written (the checks before take a few seconds). */
  readonly elapsedMs: number;
}

export interface SeedReport {
  readonly rows: number;
  readonly elapsedMs: number;
  readonly rowsBySubgraph: Readonly<Record<string, number>>;
}

/** The seed refuses databases that already hold records, and names them. */
export class DatabasesHoldRecordsError extends Error {
  constructor(readonly targets: readonly SeedTarget[]) {
    super(`${targets.map((target) => target.location).join(', ')} already hold${targets.length === 1 ? 's' : ''} records; seed into empty databases`);
  }
}

/** A seed that stopped midway; `cleaned` says whether what it wrote was removed again. */
export class SeedFailedError extends Error {
  constructor(
    readonly reason: unknown,
    readonly cleaned: boolean,
    readonly targets: readonly SeedTarget[],
  ) {
    super(
      `${reason instanceof Error ? reason.message : String(reason)}; ${cleaned ? 'removed what it wrote: the databases are empty again' : `could not remove what it wrote from ${targets.map((target) => target.location).join(', ')}`}`,
    );
  }
}

interface Opened extends SeedTarget {
  readonly definition: SubgraphDefinition<unknown>;
  readonly config: SubgraphConfig;
  readonly db: DataSource;
}

/**
 * `npm run seed -- --scale N`: writes copies 0..N-1 of the data set into each agency's own
 * database, one copy to every agency before the next, so that every cross-agency reference
 * (a copy's community, person or enterprise) exists in the owner once the copy is done.
 *
 * Everything is checked before anything is written: the scale, the agencies' names, that every
 * database is empty (or emptied, when `reset` agrees), and that copies 0 and N-1 of every
 * agency's records can be made (which also counts the rows). Each chunk commits on its own, so
 * a seed that fails or is stopped midway removes what it wrote from every table that was empty
 * before it began, and says whether it could.
 */
export async function seedPlatform(options: SeedPlatformOptions): Promise<SeedReport> {
  const definitions = chosenDefinitions(options);
  const started = Date.now();
  const opened: Opened[] = [];
  try {
    for (const target of seedTargets(definitions, options.env ?? process.env)) {
      const db = await openDataSource(target.config.database, target.definition, new StatementCounter(target.subgraph, false));
      opened.push({ ...target, db });
    }
    await requireEmpty(opened, options.reset);
    const plan = await planRows(opened, options.scale);
    const emptyBefore = new Map(await Promise.all(opened.map(async (target) => [target.subgraph, await tablesWithoutRows(target.db)] as const)));
    try {
      const report = await writeCopies(opened, plan, options);
      return { ...report, elapsedMs: Date.now() - started };
    } catch (error) {
      throw new SeedFailedError(error, await removeWritten(opened, emptyBefore), opened);
    }
  } finally {
    await Promise.all(opened.map(({ db }) => db.destroy()));
  }
}

function chosenDefinitions(options: SeedPlatformOptions): readonly SubgraphDefinition<unknown>[] {
  const { scale } = options;
  if (!Number.isInteger(scale) || scale < 1 || scale > MAX_SCALE)
    throw new UsageError(`--scale must be a whole number from 1 to ${MAX_SCALE}, the most copies of the data set that can be made (got ${scale})`);
  const all = subgraphDefinitions;
  const unknown = (options.subgraphs ?? []).filter((name) => !all.some((definition) => definition.name === name));
  if (unknown.length > 0) throw new UsageError(`no subgraph named ${unknown.join(', ')} (one of ${all.map((definition) => definition.name).join(', ')})`);
  return all.filter((definition) => options.subgraphs === undefined || options.subgraphs.length === 0 || options.subgraphs.includes(definition.name));
}

function seedTargets(definitions: readonly SubgraphDefinition<unknown>[], env: Env): Array<SeedTarget & { definition: SubgraphDefinition<unknown>; config: SubgraphConfig }> {
  return definitions.map((definition) => {
    const config = platformSubgraphConfig(definition, env);
    const variable = subgraphVariable(definition.name, 'DATABASE_URL');
    return {
      subgraph: definition.name,
      definition,
      config,
      database: config.database,
      location: describeDatabase(config.database),
      ...(env[variable] === undefined ? {} : { variable }),
    };
  });
}

async function requireEmpty(opened: readonly Opened[], reset: SeedPlatformOptions['reset']): Promise<void> {
  const held: Opened[] = [];
  for (const target of opened) if (!(await target.definition.seed.isEmpty(target.db))) held.push(target);
  if (held.length === 0) return;
  if (reset === undefined || !(await reset(held))) throw new DatabasesHoldRecordsError(held);
  for (const { db } of held) {
    await dropAllTables(db);
    await db.runMigrations({ transaction: 'each' });
  }
}

/** Rows per agency of copy 0 and of the last copy, built (not written) before anything is written. */
interface RowPlan {
  readonly scale: number;
  readonly first: ReadonlyMap<string, number>;
  readonly last: ReadonlyMap<string, number>;
}

async function planRows(opened: readonly Opened[], scale: number): Promise<RowPlan> {
  const count = async (copy: number) => {
    const rows = new Map<string, number>();
    for (const { definition, config, db } of opened) {
      await seedRun(definition)(db, config, { copies: [copy], countOnly: true, onRows: (_table, n) => rows.set(definition.name, (rows.get(definition.name) ?? 0) + n) });
    }
    return rows;
  };
  const first = await count(0);
  return { scale, first, last: scale === 1 ? first : await count(scale - 1) };
}

const sum = (rows: ReadonlyMap<string, number>) => [...rows.values()].reduce((total, n) => total + n, 0);

/** Every seed of this repository takes SeedOptions; the kit's interface only names the first two parameters. */
const seedRun = (definition: SubgraphDefinition<unknown>) => definition.seed.run as SeedRun<SubgraphConfig>;

async function writeCopies(opened: readonly Opened[], plan: RowPlan, options: SeedPlatformOptions): Promise<SeedReport> {
  const started = Date.now();
  const rowsBySubgraph: Record<string, number> = Object.fromEntries(opened.map((target) => [target.subgraph, 0]));
  const firstTotal = sum(plan.first);
  // Synthetic copies differ from copy 0 by a few rows (0.2 % at most): each counts as copy 0 until it is written.
  let rowsExpected = plan.scale === 1 ? firstTotal : firstTotal * (plan.scale - 1) + sum(plan.last);
  let rowsWritten = 0;
  for (let copy = 0; copy < plan.scale; copy += 1) {
    const before = rowsWritten;
    for (const { definition, config, db } of opened) {
      await seedRun(definition)(db, config, {
        copies: [copy],
        onRows: (table, rows) => {
          options.signal?.throwIfAborted();
          rowsWritten += rows;
          rowsBySubgraph[definition.name] += rows;
          options.onProgress?.({ subgraph: definition.name, table, copy, rowsWritten, rowsExpected: Math.max(rowsExpected, rowsWritten), elapsedMs: Date.now() - started });
        },
      });
    }
    if (copy > 0 && copy < plan.scale - 1) rowsExpected += rowsWritten - before - firstTotal;
  }
  return { rows: rowsWritten, elapsedMs: Date.now() - started, rowsBySubgraph };
}

/** Empties again, in every database, each table that was empty before the seed began; true when all of them could be. */
async function removeWritten(opened: readonly Opened[], emptyBefore: ReadonlyMap<string, readonly string[]>): Promise<boolean> {
  const results = await Promise.allSettled(opened.map(({ subgraph, db }) => emptyTables(db, emptyBefore.get(subgraph) ?? [])));
  return results.every((result) => result.status === 'fulfilled');
}
