import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Supergraph } from '@apollo/federation-internals';
import { buildSchemaArtifacts } from '../src/schema-artifacts';
import { ROOT, scaffoldTemporaryBureau, type TemporaryBureau } from '@governance/testkit/temporary-bureau';

const BUREAU = 'water-resources';
const gitStatus = () => execFileSync('git', ['status', '--porcelain'], { cwd: ROOT, encoding: 'utf8' });

/**
 * `npm run new-bureau`'s package, generated into a temporary folder: it
 * type-checks, composes with the committed bureaus, and passes its own
 * generated tests, in a child jest that sees the manifest with the bureau
 * added. Nothing is left behind in the repository.
 */
describe('npm run new-bureau', () => {
  let bureau: TemporaryBureau;
  const statusBefore = gitStatus();
  beforeAll(() => {
    bureau = scaffoldTemporaryBureau(BUREAU, 'Reservoir', { zh: '水利局', en: 'Water resources bureau' });
  });
  afterAll(() => {
    bureau?.remove();
    expect(gitStatus()).toBe(statusBefore);
  });

  it("writes the kit's layout: entity, migration, seed, loaders, reference, resolver, tests, README and a contract operation", () => {
    const files = [...bureau.scaffold.files.keys()].sort();
    expect(files).toEqual(
      expect.arrayContaining([
        'README.md',
        'operations/reservoirs.graphql',
        'package.json',
        'src/entities/reservoir.entity.ts',
        'src/index.ts',
        'src/loaders/index.ts',
        'src/resolvers/references.ts',
        'src/resolvers/reservoir.input.ts',
        'src/resolvers/reservoir.resolver.ts',
        'src/schema.ts',
        'src/seed/index.ts',
        'src/subgraph.ts',
        'test/reservoir.test.ts',
        'tsconfig.json',
      ]),
    );
    expect(files.some((file) => /^src\/migrations\/\d+-CreateReservoir\.ts$/.test(file))).toBe(true);
    const ports = bureau.manifest.agencies.map((agency) => agency.defaultPort);
    expect(bureau.scaffold.entry).toMatchObject({
      name: BUREAU,
      displayName: { zh: '水利局', en: 'Water resources bureau' },
      entities: ['Reservoir'],
      defaultPort: Math.max(...ports),
    });
    expect(new Set(ports).size).toBe(ports.length);
  });

  it('type-checks, its tests included', () => {
    const tsc = require.resolve('typescript/bin/tsc');
    const build = spawnSync(process.execPath, [tsc, '-b', bureau.scaffold.folder], { cwd: ROOT, encoding: 'utf8' });
    expect(build.stdout + build.stderr).toBe('');
    const tests = path.join(bureau.scaffold.folder, 'tsconfig.tests.json');
    fs.writeFileSync(
      tests,
      JSON.stringify({
        extends: path.join(ROOT, 'tsconfig.base.json'),
        compilerOptions: { noEmit: true, composite: false, incremental: false, types: ['node', 'jest'] },
        include: ['test/**/*.ts'],
      }),
    );
    const check = spawnSync(process.execPath, [tsc, '-p', tests], { cwd: ROOT, encoding: 'utf8' });
    expect(check.stdout + check.stderr).toBe('');
  }, 240_000);

  it('composes with the committed bureaus', () => {
    const artifacts = buildSchemaArtifacts(bureau.manifest);
    expect(artifacts.get(`${BUREAU}.graphql`)).toContain('type Reservoir');
    const api = Supergraph.build(artifacts.get('supergraph.graphql')!).apiSchema().toGraphQLJSSchema();
    expect(String(api.getQueryType()?.getFields().reservoirs?.type)).toBe('ReservoirConnection!');
    expect(String(api.getMutationType()?.getFields().recordReservoir?.type)).toBe('Reservoir!');
    expect(api.getQueryType()?.getFields().enterprises).toBeDefined();
  });

  it('passes its generated tests', () => {
    const jest = require.resolve('jest/bin/jest', { paths: [ROOT] });
    // The child runs the SQLite half, with the manifest that lists the bureau.
    const { TEST_DATABASE: _mariadb, ...inherited } = process.env;
    const env = { ...inherited, AGENCY_MANIFEST: bureau.manifestFile };
    const run = spawnSync(process.execPath, [jest, '--config', path.join(ROOT, 'jest.config.js'), '--roots', bureau.scaffold.folder, '--maxWorkers=1', '--ci'], {
      cwd: ROOT,
      env,
      encoding: 'utf8',
    });
    const report = run.stdout + run.stderr;
    expect(report).toMatch(/Tests:\s+8 passed, 8 total/);
    expect(run.status).toBe(0);
  }, 240_000);
});
