import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readAssetManifest } from '../src/web/asset-manifest';
import { bundlePublicAssets } from '../src/web/public-bundle';

describe('bundlePublicAssets', () => {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'gateway-bundle-'));
  afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

  it("copies GraphiQL and React into versioned folders, the contract operations and the pages' files, and names them in the manifest", () => {
    const publicDir = path.join(work, 'public');
    fs.mkdirSync(path.join(publicDir, 'vendor/graphiql@0.0.1'), { recursive: true });
    const { operations } = bundlePublicAssets({ publicDir });

    const manifest = readAssetManifest(publicDir)!;
    expect(manifest.react).toBe(
      `vendor/react@${(JSON.parse(fs.readFileSync(require.resolve('react/package.json'), 'utf8')) as { version: string }).version}/react.production.min.js`,
    );
    for (const file of Object.values(manifest)) expect(fs.statSync(path.join(publicDir, file)).size).toBeGreaterThan(1_000);
    // An older version's folder goes: the folder holds what the manifest names.
    expect(fs.readdirSync(path.join(publicDir, 'vendor')).sort()).toEqual(
      Object.values(manifest)
        .map((file) => file.split('/')[1])
        .filter((dir, index, all) => all.indexOf(dir) === index)
        .sort(),
    );

    expect(operations).toContainEqual({ file: 'community-overview.graphql', name: 'CommunityOverview', type: 'query' });
    expect(operations).toContainEqual({ file: 'legal-affairs/reconsideration-stats.graphql', name: 'ReconsiderationStats', type: 'query' });
    const copied = fs
      .readdirSync(path.join(publicDir, 'operations'), { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.graphql') && !file.startsWith('dashboard'));
    expect(operations.map((entry) => entry.file).sort()).toEqual(copied.sort());
    expect(fs.readdirSync(path.join(publicDir, 'operations/dashboard'))).toContain('community-talk-event-days.graphql');
    expect(fs.existsSync(path.join(publicDir, 'dashboard.css'))).toBe(true);
  });

  it('refuses a folder without the contract operations, and an operation file that is not one named operation', () => {
    expect(() => bundlePublicAssets({ publicDir: path.join(work, 'a'), operationsDir: path.join(work, 'missing') })).toThrow(/contract operations are not at/);
    const operationsDir = path.join(work, 'operations');
    fs.mkdirSync(operationsDir);
    fs.writeFileSync(path.join(operationsDir, 'anonymous.graphql'), '{ subDistricts { code } }');
    expect(() => bundlePublicAssets({ publicDir: path.join(work, 'b'), operationsDir })).toThrow(/exactly one named operation/);
  });

  it('reads no manifest from a folder the build has not filled', () => {
    expect(readAssetManifest(path.join(work, 'nothing'))).toBeUndefined();
  });
});
