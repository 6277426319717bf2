import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { isSqlite, openDataSource, StatementCounter, type SubgraphConfig, type SubgraphDefinition } from '@governance/kit';

/**
 * Seeding an agency's share of the data set costs seconds (the generator
 * builds 80,000 persons in every jest module registry, then writes up to
 * 16 MB), and nearly every test file starts from the same seeded database.
 * So a run seeds each agency's SQLite file once, into the per-run folder
 * jest's globalSetup names (test/global/sqlite-setup.ts), and every test
 * starts from a byte copy of it. TEST_SEED_TEMPLATES=0 seeds every database
 * for real again (to measure, or to rule the copies out).
 */
export const TEMPLATE_DIR_VARIABLE = 'TEST_TEMPLATE_DIR';

function templateDir(): string | undefined {
  if (process.env.TEST_SEED_TEMPLATES === '0') return undefined;
  return process.env[TEMPLATE_DIR_VARIABLE] || undefined;
}

/**
 * Puts a copy of the run's seeded template where `config` keeps the
 * subgraph's SQLite file, building the template first if no test of this run
 * has. Does nothing, so that the kit seeds as it always does, unless the
 * database is a new SQLite file the kit would seed, and templates are on.
 * Returns whether it copied.
 */
export async function copySeededTemplate<T>(definition: SubgraphDefinition<T>, config: SubgraphConfig): Promise<boolean> {
  const dir = templateDir();
  const database = config.database;
  if (dir === undefined || !isSqlite(database) || database.file === ':memory:' || !config.seedOnEmpty || fs.existsSync(database.file)) return false;
  const template = path.join(dir, `${definition.name}-${fingerprint(definition, config)}.sqlite`);
  if (!fs.existsSync(template)) await buildTemplate(definition, config, template);
  fs.mkdirSync(path.dirname(database.file), { recursive: true });
  fs.copyFileSync(template, database.file);
  return true;
}

/**
 * What the seeded rows depend on besides the agency: its schema (entities and
 * migrations) and the pseudonym key persons are written under. A test with
 * another key, or a variant of the agency, gets a template of its own.
 */
function fingerprint<T>(definition: SubgraphDefinition<T>, config: SubgraphConfig): string {
  const parts = {
    entities: definition.entities.map((entity) => entity.name),
    migrations: definition.migrations.map((migration) => migration.name),
    pseudonymKey: config.pseudonymKey,
  };
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 16);
}

/**
 * Migrates and seeds a file under a name of its own, then renames it into
 * place: rename is atomic, so a parallel worker sees no template or a whole
 * one. Two workers that miss it at once both build it; the last rename wins
 * with the same rows.
 */
async function buildTemplate<T>(definition: SubgraphDefinition<T>, config: SubgraphConfig, template: string): Promise<void> {
  const building = `${template}.${process.pid}-${randomBytes(4).toString('hex')}.building`;
  const db = await openDataSource({ kind: 'sqlite', file: building }, definition, new StatementCounter(definition.name, false));
  try {
    await definition.seed.run(db, config);
    // Everything into the main file, so that the file alone is the database.
    await db.query('PRAGMA wal_checkpoint(TRUNCATE)');
  } finally {
    await db.destroy();
  }
  for (const leftover of [`${building}-wal`, `${building}-shm`]) fs.rmSync(leftover, { force: true });
  fs.renameSync(building, template);
}
