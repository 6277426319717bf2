import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { agencyManifest } from '@governance/kit/agencies';
import { databaseAccount } from '@governance/scripts/agency-files';
import { planPlatform } from '@governance/scripts/platform-config';
import { subgraphDefinitions } from '@governance/scripts/subgraph-definitions';
import { composeProblems, environmentOf, parseCompose } from './support/compose-check';

/** There is no Docker engine here, so the deployment is checked as text against the code it deploys. */
const root = path.resolve(__dirname, '..');
const text = fs.readFileSync(path.join(root, 'docker-compose.yml'), 'utf8');
const compose = parseCompose(text);
const manifest = agencyManifest();

describe('docker-compose.yml', () => {
  it('runs MySQL, one service per agency of the manifest and the gateway, each as its code expects', () => {
    expect(Object.keys(compose.services).sort()).toEqual(['gateway', 'mysql', ...manifest.agencies.map((agency) => agency.name)].sort());
    expect(composeProblems(text, manifest, subgraphDefinitions)).toEqual([]);
    expect(compose.services.mysql.volumes).toEqual(expect.arrayContaining(['mysql-data:/var/lib/mysql', './deploy/mysql-init:/docker-entrypoint-initdb.d:ro']));
    expect(Object.keys(compose.volumes)).toEqual(['mysql-data']);
  });

  it.each([
    ['an agency without its service', (yaml: string) => yaml.replace(/^ {2}commerce-bureau:\n(?: {4}.*\n)+/m, ''), /no service commerce-bureau/],
    [
      'a subgraph that does not wait for its owner',
      (yaml: string) => yaml.replace(/^( {2}public-security:\n(?: {4}.*\n)*?) {6}commerce-bureau: \{ condition: service_healthy \}\n/m, '$1'),
      /public-security: does not wait for its owner commerce-bureau/,
    ],
    [
      "another agency's database password",
      (yaml: string) => yaml.replace(/^( {2}commerce-bureau:\n(?: {4}.*\n)*? {6}NODE_ENV: production\n)/m, '$1      PEEK: ${PUBLIC_SECURITY_DB_PASSWORD}\n'),
      /commerce-bureau: holds PUBLIC_SECURITY_DB_PASSWORD/,
    ],
    [
      "another agency's audit signing key",
      (yaml: string) => yaml.replace(/^( {2}commerce-bureau:\n(?: {4}.*\n)*? {6}NODE_ENV: production\n)/m, '$1      PEEK: ${LEGAL_AFFAIRS_AUDIT_SIGNING_KEY}\n'),
      /commerce-bureau: holds LEGAL_AFFAIRS_AUDIT_SIGNING_KEY/,
    ],
    [
      "a subgraph that cannot check another agency's audit heads",
      (yaml: string) => yaml.replace(/^( {2}legal-affairs:\n(?: {4}.*\n)*?) {6}PUBLIC_SECURITY_AUDIT_PUBLIC_KEY: .*\n/m, '$1'),
      /legal-affairs: .*PUBLIC_SECURITY_AUDIT_PUBLIC_KEY/,
    ],
    [
      'a subgraph started without the heap caps npm start gives it',
      (yaml: string) => yaml.replace(/"--max-old-space-size=\$\{SUBGRAPH_MAX_OLD_SPACE_MB:-\d+\}", ("subgraphs\/commerce-bureau\/)/, '$1'),
      /commerce-bureau: command .* does not start subgraphs\/commerce-bureau with the node flags npm start gives it/,
    ],
    [
      "a gateway whose heap cap differs from npm start's",
      (yaml: string) => yaml.replace('${GATEWAY_MAX_OLD_SPACE_MB:-224}', '${GATEWAY_MAX_OLD_SPACE_MB:-4096}'),
      /gateway: command .* does not start the gateway with the node flags npm start gives it/,
    ],
    [
      'a variable the service does not read',
      (yaml: string) => yaml.replace(/^( {2}gateway:\n(?: {4}.*\n)*? {6}NODE_ENV: production\n)/m, '$1      LOG_FORMAT: text\n'),
      /gateway: sets LOG_FORMAT/,
    ],
  ])('is checked: %s is found', (_case, edit, problem) => {
    const edited = edit(text);
    expect(edited).not.toBe(text);
    expect(composeProblems(edited, manifest, subgraphDefinitions).join('\n')).toMatch(problem);
  });

  it("runs every service from the Dockerfile's image, which sets the malloc arenas npm start gives every service", () => {
    const dockerfile = fs.readFileSync(path.join(root, 'Dockerfile'), 'utf8');
    const runtime = dockerfile.slice(dockerfile.lastIndexOf('\nFROM '));
    const image = Object.fromEntries([...runtime.matchAll(/^ENV (.*)$/gm)].flatMap((line) => line[1].split(/\s+/).map((pair) => pair.split('='))));
    const plan = planPlatform({});
    for (const service of [...plan.subgraphs, plan.gateway]) expect(image.MALLOC_ARENA_MAX).toBe(service.env.MALLOC_ARENA_MAX);
    for (const name of [...manifest.agencies.map((agency) => agency.name), 'gateway']) {
      expect(compose.services[name]).toMatchObject({ build: { context: '.' }, image: 'collaborative-governance:latest' });
      expect(compose.services[name].environment).not.toHaveProperty('MALLOC_ARENA_MAX');
    }
  });

  it('creates in MySQL, with the init script, exactly one database and user per agency, each user on its own database only', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mysql-init-'));
    try {
      // A stand-in `mysql` that records what the script would send the server.
      fs.writeFileSync(path.join(dir, 'mysql'), `#!/bin/bash\n{ printf -- '-- %s\\n' "$*"; cat; } >> "${dir}/sql.log"\n`, { mode: 0o755 });
      const env = { PATH: `${dir}:${process.env.PATH}`, ...environmentOf(compose.services.mysql) };
      const run = spawnSync('bash', [path.join(root, 'deploy/mysql-init/01-agency-databases.sh')], { env, encoding: 'utf8' });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      const sql = fs.readFileSync(path.join(dir, 'sql.log'), 'utf8');
      const databases = [...sql.matchAll(/CREATE DATABASE IF NOT EXISTS `(\w+)` CHARACTER SET utf8mb4/g)].map((match) => match[1]);
      expect(databases.sort()).toEqual(manifest.agencies.map((agency) => databaseAccount(agency.name)).sort());
      for (const agency of manifest.agencies) {
        const account = databaseAccount(agency.name);
        const password = environmentOf(compose.services.mysql)[`${account.toUpperCase()}_DB_PASSWORD`];
        expect(sql).toContain(`CREATE USER IF NOT EXISTS '${account}'@'%' IDENTIFIED BY '${password}';`);
        expect(new URL(environmentOf(compose.services[agency.name]).DATABASE_URL).password).toBe(password);
      }
      expect(sql.match(/GRANT [^\n]*/g)).toEqual(
        manifest.agencies
          .map((agency) => databaseAccount(agency.name))
          .sort()
          .map((account) => `GRANT ALL PRIVILEGES ON \`${account}\`.* TO '${account}'@'%';`),
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
