import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseCommandLine, UsageError } from '../src/command-line';

const DIST = path.resolve(__dirname, '../dist');

/** Every tool of scripts/ a README command runs, by its file in scripts/dist. */
const TOOLS = ['token', 'seed', 'audit-verify', 'start-platform', 'compose', 'sync-agencies', 'new-bureau', 'check-bureau'];

function tool(name: string, ...argv: string[]) {
  return spawnSync(process.execPath, [path.join(DIST, `${name}.js`), ...argv], {
    env: { PATH: process.env.PATH, DATA_DIR: path.join(os.tmpdir(), 'governance-never-written') },
    encoding: 'utf8',
  });
}

describe("the tools' command line", () => {
  it('reads --name value, --name=value and flags, and refuses what the tool does not know', () => {
    const spec = { options: { '--scale': { value: true }, '--yes': {} }, positionals: 1 };
    const line = parseCommandLine(['--scale', '2', 'x', '--scale=3', '--yes'], spec);
    expect(line.options.get('--scale')).toEqual(['2', '3']);
    expect(line.options.has('--yes')).toBe(true);
    expect(line.positionals).toEqual(['x']);
    expect(() => parseCommandLine(['--colour'], spec)).toThrow(new UsageError('unknown argument --colour'));
    expect(() => parseCommandLine(['--scale'], spec)).toThrow('--scale needs a value');
    expect(() => parseCommandLine(['--yes=no'], spec)).toThrow('--yes takes no value');
    expect(() => parseCommandLine(['x', 'y'], spec)).toThrow('unexpected argument y');
  });

  it.each(TOOLS)('%s: --help prints the usage and exits 0; an unknown argument is refused with it, exit 2, before anything runs', (name) => {
    expect(fs.existsSync(path.join(DIST, `${name}.js`))).toBe(true); // npm test builds first
    const help = tool(name, '--help');
    expect(help).toMatchObject({ status: 0, stderr: '' });
    expect(help.stdout).toMatch(/^usage: npm /);
    const unknown = tool(name, '--no-such-option');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('unknown argument --no-such-option\nusage: npm ');
  });

  describe('.env at the repository root', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'governance-env-file-'));
    afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

    /** loadRootEnvFile in a process of its own (jest's process.env is a copy that process.loadEnvFile does not write). */
    const variablesAfterLoading = (dir: string, env: Record<string, string>) => {
      const script = `require(${JSON.stringify(path.join(DIST, 'command-line.js'))}).loadRootEnvFile(${JSON.stringify(dir)}); console.log(JSON.stringify([process.env.FROM_FILE, process.env.FROM_BOTH]))`;
      const result = spawnSync(process.execPath, ['-e', script], { env: { PATH: process.env.PATH, ...env }, encoding: 'utf8' });
      expect(result.stderr).toBe('');
      return JSON.parse(result.stdout) as unknown;
    };

    it('fills what the environment does not set, and the environment wins', () => {
      fs.writeFileSync(path.join(root, '.env'), 'FROM_FILE=file\nFROM_BOTH=file\n');
      expect(variablesAfterLoading(root, {})).toEqual(['file', 'file']);
      expect(variablesAfterLoading(root, { FROM_BOTH: 'environment' })).toEqual(['file', 'environment']);
    });

    it('is optional', () => {
      expect(variablesAfterLoading(path.join(root, 'no-such-folder'), { FROM_BOTH: 'environment' })).toEqual([null, 'environment']);
    });
  });
});
