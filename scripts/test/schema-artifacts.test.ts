import fs from 'node:fs';
import path from 'node:path';
import { SCHEMA_DIR, buildSchemaArtifacts } from '../src/schema-artifacts';

describe('schema/ is what the code produces', () => {
  const artifacts = buildSchemaArtifacts();

  it.each([...artifacts.keys()])('schema/%s is up to date (run `npm run compose` after a schema change)', (file) => {
    const committed = fs.readFileSync(path.join(SCHEMA_DIR, file), 'utf8');
    expect(committed).toBe(artifacts.get(file));
  });

  it('holds no schema file that no subgraph produces', () => {
    const stale = fs.readdirSync(SCHEMA_DIR).filter((file) => file.endsWith('.graphql') && !artifacts.has(file));
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
