import fs from 'node:fs';
import path from 'node:path';
import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import { agencyManifest, agencyOperationsDir, type AgencyManifest } from '@governance/kit/agencies';
import { MANIFEST_FILE, type AssetManifest } from './asset-manifest';
import { DEFAULT_PUBLIC_DIR } from './public-dir';

const GATEWAY_DIR = path.resolve(__dirname, '../..');

/** The dashboard contract beside the repository (../shared/operations), where CI lays it too. */
export const DEFAULT_OPERATIONS_DIR = path.resolve(GATEWAY_DIR, '../../shared/operations');

/** The pages' own files: styles, icon, and the dashboard's operations beyond the contract. */
const BROWSER_DIR = path.join(GATEWAY_DIR, 'browser');

/** The vendor files the pages load, each from the npm package the gateway depends on. */
const VENDOR_FILES: ReadonlyArray<{ readonly key: keyof AssetManifest; readonly packageName: string; readonly file: string }> = [
  { key: 'react', packageName: 'react', file: 'umd/react.production.min.js' },
  { key: 'reactDom', packageName: 'react-dom', file: 'umd/react-dom.production.min.js' },
  { key: 'graphiqlScript', packageName: 'graphiql', file: 'graphiql.min.js' },
  { key: 'graphiqlStyle', packageName: 'graphiql', file: 'graphiql.min.css' },
];

/** One entry of operations/index.json: what the playground offers as examples. */
export interface OperationEntry {
  readonly file: string;
  readonly name: string;
  readonly type: OperationDefinitionNode['operation'];
}

export interface BundleOptions {
  readonly publicDir?: string;
  readonly operationsDir?: string;
  /** Whose own operations (`<package>/operations/`) join the examples, under `operations/<agency>/`. */
  readonly manifest?: AgencyManifest;
}

/**
 * The build step after `tsc -b` (which compiles the pages' scripts into
 * public/js): copies GraphiQL and React from node_modules into versioned
 * vendor folders, the contract operations, and the pages' static files, and
 * writes the manifest the gateway renders its pages from. Nothing is fetched.
 */
export function bundlePublicAssets(options: BundleOptions = {}): { publicDir: string; operations: readonly OperationEntry[] } {
  const publicDir = options.publicDir ?? DEFAULT_PUBLIC_DIR;
  const operationsDir = options.operationsDir ?? DEFAULT_OPERATIONS_DIR;
  if (!fs.existsSync(operationsDir)) throw new Error(`The contract operations are not at ${operationsDir}; pass their folder as the first argument`);
  fs.mkdirSync(publicDir, { recursive: true });

  // Old versions go, so the folder holds exactly what the manifest names.
  fs.rmSync(path.join(publicDir, 'vendor'), { recursive: true, force: true });
  const manifest = Object.fromEntries(VENDOR_FILES.map(({ key, packageName, file }) => [key, copyVendorFile(publicDir, packageName, file)])) as unknown as AssetManifest;

  fs.rmSync(path.join(publicDir, 'operations'), { recursive: true, force: true });
  const agencies = options.manifest ?? agencyManifest();
  const operations = [
    ...copyOperations(operationsDir, path.join(publicDir, 'operations')),
    // Each bureau's own contract operations, beside the shared contract.
    ...agencies.agencies.flatMap((agency) => {
      const dir = agencyOperationsDir(agencies, agency);
      return dir === undefined ? [] : copyOperations(dir, path.join(publicDir, 'operations', agency.name)).map((entry) => ({ ...entry, file: `${agency.name}/${entry.file}` }));
    }),
  ];
  copyOperations(path.join(BROWSER_DIR, 'operations'), path.join(publicDir, 'operations/dashboard'));
  fs.writeFileSync(path.join(publicDir, 'operations/index.json'), `${JSON.stringify(operations, null, 2)}\n`);

  fs.cpSync(path.join(BROWSER_DIR, 'static'), publicDir, { recursive: true });
  fs.writeFileSync(path.join(publicDir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
  return { publicDir, operations };
}

function copyVendorFile(publicDir: string, packageName: string, file: string): string {
  const packageJson = require.resolve(`${packageName}/package.json`);
  const { version } = JSON.parse(fs.readFileSync(packageJson, 'utf8')) as { version: string };
  const relative = `vendor/${packageName}@${version}/${path.basename(file)}`;
  const target = path.join(publicDir, relative);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const content = fs.readFileSync(path.join(path.dirname(packageJson), file), 'utf8');
  // The source maps are not shipped; a dangling sourceMappingURL would only make developer tools ask for a 404.
  fs.writeFileSync(target, content.replace(/\n\/[/*]# sourceMappingURL=\S+(?: \*\/)?\s*$/, '\n'));
  return relative;
}

/** Copies every .graphql file, checking that each parses and holds one named operation. */
function copyOperations(from: string, to: string): OperationEntry[] {
  fs.mkdirSync(to, { recursive: true });
  const entries: OperationEntry[] = [];
  for (const file of fs
    .readdirSync(from)
    .filter((name) => name.endsWith('.graphql'))
    .sort()) {
    const text = fs.readFileSync(path.join(from, file), 'utf8');
    const operations = parse(text).definitions.filter((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION);
    const [operation] = operations;
    if (operations.length !== 1 || !operation.name) throw new Error(`${path.join(from, file)} must hold exactly one named operation`);
    fs.writeFileSync(path.join(to, file), text);
    entries.push({ file, name: operation.name.value, type: operation.operation });
  }
  return entries;
}
