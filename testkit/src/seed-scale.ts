import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildCommerceBureauRecords, buildDocumentDataset, buildLegalAffairsRecords, buildPublicSecurityRecords } from '@governance/dataset';
import { loadSubgraphConfig, openDataSource, StatementCounter, type SubgraphDefinition } from '@governance/kit';
import { subgraphVariable } from '@governance/kit/env';
import { seedPlatform } from '@governance/scripts/seed-platform';
import { subgraphDefinitions } from '@governance/scripts/subgraph-definitions';
import { freshDatabaseUrl } from './database';

/**
 * Runs `npm run seed -- --scale <scale>`'s function into fresh databases (SQLite files, or
 * MariaDB databases under jest.mariadb.config.js) and checks what it wrote: scale times the
 * data set's records, the talk figures scale times over, and every cross-agency key of
 * every copy present in its owner's database.
 */
export async function checkScaledSeed(scale: number): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'governance-seed-'));
  try {
    const env: Record<string, string> = { NODE_ENV: 'test' };
    for (const definition of subgraphDefinitions) env[subgraphVariable(definition.name, 'DATABASE_URL')] = await freshDatabaseUrl(definition.name, dataDir);
    const progress: number[] = [];
    const report = await seedPlatform({ scale, env, onProgress: (step) => progress.push(step.rowsWritten) });
    expect(progress.length).toBeGreaterThan(0);
    expect(progress.at(-1)).toBe(report.rows);

    const query = async (name: string, sql: string): Promise<Array<Record<string, unknown>>> => {
      const definition = subgraphDefinitions.find((candidate) => candidate.name === name)! as SubgraphDefinition<unknown>;
      const config = loadSubgraphConfig(definition, { NODE_ENV: 'test', PORT: '0', DATABASE_URL: env[subgraphVariable(name, 'DATABASE_URL')] });
      const db = await openDataSource(config.database, definition, new StatementCounter(name, false));
      try {
        return await db.query(sql);
      } finally {
        await db.destroy();
      }
    };
    const count = async (name: string, table: string) => Number((await query(name, `SELECT COUNT(*) AS n FROM ${table}`))[0].n);

    const core = buildDocumentDataset();
    expect(await count('community-committees', 'person')).toBe(scale * core.persons.length);
    expect(await count('community-committees', 'community')).toBe(scale * core.communities.length);
    expect(await count('commerce-bureau', 'enterprise')).toBe(scale * core.enterprises.length);
    expect(await count('commerce-bureau', 'stall')).toBe(scale * buildCommerceBureauRecords(core).stalls.length);
    const talks = buildPublicSecurityRecords(core).talkEvents;
    const [sums] = await query('public-security', 'SELECT COUNT(*) AS events, SUM(officers_deployed) AS officers FROM talk_event');
    expect([Number(sums.events), Number(sums.officers)]).toEqual([scale * talks.length, scale * talks.reduce((sum, event) => sum + event.officersDeployed, 0)]);

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
    expect(missing(enterprises, await keys('legal-affairs', 'SELECT DISTINCT enterprise_credit_code AS k FROM reconsideration_case WHERE enterprise_credit_code IS NOT NULL'))).toEqual([]);

    // A second run refuses databases that already hold records.
    await expect(seedPlatform({ scale: 1, env, subgraphs: ['industry-associations'] })).rejects.toThrow(/already holds records/);
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
