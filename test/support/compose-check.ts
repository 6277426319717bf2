import { generateKeyPairSync } from 'node:crypto';
import path from 'node:path';
import { parse } from 'yaml';
import { loadGatewayConfig } from '@governance/gateway/config';
import { subgraphUrlVariable } from '@governance/gateway/subgraph-list';
import { exportAuditKey, loadSubgraphConfig, type SubgraphDefinition } from '@governance/kit';
import type { AgencyManifest } from '@governance/kit/agencies';
import { subgraphSecretVariable } from '@governance/kit/auth';
import { subgraphVariable } from '@governance/kit/env';
import { databaseAccount } from '@governance/scripts/agency-files';
import { planPlatform } from '@governance/scripts/platform-config';

/**
 * There is no Docker engine here, so the deployment is checked as text
 * against the code it deploys: what each service sets, its configuration
 * must read and accept in production; every agency of the manifest has its
 * own service, database, user, secret and audit signing key, and of the
 * others only their addresses, secrets and audit public keys.
 */
export interface ComposeService {
  build?: { context: string };
  image?: string;
  command?: string[];
  /** As YAML reads it: a port is a number. */
  environment?: Record<string, string | number | boolean>;
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test: string[] };
  volumes?: string[];
  ports?: string[];
}

export interface ComposeFile {
  services: Record<string, ComposeService>;
  volumes: Record<string, unknown>;
}

export function parseCompose(text: string): ComposeFile {
  return parse(text, { merge: true }) as ComposeFile;
}

/** One Ed25519 pair stands in for every audit key an .env would give (the configuration checks that keys are keys). */
const STAND_IN_AUDIT_KEYS = generateKeyPairSync('ed25519');

function standIn(name: string): string {
  if (name.endsWith('_AUDIT_SIGNING_KEY')) return exportAuditKey(STAND_IN_AUDIT_KEYS.privateKey);
  if (name.endsWith('_AUDIT_PUBLIC_KEY')) return exportAuditKey(STAND_IN_AUDIT_KEYS.publicKey);
  return `stand-in-${name.toLowerCase().replace(/_/g, '-')}`;
}

/** Compose's interpolation: defaults for `${X:-d}`, a stand-in secret (or key) for required ones. */
export function interpolate(value: string): string {
  return value.replace(/\$\{(\w+):-([^}]*)\}/g, (_match, _name, fallback: string) => fallback).replace(/\$\{(\w+)(:\?[^}]*)?\}/g, (_match, name: string) => standIn(name));
}

export const environmentOf = (service: ComposeService): Record<string, string> =>
  Object.fromEntries(Object.entries(service.environment ?? {}).map(([key, value]) => [key, interpolate(String(value))]));

/** The variables a configuration module reads when given this environment. */
export function variablesRead(load: (env: Record<string, string | undefined>) => unknown, env: Record<string, string>): Set<string> {
  const read = new Set<string>();
  load(new Proxy(env, { get: (target, key: string) => (read.add(key), target[key]) }));
  return read;
}

function tryLoad(load: () => unknown): string | undefined {
  try {
    load();
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/** Whether a service's command runs `entry` with the node flags npm start gives it (the heap caps at their defaults). */
function runsAsNpmStartDoes(service: ComposeService, nodeArgs: readonly string[], entry: string): boolean {
  return JSON.stringify(service.command?.map(interpolate)) === JSON.stringify(['node', ...nodeArgs, entry]);
}

const JWKS_VOLUME = '${JWKS_PATH:-./deploy/jwks.json}:/run/secrets/jwks.json:ro';

/** Every way `compose` fails to deploy the manifest's agencies as the code expects; empty when it does. */
export function composeProblems(text: string, manifest: AgencyManifest, definitions: readonly SubgraphDefinition<unknown>[]): string[] {
  const problems: string[] = [];
  const compose = parseCompose(text);
  const services = compose.services ?? {};
  const expected = ['mysql', ...manifest.agencies.map((agency) => agency.name), 'gateway'];
  for (const name of expected.filter((service) => !(service in services))) problems.push(`no service ${name}`);
  for (const name of Object.keys(services).filter((service) => !expected.includes(service))) problems.push(`service ${name} is not an agency of the manifest`);
  for (const [name, service] of Object.entries(services)) if (!service.healthcheck?.test?.length) problems.push(`${name} has no health check`);
  const portOf = (name: string) => Number(environmentOf(services[name] ?? {}).PORT);
  const plan = planPlatform({}, manifest);

  for (const agency of manifest.agencies.filter((candidate) => candidate.name in services)) {
    const service = services[agency.name];
    const env = environmentOf(service);
    const definition = definitions.find((candidate) => candidate.name === agency.name);
    const where = (what: string) => problems.push(`${agency.name}: ${what}`);
    if (definition === undefined) {
      where('no subgraph definition');
      continue;
    }
    if (!runsAsNpmStartDoes(service, plan.subgraphs.find((planned) => planned.name === agency.name)!.nodeArgs, `${agency.package}/dist/index.js`))
      where(`command ${JSON.stringify(service.command)} does not start ${agency.package} with the node flags npm start gives it`);
    const failure = tryLoad(() => loadSubgraphConfig(definition, env, manifest));
    if (failure !== undefined) where(`its configuration refuses the environment: ${failure}`);
    else {
      const read = variablesRead((candidate) => loadSubgraphConfig(definition, candidate, manifest), env);
      for (const key of Object.keys(env).filter((variable) => !read.has(variable))) where(`sets ${key}, which its configuration does not read`);
      if (loadSubgraphConfig(definition, env, manifest).environment !== 'production') where('does not run in production');
    }
    if (portOf(agency.name) !== agency.defaultPort) where(`PORT ${env.PORT} is not the manifest's ${agency.defaultPort}`);
    const url = URL.canParse(env.DATABASE_URL ?? '') ? new URL(env.DATABASE_URL) : undefined;
    const account = databaseAccount(agency.name);
    if (JSON.stringify([url?.protocol, url?.hostname, url?.port, url?.username, url?.pathname]) !== JSON.stringify(['mysql:', 'mysql', '3306', account, `/${account}`]))
      where(`DATABASE_URL is not its own database ${account} on mysql:3306`);
    if (service.depends_on?.mysql?.condition !== 'service_healthy') where('does not wait for MySQL to be healthy');
    if (!service.healthcheck?.test.join(' ').includes(`http://127.0.0.1:${agency.defaultPort}/ready`)) where('its health check does not ask its own /ready');
    const raw = service.environment ?? {};
    if (raw.SUBGRAPH_SECRET !== `\${${subgraphSecretVariable(agency.name)}:?set ${subgraphSecretVariable(agency.name)}}`)
      where(`SUBGRAPH_SECRET is not \${${subgraphSecretVariable(agency.name)}}`);
    const owners = (definition.owners ?? []).map((owner) => owner.name);
    for (const owner of owners) {
      if (service.depends_on?.[owner]?.condition !== 'service_healthy') where(`does not wait for its owner ${owner}`);
    }
    if (raw.AUDIT_SIGNING_KEY !== `\${${subgraphVariable(agency.name, 'AUDIT_SIGNING_KEY')}:?set ${subgraphVariable(agency.name, 'AUDIT_SIGNING_KEY')}}`)
      where(`AUDIT_SIGNING_KEY is not \${${subgraphVariable(agency.name, 'AUDIT_SIGNING_KEY')}}`);
    // Deploys alone: of another agency's, only where it is, its subgraph secret and its audit public key (every agency calls
    // every other: owner checks, access reports, signed audit heads), never its database password or its signing key.
    const referenced = new Set(
      [
        ...Object.values(raw)
          .join(' ')
          .matchAll(/\$\{(\w+)/g),
      ].map((match) => match[1]),
    );
    for (const other of manifest.agencies.filter((candidate) => candidate.name !== agency.name)) {
      if (referenced.has(subgraphVariable(other.name, 'DB_PASSWORD'))) where(`holds ${subgraphVariable(other.name, 'DB_PASSWORD')}, another agency's database password`);
      if (referenced.has(subgraphVariable(other.name, 'AUDIT_SIGNING_KEY')))
        where(`holds ${subgraphVariable(other.name, 'AUDIT_SIGNING_KEY')}, another agency's audit signing key`);
      if (env[subgraphUrlVariable(other.name)] !== `http://${other.name}:${portOf(other.name)}/graphql`) where(`does not reach ${other.name} at its service and port`);
      if (raw[subgraphSecretVariable(other.name)] !== services[other.name]?.environment?.SUBGRAPH_SECRET) where(`does not send ${other.name} its secret`);
      if (
        raw[subgraphVariable(other.name, 'AUDIT_PUBLIC_KEY')] !== `\${${subgraphVariable(other.name, 'AUDIT_PUBLIC_KEY')}:?set ${subgraphVariable(other.name, 'AUDIT_PUBLIC_KEY')}}`
      )
        where(`does not check ${other.name}'s audit heads with ${subgraphVariable(other.name, 'AUDIT_PUBLIC_KEY')}`);
    }
    if (JSON.stringify(service.volumes) !== JSON.stringify([JWKS_VOLUME])) where('does not mount the JWKS');
  }

  const gateway = services.gateway;
  if (gateway !== undefined) {
    const env = environmentOf(gateway);
    if (!runsAsNpmStartDoes(gateway, plan.gateway.nodeArgs, 'gateway/dist/index.js'))
      problems.push(`gateway: command ${JSON.stringify(gateway.command)} does not start the gateway with the node flags npm start gives it`);
    const failure = tryLoad(() => loadGatewayConfig(env, manifest));
    if (failure !== undefined) problems.push(`gateway: its configuration refuses the environment: ${failure}`);
    else {
      for (const key of Object.keys(env).filter((variable) => !variablesRead((candidate) => loadGatewayConfig(candidate, manifest), env).has(variable)))
        problems.push(`gateway: sets ${key}, which its configuration does not read`);
      const config = loadGatewayConfig(env, manifest);
      for (const subgraph of config.subgraphs) {
        if (subgraph.url !== `http://${subgraph.name}:${portOf(subgraph.name)}/graphql`) problems.push(`gateway: does not reach ${subgraph.name} at its service and port`);
        if (gateway.depends_on?.[subgraph.name]?.condition !== 'service_healthy') problems.push(`gateway: does not wait for ${subgraph.name}`);
        if (gateway.environment?.[subgraphSecretVariable(subgraph.name)] !== services[subgraph.name]?.environment?.SUBGRAPH_SECRET)
          problems.push(`gateway: does not send ${subgraph.name} its secret`);
      }
      if (JSON.stringify(gateway.ports) !== JSON.stringify([`\${GATEWAY_PUBLISHED_PORT:-${manifest.gateway.defaultPort}}:${config.port}`]))
        problems.push('gateway: publishes another port than it listens on');
      // The supergraph it serves is the host's schema/supergraph.graphql, so that a new one is taken without a restart.
      const mount = (gateway.volumes ?? []).map((volume) => volume.split(':')).find(([host]) => host === './schema');
      if (mount === undefined || path.posix.join(mount[1], 'supergraph.graphql') !== config.supergraphPath)
        problems.push("gateway: does not serve the host's schema/supergraph.graphql");
    }
  }

  for (const name of expected.filter((service) => service !== 'mysql' && service in services)) {
    const env = environmentOf(services[name]);
    if (
      JSON.stringify([env.JWKS_FILE, env.JWT_ISSUER, env.JWT_AUDIENCE]) !== JSON.stringify(['/run/secrets/jwks.json', 'collaborative-governance', 'collaborative-governance-graph'])
    )
      problems.push(`${name}: does not verify tokens with the mounted JWKS, issuer and audience`);
  }
  const mysql = Object.keys(services.mysql?.environment ?? {}).sort();
  const passwords = ['MYSQL_ROOT_PASSWORD', ...manifest.agencies.map((agency) => subgraphVariable(agency.name, 'DB_PASSWORD'))].sort();
  if (JSON.stringify(mysql) !== JSON.stringify(passwords)) problems.push(`mysql: gets ${mysql.join(', ')}, not one password per agency (${passwords.join(', ')})`);
  return problems;
}
