import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MAX_SCALE } from '@governance/dataset';

const TOOL = path.resolve(__dirname, '../dist/seed.js');
const AGENCY = 'industry-associations';

/** `npm run seed` as a person runs it (no terminal: --reset cannot ask), into a DATA_DIR of its own. */
function seed(dataDir: string, ...argv: string[]) {
  return spawnSync(process.execPath, [TOOL, ...argv], {
    env: { PATH: process.env.PATH, DATA_DIR: dataDir, NODE_ENV: 'development' },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** The seed's command line: what it refuses before writing, and the ways out it names when the databases hold records. */
describe('npm run seed on the command line', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'governance-seed-command-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('refuses more copies than can be made at once, with the usage, creating nothing', () => {
    expect(fs.existsSync(TOOL)).toBe(true); // npm test builds first
    const dataDir = path.join(dir, 'never-written');
    const result = seed(dataDir, '--scale', String(MAX_SCALE + 12));
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`seed: --scale must be a whole number from 1 to ${MAX_SCALE}`);
    expect(result.stderr).toContain('usage: npm run seed -- [--scale N]');
    expect(fs.existsSync(dataDir)).toBe(false);
    expect(seed(dataDir, '--scale', 'ten').status).toBe(2);
    expect(seed(dataDir, '--yes').stderr).toContain('--yes answers --reset');
    expect(fs.existsSync(dataDir)).toBe(false);
  });

  it('names the databases that hold records and the two ways out; --reset asks, and only --yes answers without a terminal', () => {
    const dataDir = path.join(dir, 'data');
    const file = path.join(dataDir, `${AGENCY}.sqlite`);
    const first = seed(dataDir, '--subgraph', AGENCY);
    expect(first).toMatchObject({ status: 0, stdout: '' });
    expect(first.stderr).toMatch(new RegExp(`seed: wrote [\\d,]+ rows`));
    const seeded = fs.statSync(file).mtimeMs;

    const again = seed(dataDir, '--subgraph', AGENCY);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('these databases already hold records');
    expect(again.stderr).toMatch(new RegExp(`${AGENCY} +${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    expect(again.stderr).toMatch(new RegExp(`DATA_DIR=data-scale-1(-\\d+)? npm run seed -- --subgraph ${AGENCY}\n`));
    expect(again.stderr).toMatch(/DATA_DIR=data-scale-1(-\d+)? npm start/);
    expect(again.stderr).toContain(`npm run seed -- --subgraph ${AGENCY} --reset\n`);

    const unanswered = seed(dataDir, '--subgraph', AGENCY, '--reset');
    expect(unanswered.status).toBe(1);
    expect(unanswered.stderr).toContain('add --yes to mean it. Nothing was deleted or written.');
    expect(fs.statSync(file).mtimeMs).toBe(seeded);

    const reset = seed(dataDir, '--subgraph', AGENCY, '--reset', '--yes');
    expect(reset.stderr).toContain(`--reset --yes: deleting every record of\n  ${AGENCY}`);
    expect(reset.status).toBe(0);
  }, 120_000);
});
