import { createHash, createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';
import type { Environment } from '../config';
import { subgraphVariable, type EnvReader } from '../env';

/**
 * Ed25519 keys for signing audit chain heads, as configuration carries them:
 * base64 DER, the private key as PKCS#8 (AUDIT_SIGNING_KEY) and the public
 * keys as SPKI (`<AGENCY>_AUDIT_PUBLIC_KEY`), one line each, so that an
 * .env file holds them. `npm run audit:keys` prints a new pair.
 */
const PKCS8_ED25519_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');

/** `COMMERCE_BUREAU_AUDIT_PUBLIC_KEY`: the key other agencies check the commerce bureau's signed heads with. */
export function auditPublicKeyVariable(agency: string): string {
  return subgraphVariable(agency, 'AUDIT_PUBLIC_KEY');
}

/**
 * The key pair an agency signs with when none is configured (development
 * and tests): derived from its name, so that every service of `npm start`
 * and every test knows every agency's public key without set-up. Anyone can
 * derive it, so production refuses it.
 */
export function developmentAuditKeys(agency: string): { readonly privateKey: KeyObject; readonly publicKey: KeyObject } {
  const seed = createHash('sha256').update(`development-only-audit-signing-key:${agency}`).digest();
  const privateKey = createPrivateKey({ key: Buffer.concat([PKCS8_ED25519_PREFIX, seed]), format: 'der', type: 'pkcs8' });
  return { privateKey, publicKey: createPublicKey(privateKey) };
}

/** One line of base64: how a key is written into configuration. */
export function exportAuditKey(key: KeyObject): string {
  return key.export({ format: 'der', type: key.type === 'private' ? 'pkcs8' : 'spki' }).toString('base64');
}

/** AUDIT_SIGNING_KEY: this agency's private key; required in production, and never the development key there. */
export function readAuditSigningKey(read: EnvReader, agency: string, environment: Environment): KeyObject {
  const configured = read.optionalString('AUDIT_SIGNING_KEY');
  const development = developmentAuditKeys(agency).privateKey;
  if (configured === undefined) {
    if (environment === 'production') read.problem('AUDIT_SIGNING_KEY is required in production (npm run audit:keys prints a new pair)');
    return development;
  }
  const key = parseKey(configured, 'private');
  if (key === undefined) {
    read.problem('AUDIT_SIGNING_KEY must be an Ed25519 private key, base64 PKCS#8 DER (npm run audit:keys prints one)');
    return development;
  }
  if (environment === 'production' && exportAuditKey(createPublicKey(key)) === exportAuditKey(developmentAuditKeys(agency).publicKey))
    read.problem('AUDIT_SIGNING_KEY is the development key, which anyone can derive');
  return key;
}

/** `<AGENCY>_AUDIT_PUBLIC_KEY`: the key another agency's heads are checked with; required in production. */
export function readAuditPublicKey(read: EnvReader, agency: string, environment: Environment): KeyObject {
  const variable = auditPublicKeyVariable(agency);
  const configured = read.optionalString(variable);
  const development = developmentAuditKeys(agency).publicKey;
  if (configured === undefined) {
    if (environment === 'production') read.problem(`${variable} is required in production`);
    return development;
  }
  const key = parseKey(configured, 'public');
  if (key === undefined) read.problem(`${variable} must be an Ed25519 public key, base64 SPKI DER (npm run audit:keys prints one)`);
  return key ?? development;
}

function parseKey(base64: string, type: 'private' | 'public'): KeyObject | undefined {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(base64)) return undefined;
  try {
    const der = Buffer.from(base64, 'base64');
    const key = type === 'private' ? createPrivateKey({ key: der, format: 'der', type: 'pkcs8' }) : createPublicKey({ key: der, format: 'der', type: 'spki' });
    return key.asymmetricKeyType === 'ed25519' ? key : undefined;
  } catch {
    return undefined;
  }
}
