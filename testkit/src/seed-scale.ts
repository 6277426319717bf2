import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildCommerceBureauRecords, buildDocumentDataset, buildLegalAffairsRecords, buildPublicSecurityRecords, MAX_SCALE } from '@governance/dataset';
import { loadSubgraphConfig, openDataSource, StatementCounter } from '@governance/kit';
import { subgraphVariable } from '@governance/kit/env';
import { listTables } from '@governance/scripts/database-tables';
import { DatabasesHoldRecordsError, SeedFailedError, seedPlatform } from '@governance/scripts/seed-platform';
import { subgraphDefinitions } from '@governance/scripts/subgraph-definitions';
import type { DataSource } from 'typeorm';
import { countRows, freshDatabaseUrl, testDatabase } from './database';
import { expectTalkEventSummariesToMatchEvents } from './talk-event-summaries';

/**
 * Runs `npm run seed -- --scale <scale>`'s function into fresh databases (SQLite files, or
 * MariaDB databases under jest.mariadb.config.js) and checks what it wrote: scale times the
 * data set's records, the talk figures scale times over, the resident totals equal to the
 * register's counts, the talk-event summaries equal to the events, and every cross-agency key of
 * every copy present in its owner's database.
 */
export async function checkScaledSeed(scale: number): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'governance-seed-'));
  try {
    const env: Record<string, string> = { NODE_ENV: 'test' };
    for (const definition of subgraphDefinitions) env[subgraphVariable(definition.name, 'DATABASE_URL')] = await freshDatabaseUrl(definition.name, dataDir);
    const progress: Array<{ rowsWritten: number; rowsExpected: number }> = [];
    const report = await seedPlatform({ scale, env, onProgress: ({ rowsWritten, rowsExpected }) => progress.push({ rowsWritten, rowsExpected }) });
    expect(progress.length).toBeGreaterThan(1);
    expect(progress.at(-1)!.rowsWritten).toBe(report.rows);
    // The total is known before the first row is written (copies 0 and N-1 are counted first): never "83 / 166 rows (50.0%)".
    expect(new Set(progress.map((step) => step.rowsExpected))).toEqual(new Set([report.rows]));

    const withDatabase = async <T>(name: string, work: (db: DataSource) => Promise<T>): Promise<T> => {
      const definition = subgraphDefinitions.find((candidate) => candidate.name === name)!;
      const config = loadSubgraphConfig(definition, { NODE_ENV: 'test', PORT: '0', DATABASE_URL: env[subgraphVariable(name, 'DATABASE_URL')] });
      const db = await openDataSource(config.database, definition, new StatementCounter(name, false));
      try {
        return await work(db);
      } finally {
        await db.destroy();
      }
    };
    const query = (name: string, sql: string): Promise<Array<Record<string, unknown>>> => withDatabase(name, (db) => db.query(sql));
    const count = async (name: string, table: string) => Number((await query(name, `SELECT COUNT(*) AS n FROM ${table}`))[0].n);

    const core = buildDocumentDataset();
    expect(await count('community-committees', 'person')).toBe(scale * core.persons.length);
    expect(await count('community-committees', 'community')).toBe(scale * core.communities.length);
    // The bulk inserts fire the person triggers row by row: the resident totals equal the register's counts.
    const residents = async (sql: string) => (await query('community-committees', sql)).map((row) => `${String(row.c)} ${String(row.t)} ${Number(row.n)}`);
    expect(await residents('SELECT community_code AS c, resident_type AS t, residents AS n FROM community_resident_total ORDER BY c, t')).toEqual(
      await residents('SELECT community_code AS c, resident_type AS t, COUNT(*) AS n FROM person GROUP BY community_code, resident_type ORDER BY c, t'),
    );
    expect(await count('commerce-bureau', 'enterprise')).toBe(scale * core.enterprises.length);
    expect(await count('commerce-bureau', 'stall')).toBe(scale * buildCommerceBureauRecords(core).stalls.length);
    const talks = buildPublicSecurityRecords(core).talkEvents;
    const [sums] = await query('public-security', 'SELECT COUNT(*) AS events, SUM(officers_deployed) AS officers FROM talk_event');
    expect([Number(sums.events), Number(sums.officers)]).toEqual([scale * talks.length, scale * talks.reduce((sum, event) => sum + event.officersDeployed, 0)]);
    // And the talk-event triggers: every sum they keep (per day, per community or station and year) equals the events.
    await withDatabase('public-security', expectTalkEventSummariesToMatchEvents);

    // Every key another agency files, in every copy, is in the owner's register.
    const keys = async (name: string, sql: string) => new Set((await query(name, sql)).map((row) => String(row.k)));
    const communities = await keys('community-committees', 'SELECT code AS k FROM community');
    const persons = await keys('community-committees', 'SELECT id AS k FROM person');
    const enterprises = await keys('commerce-bureau', 'SELECT credit_code AS k FROM enterprise');
    const missing = (owner: Set<string>, referenced: Set<string>) => [...referenced].filter((key) => !owner.has(key));
    expect(missing(communities, await keys('commerce-bureau', 'SELECT DISTINCT community_code AS k FROM enterprise'))).toEqual([]);
    expect(missing(persons, await keys('commerce-bureau', 'SELECT DISTINCT legal_representative_id AS k FROM enterprise WHERE legal_representative_id IS NOT NULL'))).toEqual([]);
    expect(missing(communities, await keys('public-security', 'SELECT DISTINCT community_code AS k FROM talk_event'))).toEqual([]);
    expect(missing(persons, await keys('public-security', 'SELECT DISTINCT person_id AS k FROM patrol_member'))).toEqual([]);
    expect(missing(enterprises, await keys('public-security', 'SELECT DISTINCT enterprise_credit_code AS k FROM patrol_member'))).toEqual([]);
    expect(missing(enterprises, await keys('industry-associations', 'SELECT DISTINCT enterprise_credit_code AS k FROM membership'))).toEqual([]);
    expect(missing(communities, await keys('industry-associations', 'SELECT DISTINCT community_code AS k FROM safe_community_designation'))).toEqual([]);
    expect(await count('legal-affairs', 'reconsideration_case')).toBe(scale * buildLegalAffairsRecords(core).cases.length);
    expect(missing(persons, await keys('legal-affairs', 'SELECT DISTINCT applicant_id AS k FROM reconsideration_case'))).toEqual([]);
    expect(
      missing(enterprises, await keys('legal-affairs', 'SELECT DISTINCT enterprise_credit_code AS k FROM reconsideration_case WHERE enterprise_credit_code IS NOT NULL')),
    ).toEqual([]);

    // A second run refuses databases that already hold records, naming every one, before it writes anything.
    const refusal = seedPlatform({ scale: 1, env });
    await expect(refusal).rejects.toBeInstanceOf(DatabasesHoldRecordsError);
    await expect(refusal).rejects.toMatchObject({
      targets: subgraphDefinitions.map((definition) => expect.objectContaining({ subgraph: definition.name, variable: subgraphVariable(definition.name, 'DATABASE_URL') })),
    });
    expect(await count('industry-associations', 'association')).toBe(scale * core.associations.length);

    // --reset empties what the agency held (every table, the audit log too) and seeds it again.
    const held: string[] = [];
    await seedPlatform({ scale: 1, env, subgraphs: ['industry-associations'], reset: async (targets) => (held.push(...targets.map((target) => target.subgraph)), true) });
    expect(held).toEqual(['industry-associations']);
    expect(await count('industry-associations', 'association')).toBe(core.associations.length);
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Every table's rows in each agency's database, as the seed left it (the databases hold the schema already). */
async function rowsPerTable(env: Readonly<Record<string, string>>): Promise<Record<string, Record<string, number>>> {
  const counts: Record<string, Record<string, number>> = {};
  for (const definition of subgraphDefinitions) {
    const config = loadSubgraphConfig(definition, { NODE_ENV: 'test', PORT: '0', DATABASE_URL: env[subgraphVariable(definition.name, 'DATABASE_URL')] });
    const db = await openDataSource(config.database, definition, new StatementCounter(definition.name, false));
    try {
      counts[definition.name] = {};
      for (const table of await listTables(db)) counts[definition.name][table] = await countRows(db, db.driver.escape(table));
    } finally {
      await db.destroy();
    }
  }
  return counts;
}

/**
 * `npm run seed` checks the whole plan before it writes, and a seed that fails midway removes
 * what it wrote: every agency's database ends as it began (migrated, empty), the summary table
 * public security's triggers keep included.
 */
export async function checkFailedSeedLeavesDatabasesAsTheyWere(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'governance-seed-failure-'));
  try {
    const env: Record<string, string> = { NODE_ENV: 'test' };
    for (const definition of subgraphDefinitions) env[subgraphVariable(definition.name, 'DATABASE_URL')] = await freshDatabaseUrl(definition.name, dataDir);

    // More copies than can be made: refused before any database is opened.
    await expect(seedPlatform({ scale: MAX_SCALE + 1, env })).rejects.toThrow(`--scale must be a whole number from 1 to ${MAX_SCALE}`);
    if (testDatabase() === 'sqlite') expect(fs.readdirSync(dataDir)).toEqual([]);

    const before = await rowsPerTable(env);
    expect(Object.values(before).flatMap((tables) => Object.keys(tables))).toContain('talk_event_day_total');
    const stop = new AbortController();
    let written = 0;
    const failing = seedPlatform({
      scale: 2,
      env,
      signal: stop.signal,
      onProgress: (progress) => {
        written = progress.rowsWritten;
        // Every agency has written copy 0 when copy 1 begins.
        if (progress.copy === 1) stop.abort(new Error('a failure midway'));
      },
    });
    await expect(failing).rejects.toBeInstanceOf(SeedFailedError);
    await expect(failing).rejects.toMatchObject({ cleaned: true, message: 'a failure midway; removed what it wrote: the databases are empty again' });
    expect(written).toBeGreaterThan(100_000);
    expect(await rowsPerTable(env)).toEqual(before);
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
