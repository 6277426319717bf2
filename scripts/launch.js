#!/usr/bin/env node
// @ts-check
'use strict';
/**
 * How `npm start`, `npm run build` and `npm run seed | token | audit:verify`
 * run: from the build when it is current, building first only when a source
 * changed. Plain JavaScript, so that it runs before anything is compiled.
 *
 *   node scripts/launch.js build                 build (tsc -b, then the pages' bundle) and stamp it
 *   node scripts/launch.js <tool> [arguments]    run scripts/dist/<tool>.js, building first if a source is newer than the stamp
 *
 * It reads `.env` at the repository's root first (process.loadEnvFile): a
 * variable already in the environment wins over the file's.
 *
 * The build is current when every workspace has its dist/ and nothing it is
 * built from changed since the last successful build began: each workspace's
 * files outside dist/, node_modules/ and test/ (sources, tsconfigs,
 * package.json, the pages' scripts and static files, the bureaus'
 * operations), the root's package.json, package-lock.json, agencies.json and
 * tsconfigs, and the contract operations the bundle copies. A folder's own
 * time counts too (a workspace's own excepted: the build writes into it), so a
 * deleted or renamed file is a change. The check takes
 * a few milliseconds; `tsc -b` on a current build takes most of a second.
 *
 * Everything the build prints goes to stderr, a line per project it compiles:
 * `$(npm run --silent token -- ...)` captures the token alone.
 */
const { spawn } = require('node:child_process');
const readline = require('node:readline');
const fs = require('node:fs');
const path = require('node:path');
const Module = require('node:module');

const ROOT = path.resolve(__dirname, '..');
const STAMP = path.join('node_modules', '.cache', 'governance', 'build-stamp.json');
const ROOT_FILES = ['package.json', 'package-lock.json', 'agencies.json', 'tsconfig.json', 'tsconfig.base.json'];
const SKIPPED = new Set(['dist', 'node_modules', 'test', 'coverage']);

/**
 * The workspace folders package.json lists (`subgraphs/*`, `gateway`, `scripts`).
 * @param {string} root
 * @returns {string[]}
 */
function workspaces(root) {
  const patterns = /** @type {string[]} */ (JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).workspaces ?? []);
  return patterns.flatMap((pattern) => {
    if (!pattern.endsWith('/*')) return [path.join(root, pattern)];
    const parent = path.join(root, pattern.slice(0, -2));
    return fs.existsSync(parent)
      ? fs
          .readdirSync(parent, { withFileTypes: true })
          .filter((entry) => entry.isDirectory())
          .map((entry) => path.join(parent, entry.name))
      : [];
  });
}

/**
 * The newest modification time (ms) under a folder; build outputs skipped. The
 * times of the folders below it count (a file deleted from src/ changes src/),
 * but not its own: the build itself writes dist/ and tsbuildinfo files into it.
 * @param {string} dir
 * @returns {number}
 */
function newestUnder(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.') || SKIPPED.has(entry.name) || entry.name.endsWith('.tsbuildinfo')) continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? Math.max(fs.statSync(full).mtimeMs, newestUnder(full)) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

/**
 * The dashboard contract the pages' bundle copies: CONTRACT_DIR, or ../shared/operations beside the repository.
 * @param {string} root
 */
function contractDir(root) {
  return path.resolve(root, process.env.CONTRACT_DIR ?? '../shared/operations');
}

/**
 * The newest modification time of anything the build is made from.
 * @param {string} root
 * @returns {number}
 */
function newestSource(root) {
  const contract = contractDir(root);
  const files = ROOT_FILES.map((file) => path.join(root, file)).filter((file) => fs.existsSync(file));
  const folders = [...workspaces(root), ...(fs.existsSync(contract) ? [contract] : [])];
  return Math.max(...files.map((file) => fs.statSync(file).mtimeMs), ...folders.map(newestUnder));
}

/**
 * Why the build must run, or undefined when it is current.
 * @param {string} root
 * @returns {string | undefined}
 */
function staleness(root) {
  const missing = workspaces(root).filter((dir) => fs.existsSync(path.join(dir, 'tsconfig.json')) && !fs.existsSync(path.join(dir, 'dist')));
  if (missing.length > 0) return `${path.relative(root, missing[0])}/dist is missing`;
  let stamp;
  try {
    stamp = JSON.parse(fs.readFileSync(path.join(root, STAMP), 'utf8'));
  } catch {
    return 'no build yet';
  }
  if (stamp.node !== process.version) return `built with Node ${stamp.node}`;
  return newestSource(root) > stamp.startedAt ? 'a source changed' : undefined;
}

/**
 * Runs `node <args>` in `root` with its stdout read line by line (`onLine`) and its stderr on ours.
 * @param {string} root
 * @param {string[]} args
 * @param {(line: string) => void} onLine
 * @returns {Promise<boolean>} whether it exited 0
 */
function run(root, args, onLine) {
  const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 2] });
  readline.createInterface({ input: /** @type {NodeJS.ReadableStream} */ (child.stdout) }).on('line', onLine);
  return new Promise((resolve) => child.on('close', (code) => resolve(code === 0)));
}

/** tsc --verbose's own lines (`12:32:20 AM - Building project '...'...`), as opposed to a compiler error. */
const VERBOSE_LINE = /^\[?[\d:]+(?: [AP]M)?\]? - (.*)$/;

/**
 * `tsc -b`, then the pages' bundle; stamps the build with the time it began.
 * Says on stderr which project it compiles (`[3/12] subgraphs/public-security`),
 * passing the compiler's errors through.
 * @param {string} root
 * @returns {Promise<boolean>} whether it succeeded
 */
async function build(root) {
  const startedAt = Date.now();
  const say = (/** @type {string} */ line) => process.stderr.write(`${line}\n`);
  /** @type {string[]} */
  const projects = [];
  let listing = false;
  const compiled = await run(root, [require.resolve('typescript/bin/tsc', { paths: [root] }), '-b', '--verbose'], (line) => {
    const verbose = VERBOSE_LINE.exec(line);
    const listed = /^\s+\* (.+)$/.exec(line);
    if (verbose !== null) {
      listing = verbose[1].startsWith('Projects in this build');
      const building = /^Building project '(.+)'\.\.\.$/.exec(verbose[1]);
      if (building === null) return;
      const project = path.relative(root, building[1]);
      const position = projects.indexOf(project) + 1;
      say(`  compiling ${path.dirname(project) === '.' ? 'the root' : path.dirname(project)}${position > 0 ? ` [${position}/${projects.length}]` : ''}`);
    } else if (listing && listed !== null) {
      projects.push(path.normalize(listed[1]));
    } else if (line.trim() !== '') {
      listing = false;
      say(line);
    }
  });
  if (!compiled) return false;
  say('  bundling the pages');
  if (!(await run(root, [path.join(root, 'gateway/dist/bundle-public.js'), contractDir(root)], say))) return false;
  fs.mkdirSync(path.dirname(path.join(root, STAMP)), { recursive: true });
  fs.writeFileSync(path.join(root, STAMP), `${JSON.stringify({ startedAt, node: process.version })}\n`);
  return true;
}

/**
 * `.env` at the root, when there is one; the environment wins over it.
 * @param {string} root
 */
function loadEnvFile(root) {
  const file = path.join(root, '.env');
  if (fs.existsSync(file)) process.loadEnvFile(file);
}

async function main() {
  const [tool, ...args] = process.argv.slice(2);
  if (tool === undefined) {
    process.stderr.write('usage: node scripts/launch.js build | <tool in scripts/dist> [arguments]\n');
    process.exit(2);
  }
  loadEnvFile(ROOT);
  const reason = tool === 'build' ? 'npm run build' : staleness(ROOT);
  if (reason !== undefined) {
    const started = Date.now();
    const first = reason === 'no build yet' || reason.endsWith('is missing');
    process.stderr.write(`building the platform (${reason}${first ? '; a first build takes about 30 s' : ''})\n`);
    if (!(await build(ROOT))) {
      process.stderr.write('the build failed: fix the errors above and run the command again\n');
      process.exit(1);
    }
    process.stderr.write(`built in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  }
  if (tool === 'build') return;
  // The tool runs in this process, as its main module (the tools run their main only then), with its own arguments.
  process.argv = [process.argv[0], path.join(ROOT, 'scripts/dist', `${tool}.js`), ...args];
  /** @type {{ runMain(): void }} */ (/** @type {unknown} */ (Module)).runMain();
}

if (require.main === module) void main();

module.exports = { newestSource, staleness, build, STAMP };
