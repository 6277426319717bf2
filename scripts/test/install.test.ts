import fs from 'node:fs';
import path from 'node:path';
import semver from 'semver';

const ROOT = path.resolve(__dirname, '../..');

interface LockedPackage {
  readonly version?: string;
  readonly link?: boolean;
  readonly engines?: { readonly node?: string } | readonly string[];
  readonly hasInstallScript?: boolean;
}

const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { engines: { node: string }; allowScripts: Record<string, boolean> };
const locked = Object.entries((JSON.parse(fs.readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockedPackage> }).packages).filter(
  ([location, entry]) => location.includes('node_modules/') && !entry.link,
);
/** `node_modules/a/node_modules/@b/c` is package `@b/c`. */
const nameOf = (location: string) => location.slice(location.lastIndexOf('node_modules/') + 'node_modules/'.length);

/** What `npm ci` warns about, read from the lock file: a clean install on the oldest Node the README names must print nothing. */
describe('a clean npm ci', () => {
  const oldestNode = semver.minVersion(manifest.engines.node)!.version;

  it('installs only packages that support the oldest Node the platform supports (no EBADENGINE)', () => {
    expect(oldestNode).toBe('20.19.0');
    const refusing = locked
      .filter(([, entry]) => entry.engines !== undefined && !Array.isArray(entry.engines) && (entry.engines as { node?: string }).node !== undefined)
      .filter(([, entry]) => !semver.satisfies(oldestNode, (entry.engines as { node: string }).node))
      .map(([location, entry]) => `${nameOf(location)}@${entry.version} wants Node ${(entry.engines as { node: string }).node}`);
    expect(refusing).toEqual([]);
  });

  it('has decided, in allowScripts, on every package with an install script (no "not yet covered by allowScripts")', () => {
    const withScripts = [...new Set(locked.filter(([, entry]) => entry.hasInstallScript).map(([location]) => nameOf(location)))].sort();
    expect(withScripts.filter((name) => manifest.allowScripts[name] === undefined)).toEqual([]);
    // And names no package the install no longer has.
    expect(Object.keys(manifest.allowScripts).sort()).toEqual(withScripts);
  });
});
