import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Kind, parse, type ObjectTypeDefinitionNode } from 'graphql';
import { agencyManifest, agencyPackageDir } from '@governance/kit/agencies';
import { deriveAgencyFiles } from '../src/agency-files';
import { REPOSITORY_ROOT } from '../src/sync-agencies';
import { SCHEMA_DIR } from '../src/schema-artifacts';
import { subgraphDefinitions } from '../src/subgraph-definitions';

const manifest = agencyManifest();
const root = REPOSITORY_ROOT;

describe('agencies.json, the one list of agencies', () => {
  it.each(deriveAgencyFiles(root, manifest, subgraphDefinitions).map((file) => [file.file, file.content] as const))(
    '%s says what the manifest says (run `npm run sync:agencies` after changing agencies.json)',
    (file, content) => {
      expect(fs.readFileSync(path.join(root, file), 'utf8')).toBe(content);
    },
  );

  it.each(manifest.agencies.map((agency) => [agency.name, agency] as const))(
    '%s is a workspace package whose main module exports its subgraph, with its own check',
    (name, agency) => {
      const folder = agencyPackageDir(manifest, agency);
      const pkg = JSON.parse(fs.readFileSync(path.join(folder, 'package.json'), 'utf8')) as { name: string; scripts: Record<string, string> };
      expect(pkg.name).toBe(`@governance/${name}`);
      expect(pkg.scripts.start).toBe('node dist/index.js');
      expect(pkg.scripts.check).toMatch(/node \S*scripts\/dist\/check-bureau\.js$/);
      const workspaces = (JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { workspaces: string[] }).workspaces;
      const matches = (pattern: string) => new RegExp(`^${pattern.replace(/\*/g, '[^/]+')}$`).test(agency.package);
      expect(workspaces.some(matches)).toBe(true);
      expect(subgraphDefinitions.map((definition) => definition.name)).toContain(name);
    },
  );

  it.each(manifest.agencies.map((agency) => [agency.name, agency.entities] as const))('%s resolves every entity it claims by key', (name, entities) => {
    const document = parse(fs.readFileSync(path.join(SCHEMA_DIR, `${name}.graphql`), 'utf8'));
    const resolvable = document.definitions
      .filter((definition): definition is ObjectTypeDefinitionNode => definition.kind === Kind.OBJECT_TYPE_DEFINITION)
      .filter((type) =>
        type.directives?.some(
          (directive) =>
            directive.name.value === 'key' &&
            !directive.arguments?.some((argument) => argument.name.value === 'resolvable' && argument.value.kind === Kind.BOOLEAN && !argument.value.value),
        ),
      )
      .map((type) => type.name.value);
    expect(resolvable).toEqual(expect.arrayContaining([...entities]));
  });

  it('claims every entity of the supergraph for exactly one agency', () => {
    const supergraph = fs.readFileSync(path.join(SCHEMA_DIR, 'supergraph.graphql'), 'utf8');
    const entities = [...supergraph.matchAll(/^type (\w+)[^{]*@join__type\([^)]*key: /gm)].map((match) => match[1]);
    const claimed = manifest.agencies.flatMap((agency) => agency.entities);
    expect([...new Set(entities)].sort()).toEqual([...claimed].sort());
  });

  it('is the only source file that holds the default ports', () => {
    const ports = [manifest.gateway.defaultPort, ...manifest.agencies.map((agency) => agency.defaultPort)];
    // Generated files (the compose file, the supergraph's default URLs) and prose may repeat them.
    const generated = new Set(['agencies.json', 'docker-compose.yml', 'Dockerfile', 'README.md', 'package-lock.json', 'schema/supergraph.graphql']);
    const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard'], { cwd: root, encoding: 'utf8' })
      .split('\n')
      .filter((file) => /\.(ts|js|json|sh|ya?ml|graphql)$/.test(file) && !generated.has(file) && fs.existsSync(path.join(root, file)));
    const holders = files.filter((file) => new RegExp(`(?<![\\d.])(${ports.join('|')})(?![\\d])`).test(fs.readFileSync(path.join(root, file), 'utf8')));
    expect(holders).toEqual([]);
  });
});
