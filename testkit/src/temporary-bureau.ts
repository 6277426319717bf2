import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { agencyManifest, agencyPackageDir, loadAgencyManifest, type AgencyManifest } from '@governance/kit/agencies';
import { formatJson } from '@governance/scripts/agency-files';
import { scaffoldBureau, writeScaffold, type Scaffold } from '@governance/scripts/scaffold';

export interface TemporaryBureau {
  /** The temporary folder: agencies.json (the variant) and the bureau's package. */
  readonly dir: string;
  readonly manifestFile: string;
  /** The committed agencies plus the new bureau. */
  readonly manifest: AgencyManifest;
  readonly scaffold: Scaffold;
  remove(): void;
}

/** The repository's root. */
export const ROOT = path.resolve(__dirname, '../..');

/**
 * `npm run new-bureau`'s package for `bureau`, written into a temporary folder
 * outside the repository with a variant of agencies.json that adds it: the
 * repository's files stay as they are. The folder links the repository's
 * node_modules, so the package resolves the kit as it would in place.
 */
export function scaffoldTemporaryBureau(bureau: string, entity: string, names: { zh: string; en: string }): TemporaryBureau {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'governance-bureau-')));
  try {
    fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
    const committed = agencyManifest();
    const manifestFile = path.join(dir, 'agencies.json');
    const raw = JSON.parse(fs.readFileSync(committed.file, 'utf8')) as Record<string, unknown>;
    const absolute = committed.agencies.map((agency) => ({ ...agency, package: agencyPackageDir(committed, agency) }));
    fs.writeFileSync(manifestFile, formatJson({ ...raw, agencies: absolute }));
    const scaffold = scaffoldBureau({ bureau, entity, ...names, root: ROOT, folder: path.join(dir, bureau), manifest: loadAgencyManifest(manifestFile) });
    writeScaffold(scaffold);
    fs.writeFileSync(manifestFile, scaffold.manifestJson);
    return { dir, manifestFile, manifest: loadAgencyManifest(manifestFile), scaffold, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
  } catch (error) {
    fs.rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}
