import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..');

/**
 * `npm run bench -- --quick`: every part of the benchmark for a second each
 * (our gateway, Hive Gateway, the direct-SQL baseline, in-flight merging,
 * pacing), so that it cannot rot between the runs that measure. It installs
 * the benchmark's own packages (bench/package-lock.json) on first use.
 * Its figures mean nothing; that it runs, and that every target gives the
 * same answers, does.
 */
describe('npm run bench -- --quick', () => {
  it('runs every contract query against every target with identical answers and writes the report', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-smoke-'));
    const out = path.join(dir, 'quick.md');
    try {
      const stderr = await new Promise<string>((resolve, reject) => {
        execFile(
          'npm',
          ['run', '--silent', 'bench', '--', '--quick', '--data', path.join(dir, 'data'), '--out', out],
          { cwd: ROOT, maxBuffer: 1 << 24, timeout: 1_500_000 },
          (error, _stdout, err) => (error ? reject(new Error(`${error.message}\n${err.slice(-3000)}`)) : resolve(err)),
        );
      });
      // @apollo/gateway's own executor answers exactly as ours: the compiled shaping changes nothing a client sees.
      expect(stderr).toMatch(/identical answers from ours, ours-merged, ours-apollo-executor, hive, baseline/);
      expect(stderr).not.toMatch(/answered \d+ errors/);
      const report = fs.readFileSync(out, 'utf8');
      for (const name of ['CommunityOverview', 'SubDistrictOverview', 'Directory', 'EnterpriseList(500)', 'TalkEventStats']) expect(report).toContain(`- ${name}: ours / hive rps`);
      expect(report).toContain('- EnterpriseList(500): ours / baseline rps');
      expect(report).toContain('- EnterpriseList(500): ours / ours-apollo-executor rps');
      expect(report).toContain('**stack (gateway + subgraphs)**');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 1_600_000);
});
