import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadSubgraphConfig, openDataSource, StatementCounter, UnusableDatabaseError } from '@governance/kit';
import { DataSource } from 'typeorm';
import { subgraphDefinitions } from '@governance/scripts/subgraph-definitions';
import { verifyPlatformAudit } from '../src/audit-verify';

const AGENCY = 'industry-associations';
const TOOL = path.resolve(__dirname, '../dist/audit-verify.js');

/** `npm run audit:verify` only reads: it refuses what is not the platform's current databases, and creates or migrates nothing. */
describe('npm run audit:verify on databases that are not there or not current', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'governance-audit-verify-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('refuses a DATA_DIR that does not exist, and creates nothing', async () => {
    const dataDir = path.join(dir, 'no-such-folder');
    await expect(verifyPlatformAudit({ DATA_DIR: dataDir })).rejects.toBeInstanceOf(UnusableDatabaseError);
    await expect(verifyPlatformAudit({ DATA_DIR: dataDir })).rejects.toThrow(`nothing to verify: ${dataDir}/ does not exist`);
    expect(fs.existsSync(dataDir)).toBe(false);
  });

  it('exits 2 from the command line with the message, creating nothing', () => {
    expect(fs.existsSync(TOOL)).toBe(true); // npm test builds first
    const dataDir = path.join(dir, 'still-no-such-folder');
    const result = spawnSync(process.execPath, [TOOL], { env: { PATH: process.env.PATH, DATA_DIR: dataDir }, encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`audit:verify: nothing to verify: ${dataDir}/ does not exist`);
    expect(result.stdout).toBe('');
    expect(fs.existsSync(dataDir)).toBe(false);
  });

  it("verifies one agency with --subgraph when the others' databases are elsewhere, and names the witnesses it could not read", async () => {
    const file = path.join(dir, `${AGENCY}-current.sqlite`);
    const definition = subgraphDefinitions.find((candidate) => candidate.name === AGENCY)!;
    const config = loadSubgraphConfig(definition, { NODE_ENV: 'test', PORT: '0', DATABASE_URL: `sqlite:${file}` });
    await (await openDataSource(config.database, definition, new StatementCounter(AGENCY, false))).destroy();
    const env = { DATA_DIR: path.join(dir, 'the-others-are-elsewhere'), INDUSTRY_ASSOCIATIONS_DATABASE_URL: `sqlite:${file}` };
    const [verification] = await verifyPlatformAudit(env, [AGENCY]);
    expect(verification.report.intact).toBe(true);
    expect(verification.unreadWitnesses).toEqual(subgraphDefinitions.map((candidate) => candidate.name).filter((name) => name !== AGENCY));
  });

  it('refuses a database whose schema is older than the code, without migrating it', async () => {
    const file = path.join(dir, `${AGENCY}.sqlite`);
    const definition = subgraphDefinitions.find((candidate) => candidate.name === AGENCY)!;
    const db = await openDataSource(
      loadSubgraphConfig(definition, { NODE_ENV: 'test', PORT: '0', DATABASE_URL: `sqlite:${file}` }).database,
      definition,
      new StatementCounter(AGENCY, false),
    );
    const [last] = await db.query<Array<{ name: string }>>('SELECT name FROM migrations ORDER BY id DESC LIMIT 1');
    await db.query('DELETE FROM migrations WHERE name = ?', [last.name]);
    await db.destroy();

    const env = { INDUSTRY_ASSOCIATIONS_DATABASE_URL: `sqlite:${file}` };
    await expect(verifyPlatformAudit(env, [AGENCY])).rejects.toThrow(`is on an older schema (1 migration(s) not run, first ${last.name})`);
    const reopened = await new DataSource({ type: 'better-sqlite3', database: file }).initialize();
    try {
      // The tool ran no migration: the row is still missing.
      expect(await reopened.query('SELECT name FROM migrations WHERE name = ?', [last.name])).toEqual([]);
    } finally {
      await reopened.destroy();
    }
  });

  it('refuses an SQLite file that holds no schema of the platform', async () => {
    const file = path.join(dir, 'empty.sqlite');
    fs.writeFileSync(file, '');
    await expect(verifyPlatformAudit({ INDUSTRY_ASSOCIATIONS_DATABASE_URL: `sqlite:${file}` }, [AGENCY])).rejects.toThrow(/holds no schema of this platform/);
    expect(fs.statSync(file).size).toBe(0);
  });
});
