import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const REPOSITORY = path.resolve(__dirname, '../..');

const compilerOptions = { composite: true, rootDir: 'src', outDir: 'dist', module: 'commonjs', target: 'es2022', lib: ['es2022', 'dom'], types: [], strict: true };
const DECLARE_PROCESS = 'declare const process: { argv: string[]; env: Record<string, string | undefined>; stderr: { write(text: string): void } };\n';

/**
 * A repository of the same shape as this one, in miniature: the launcher itself (scripts/launch.js,
 * copied), a `scripts` workspace whose tool prints its arguments and two variables, and a `gateway`
 * workspace whose bundle-public.js stands for the pages' bundle. TypeScript is this repository's.
 */
function miniatureRepository(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'governance-launch-'));
  const write = (file: string, content: string) => {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), content);
  };
  write('package.json', JSON.stringify({ name: 'miniature', private: true, workspaces: ['gateway', 'scripts'] }));
  write('tsconfig.json', JSON.stringify({ files: [], references: [{ path: 'gateway' }, { path: 'scripts' }] }));
  for (const workspace of ['gateway', 'scripts']) write(`${workspace}/tsconfig.json`, JSON.stringify({ compilerOptions, include: ['src'] }));
  write('gateway/src/bundle-public.ts', `${DECLARE_PROCESS}process.stderr.write(\`bundled \${process.argv[2]}\\n\`);\n`);
  write('scripts/src/echo.ts', `${DECLARE_PROCESS}console.log(['echo', ...process.argv.slice(2), process.env.FROM_FILE, process.env.FROM_BOTH].join(' '));\n`);
  fs.copyFileSync(path.join(REPOSITORY, 'scripts/launch.js'), path.join(root, 'scripts/launch.js'));
  fs.mkdirSync(path.join(root, 'node_modules'));
  fs.symlinkSync(path.join(REPOSITORY, 'node_modules/typescript'), path.join(root, 'node_modules/typescript'));
  return root;
}

function launch(root: string, env: Record<string, string> = {}) {
  return spawnSync(process.execPath, [path.join(root, 'scripts/launch.js'), 'echo', 'a', '--b'], { cwd: root, env: { PATH: process.env.PATH, ...env }, encoding: 'utf8' });
}

/** Moves a file's modification time into the future, so that it is newer than any build stamp however fast the test runs. */
function touch(file: string): void {
  const later = new Date(Date.now() + 10_000);
  fs.utimesSync(file, later, later);
}

/** `npm start` and `npm run seed | token | audit:verify` go through scripts/launch.js. */
describe('scripts/launch.js', () => {
  const root = miniatureRepository();
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  it('builds first when there is no build, showing each project it compiles, on stderr only', () => {
    const first = launch(root);
    expect(first.status).toBe(0);
    expect(first.stdout).toBe('echo a --b  \n');
    expect(first.stderr).toContain('building the platform (gateway/dist is missing; a first build takes about 30 s)');
    expect(first.stderr).toMatch(/ {2}compiling gateway \[1\/3\]\n {2}compiling scripts \[2\/3\]\n {2}bundling the pages\nbundled .+\nbuilt in [\d.]+ s\n/);
    // The pages' bundle copies the contract from CONTRACT_DIR, by default beside the repository.
    expect(first.stderr).toContain(`bundled ${path.resolve(root, '../shared/operations')}\n`);
  }, 180_000);

  it('runs from the build when it is current: no compiler, nothing on stderr', () => {
    const current = launch(root);
    expect(current).toMatchObject({ status: 0, stdout: 'echo a --b  \n', stderr: '' });
  }, 180_000);

  it('builds again when a source changed, and refuses to run a tool whose build fails', () => {
    const echo = path.join(root, 'scripts/src/echo.ts');
    fs.writeFileSync(echo, fs.readFileSync(echo, 'utf8').replace("'echo'", "'echo again'"));
    touch(echo);
    const rebuilt = launch(root);
    expect(rebuilt).toMatchObject({ status: 0, stdout: 'echo again a --b  \n' });
    expect(rebuilt.stderr).toContain('building the platform (a source changed)');
    expect(rebuilt.stderr).toContain('  compiling scripts [2/3]');
    expect(rebuilt.stderr).not.toContain('compiling gateway');

    fs.writeFileSync(path.join(root, 'scripts/src/echo.ts'), `${DECLARE_PROCESS}const n: number = 'not a number';\n`);
    touch(path.join(root, 'scripts/src/echo.ts'));
    const broken = launch(root);
    expect(broken.status).toBe(1);
    expect(broken.stdout).toBe('');
    expect(broken.stderr).toMatch(/scripts\/src\/echo\.ts\(2,7\): error TS2322/);
    expect(broken.stderr).toContain('the build failed: fix the errors above and run the command again');
    // Still stale: the next command builds again rather than run the last good build.
    expect(launch(root).stderr).toContain('building the platform (a source changed)');
  }, 180_000);

  it('reads .env at the root, the environment winning over the file', () => {
    fs.writeFileSync(path.join(root, 'scripts/src/echo.ts'), `${DECLARE_PROCESS}console.log([process.env.FROM_FILE, process.env.FROM_BOTH].join(' '));\n`);
    touch(path.join(root, 'scripts/src/echo.ts'));
    fs.writeFileSync(path.join(root, '.env'), '# a comment\nFROM_FILE=file\nFROM_BOTH="file"\n');
    expect(launch(root).stdout).toBe('file file\n');
    expect(launch(root, { FROM_BOTH: 'environment' }).stdout).toBe('file environment\n');
  }, 180_000);
});
