import type { DataSource } from 'typeorm';
import type { SeedRun } from '@governance/dataset';
import { openDataSource, StatementCounter, type SubgraphConfig, type SubgraphDefinition } from '@governance/kit';
import type { Env } from '@governance/kit/env';
import { platformSubgraphConfig } from './platform-database';
import { subgraphDefinitions } from './subgraph-definitions';

export interface SeedPlatformOptions {
  /** Copies of the document's data set to write: 1 is the data set itself, N is N times its records. */
  readonly scale: number;
  /** Only these agencies (by subgraph name); every agency of the manifest by default. */
  readonly subgraphs?: readonly string[];
  /** `<SUBGRAPH>_DATABASE_URL` per agency (default: the SQLite files under data/ that `npm start` uses), PERSON_PSEUDONYM_KEY. */
  readonly env?: Env;
  /** Called after every chunk written. */
  readonly onProgress?: (progress: SeedProgress) => void;
}

export interface SeedProgress {
  readonly subgraph: string;
  readonly table: string;
  readonly copy: number;
  readonly rowsWritten: number;
  /** Rows of copy 0 of every agency that planned it, times the scale; exact once every agency has written copy 0. */
  readonly rowsExpected: number;
  readonly elapsedMs: number;
}

export interface SeedReport {
  readonly rows: number;
  readonly elapsedMs: number;
  readonly rowsBySubgraph: Readonly<Record<string, number>>;
}

/**
 * `npm run seed -- --scale N`: writes copies 0..N-1 of the data set into each agency's own
 * database, one copy to every agency before the next, so that every cross-agency reference
 * (a copy's community, person or enterprise) exists in the owner once the copy is done.
 * The databases must be empty (the migrations run first); each chunk commits on its own.
 */
export async function seedPlatform(options: SeedPlatformOptions): Promise<SeedReport> {
  const { scale } = options;
  if (!Number.isInteger(scale) || scale < 1) throw new RangeError(`--scale must be a whole number from 1 (got ${scale})`);
  const env = options.env ?? process.env;
  const definitions = subgraphDefinitions.filter((definition) => options.subgraphs === undefined || options.subgraphs.includes(definition.name));
  const unknown = (options.subgraphs ?? []).filter((name) => !subgraphDefinitions.some((definition) => definition.name === name));
  if (unknown.length > 0) throw new Error(`no subgraph named ${unknown.join(', ')} (one of ${subgraphDefinitions.map((definition) => definition.name).join(', ')})`);

  const started = Date.now();
  const opened: Array<{ definition: SubgraphDefinition<unknown>; config: SubgraphConfig; db: DataSource }> = [];
  try {
    for (const definition of definitions) {
      const config = platformSubgraphConfig(definition, env);
      const db = await openDataSource(config.database, definition, new StatementCounter(definition.name, false));
      opened.push({ definition, config, db });
      if (!(await definition.seed.isEmpty(db))) throw new Error(`${definition.name}: the database already holds records; seed into an empty one`);
    }
    const rowsBySubgraph: Record<string, number> = Object.fromEntries(definitions.map((definition) => [definition.name, 0]));
    const copy0 = new Map<string, number>();
    let rowsWritten = 0;
    for (let copy = 0; copy < scale; copy += 1) {
      for (const { definition, config, db } of opened) {
        // Every seed of this repository takes SeedOptions; the kit's interface only names the first two parameters.
        const run = definition.seed.run as SeedRun<SubgraphConfig>;
        await run(db, config, {
          copies: [copy],
          onRows: (table, rows) => {
            rowsWritten += rows;
            rowsBySubgraph[definition.name] += rows;
            if (copy === 0) copy0.set(definition.name, (copy0.get(definition.name) ?? 0) + rows);
            const rowsExpected = [...copy0.values()].reduce((sum, n) => sum + n, 0) * scale;
            options.onProgress?.({ subgraph: definition.name, table, copy, rowsWritten, rowsExpected: Math.max(rowsExpected, rowsWritten), elapsedMs: Date.now() - started });
          },
        });
      }
    }
    return { rows: rowsWritten, elapsedMs: Date.now() - started, rowsBySubgraph };
  } finally {
    await Promise.all(opened.map(({ db }) => db.destroy()));
  }
}
