import fs from 'node:fs';
import path from 'node:path';

/** Where each vendor file was bundled, relative to the public folder; written by the build step. */
export interface AssetManifest {
  readonly react: string;
  readonly reactDom: string;
  readonly graphiqlScript: string;
  readonly graphiqlStyle: string;
}

export const MANIFEST_FILE = 'manifest.json';
const KEYS: ReadonlyArray<keyof AssetManifest> = ['react', 'reactDom', 'graphiqlScript', 'graphiqlStyle'];

/** The manifest of a built public folder, or undefined when the build step has not run there. */
export function readAssetManifest(publicDir: string): AssetManifest | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(fs.readFileSync(path.join(publicDir, MANIFEST_FILE), 'utf8'));
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null) return undefined;
  const record = parsed as Record<string, unknown>;
  const entries = KEYS.map((key) => [key, record[key]] as const);
  if (entries.some(([, value]) => typeof value !== 'string')) return undefined;
  return Object.fromEntries(entries) as unknown as AssetManifest;
}
