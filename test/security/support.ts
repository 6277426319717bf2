import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import { hashAuditEntry, type AuditAction } from '@governance/kit';
import { DEFAULT_AUDIENCE, DEFAULT_ISSUER, DEVELOPMENT_JWT_SECRET, SCOPES, type Agency } from '@governance/kit/auth';
import { subgraphVariable } from '@governance/kit/env';
import { countRows } from '@governance/testkit/database';
import { subgraphDefinitions } from '@governance/scripts/subgraph-definitions';
import type { Stack, SubgraphName } from '../support/stack';
import { headersFor, type Caller } from '@governance/testkit/tokens';

/**
 * Helpers shared by the attack tests. Tokens are built with node:crypto
 * rather than jose: jose is installed only under subgraphs/kit/node_modules,
 * and an attacker's token is better made by hand anyway (any header, any claims).
 */

export const SUBGRAPH_NAMES: readonly SubgraphName[] = subgraphDefinitions.map((definition) => definition.name);

/** A community of the source document with a police station, residents and enterprises. */
export const JINYI = '320571002001';

// ---------------------------------------------------------------- tokens

const base64url = (value: string | Buffer) => Buffer.from(value).toString('base64url');

export type Claims = Record<string, unknown>;

/** Valid claims for `agency`, every scope, expiring in an hour; override or drop (undefined) any of them. */
export function claims(agency: Agency, overrides: Claims = {}): Claims {
  const now = Math.floor(Date.now() / 1000);
  const all: Claims = { iss: DEFAULT_ISSUER, aud: DEFAULT_AUDIENCE, sub: `attacker@${agency}`, agency, scopes: [...SCOPES], iat: now, exp: now + 3600, ...overrides };
  return Object.fromEntries(Object.entries(all).filter(([, value]) => value !== undefined));
}

/** An HS256 JWT over any claims (the development secret unless told). */
export function hs256(payload: Claims, secret: string = DEVELOPMENT_JWT_SECRET, header: Claims = {}): string {
  const signingInput = `${base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT', ...header }))}.${base64url(JSON.stringify(payload))}`;
  return `${signingInput}.${crypto.createHmac('sha256', secret).update(signingInput).digest('base64url')}`;
}

/** An unsigned token (`alg: none`), the oldest JWT attack. */
export function unsigned(payload: Claims): string {
  return `${base64url(JSON.stringify({ alg: 'none', typ: 'JWT' }))}.${base64url(JSON.stringify(payload))}.`;
}

export interface Es256Keys {
  readonly jwksFile: string;
  sign(payload: Claims): string;
  cleanup(): void;
}

/** A P-256 key pair as a production identity provider would hold it, its public half in a JWKS file. */
export function es256Keys(): Es256Keys {
  const { publicKey, privateKey } = crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const kid = crypto.randomUUID();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'governance-jwks-'));
  const jwksFile = path.join(dir, 'jwks.json');
  fs.writeFileSync(jwksFile, JSON.stringify({ keys: [{ ...publicKey.export({ format: 'jwk' }), kid, alg: 'ES256', use: 'sig' }] }));
  return {
    jwksFile,
    sign(payload) {
      const signingInput = `${base64url(JSON.stringify({ alg: 'ES256', typ: 'JWT', kid }))}.${base64url(JSON.stringify(payload))}`;
      const signature = crypto.sign('sha256', Buffer.from(signingInput), { key: privateKey, dsaEncoding: 'ieee-p1363' });
      return `${signingInput}.${signature.toString('base64url')}`;
    },
    cleanup: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

// ---------------------------------------------------------------- HTTP

export interface RawResponse {
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
  /** The body parsed as JSON, or undefined when it is not JSON. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each test reads the part of the body it asserts on, of any shape
  readonly json: any;
}

/** One HTTP request exactly as given: any method, content type or body. */
export async function raw(url: string, init: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {}): Promise<RawResponse> {
  const response = await fetch(url, { method: init.method ?? 'POST', headers: init.headers, body: init.body });
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, text, json };
}

/** A JSON POST of `{ query, variables }` as `caller`, with extra headers. */
export async function postAs(url: string, query: string, variables: Record<string, unknown>, caller: Caller, extra: Record<string, string> = {}): Promise<RawResponse> {
  return raw(url, { headers: { 'content-type': 'application/json', ...(await headersFor(caller)), ...extra }, body: JSON.stringify({ query, variables }) });
}

// ---------------------------------------------------------------- databases

export { countRows };

/** Writes back the audit_log rows and the head row as `auditRows` read them: each tampering test starts from an intact chain. */
export async function restoreAuditLog(db: DataSource, rows: ReadonlyArray<Record<string, unknown>>): Promise<void> {
  await db.query('DELETE FROM audit_log');
  for (const row of rows) {
    const columns = Object.keys(row);
    await db.query(
      `INSERT INTO audit_log (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
      columns.map((column) => row[column]),
    );
  }
  const last = rows.at(-1)!;
  await db.query('UPDATE audit_chain_head SET sequence = ?, hash = ? WHERE id = 1', [last.sequence, last.hash]);
}

/** The audit_log rows of one subgraph, oldest first, as stored. */
export async function auditRows(db: DataSource, fromSequence = 1): Promise<Array<Record<string, unknown>>> {
  return db.query<Array<Record<string, unknown>>>('SELECT * FROM audit_log WHERE sequence >= ? ORDER BY sequence', [fromSequence]);
}

export interface Snapshot {
  readonly audit: Record<string, number>;
  readonly talkEvents: number;
  readonly enterprises: number;
}

/** What a refused request must leave as it was: every audit log, and the tables the attacks try to write. */
export async function snapshot(stack: Stack): Promise<Snapshot> {
  const audit: Record<string, number> = {};
  for (const name of SUBGRAPH_NAMES) audit[name] = await countRows(stack.subgraphs[name].db, 'audit_log');
  return {
    audit,
    talkEvents: await countRows(stack.subgraphs['public-security'].db, 'talk_event'),
    enterprises: await countRows(stack.subgraphs['commerce-bureau'].db, 'enterprise'),
  };
}

/**
 * What someone with SQL access would compute to re-seal an edited audit_log
 * row: SHA-256 over the row's fields and the previous hash, in the order
 * the kit's `hashAuditEntry` computes.
 */
export function resealedHash(row: Record<string, unknown>): string {
  return hashAuditEntry({
    sequence: Number(row.sequence),
    recordedAt: String(row.recorded_at),
    requestId: String(row.request_id),
    clientRequestId: (row.client_request_id as string | null) ?? null,
    subject: String(row.subject),
    agency: String(row.agency),
    purpose: (row.purpose as string | null) ?? null,
    caseReference: (row.case_reference as string | null) ?? null,
    agreement: (row.agreement as string | null) ?? null,
    operationName: (row.operation_name as string | null) ?? null,
    documentHash: (row.document_hash as string | null) ?? null,
    action: row.action as AuditAction,
    coordinates: String(row.coordinates),
    person: (row.person as string | null) ?? null,
    previousHash: String(row.previous_hash),
    hashVersion: Number(row.hash_version),
  });
}

/** A DATABASE_URL that reaches the same database as a running subgraph (for scripts such as audit:verify). */
export function databaseUrlOf(db: DataSource): string {
  const options = db.options as { type: string; database?: string; url?: string };
  if (options.type === 'better-sqlite3') return `sqlite:${options.database}`;
  if (options.url === undefined) throw new Error('the data source has no URL');
  return options.url;
}

/** `<SUBGRAPH>_DATABASE_URL` of every subgraph of a stack: what `npm run audit:verify` needs to reach the same databases. */
export function stackDatabaseEnv(stack: Stack): Record<string, string> {
  return Object.fromEntries(Object.values(stack.subgraphs).map((subgraph) => [subgraphVariable(subgraph.name, 'DATABASE_URL'), databaseUrlOf(subgraph.db)]));
}

// ---------------------------------------------------------------- operations

export const RECORD_TALK_EVENT = `mutation RecordTalkEvent($input: RecordTalkEventInput!) {
  recordTalkEvent(input: $input) { id heldOn topic community { code name } }
}`;

/** A valid talk event in Jinyi, at its police station. */
export async function talkEventInput(stack: Stack, topic = '安全测试：夜间治安'): Promise<Record<string, unknown>> {
  const result = await stack.query<{ community: { policeStation: { id: string } | null } }>(`query ($code: ID!) { community(code: $code) { policeStation { id } } }`, {
    code: JINYI,
  });
  const stationId = result.data?.community.policeStation?.id;
  if (stationId === undefined) throw new Error(`no police station for ${JINYI}: ${JSON.stringify(result)}`);
  return { communityCode: JINYI, stationId, heldOn: '2011-11-11', topic, officersDeployed: 3, attendees: 40, peopleHelped: 12 };
}

/** A person of the register with their stored (unmasked) personal data. */
export async function somePerson(stack: Stack, offset = 0): Promise<{ id: string; name: string; phone: string; idNumber: string }> {
  const rows = await stack.subgraphs['community-committees'].db.query<
    Array<{
      id: string;
      name: string;
      phone: string;
      idNumber: string;
    }>
  >('SELECT id, name, phone, id_number AS "idNumber" FROM person ORDER BY id LIMIT 1 OFFSET ?', [offset]);
  return rows[0];
}

/** Words that must never reach a client: SQL, driver errors, stack frames, local addresses. */
export const INTERNALS =
  /SQLITE|no such table|\bER_[A-Z_]+|SELECT |INSERT |UPDATE |DELETE |FROM |QueryFailedError|typeorm|\.ts:\d+|at [\w.]+ \(|node_modules|127\.0\.0\.1|localhost|ECONNREFUSED/i;
