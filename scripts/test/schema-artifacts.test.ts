import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { DEFAULT_TRUSTED_DOCUMENTS_PATH } from '@governance/gateway/config';
import { SCHEMA_DIR, buildSchemaArtifacts } from '../src/schema-artifacts';

describe('schema/ is what the code produces', () => {
  const artifacts = buildSchemaArtifacts();

  it.each([...artifacts.keys()])('schema/%s is up to date (run `npm run compose` after a schema change)', (file) => {
    const committed = fs.readFileSync(path.join(SCHEMA_DIR, file), 'utf8');
    expect(committed).toBe(artifacts.get(file));
  });

  it("generates the dashboard's operation types from schema/api.graphql as committed (run `npm run compose`)", () => {
    // In a child process from the build `npm test` made first: graphql-codegen loads an ES module, which Node 20 can require and jest cannot.
    const check = spawnSync(process.execPath, [path.resolve(__dirname, '../dist/compose.js'), '--check'], { encoding: 'utf8' });
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
  });

  it("publishes an API schema without the gateway's join__ and link__ machinery", () => {
    const api = artifacts.get('api.graphql')!;
    expect(api).not.toMatch(/join__|link__|@link|_Entity|_Any/);
    expect(api).toMatch(/type Community \{/);
  });

  it('holds no schema file that no subgraph produces', () => {
    // The trusted documents are written there too, from the operations rather than the subgraphs (checked by compose --check above).
    const stale = fs.readdirSync(SCHEMA_DIR).filter((file) => /\.(graphql|json)$/.test(file) && !artifacts.has(file) && file !== path.basename(DEFAULT_TRUSTED_DOCUMENTS_PATH));
    expect(stale).toEqual([]);
  });

  it('declares Community, Enterprise, Association, Person and PoliceStation as entities with the design keys', () => {
    const supergraph = artifacts.get('supergraph.graphql')!;
    for (const [type, key] of [
      ['Community', 'code'],
      ['SubDistrict', 'code'],
      ['Person', 'id'],
      ['Enterprise', 'creditCode'],
      ['Association', 'creditCode'],
      ['PoliceStation', 'id'],
    ]) {
      expect(supergraph).toMatch(new RegExp(`type ${type}[^{]*@join__type\\([^)]*key: "${key}"`));
    }
  });
});
