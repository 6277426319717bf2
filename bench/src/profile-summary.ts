import fs from 'node:fs';

/**
 * `node bench/dist/profile-summary.js <file.cpuprofile>`: where a process
 * spent its CPU, by function (self time) and by package (self time of every
 * function in it), largest first. Profiles come from `npm run bench --
 * --cpu-profiles DIR`.
 */
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** `node_modules/@apollo/gateway/...` -> `@apollo/gateway`; our own files by their workspace folder. */
function packageOf(url: string): string {
  const modules = url.lastIndexOf('node_modules/');
  if (modules >= 0) {
    const parts = url.slice(modules + 'node_modules/'.length).split('/');
    return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
  }
  if (url === '') return '(native, GC, idle)';
  if (url.startsWith('node:')) return 'node';
  const own = /\/(gateway|subgraphs\/[^/]+|scripts|bench)\//.exec(url);
  return own ? own[1] : url;
}

const file = process.argv[2];
if (file === undefined) {
  console.error('usage: profile-summary <file.cpuprofile>');
  process.exit(2);
}
const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as Profile;
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const selfMs = new Map<number, number>();
profile.samples.forEach((id, i) => selfMs.set(id, (selfMs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
const functions = new Map<string, number>();
const packages = new Map<string, number>();
let total = 0;
for (const [id, ms] of selfMs) {
  const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
  if (functionName === '(idle)') continue;
  total += ms;
  const key = `${functionName || '(anonymous)'} ${url.replace(/^.*node_modules\//, '')}:${lineNumber}`;
  functions.set(key, (functions.get(key) ?? 0) + ms);
  packages.set(packageOf(url), (packages.get(packageOf(url)) ?? 0) + ms);
}
const show = (title: string, map: Map<string, number>, limit: number) => {
  console.log(`\n${title} (of ${total.toFixed(0)} ms busy)`);
  for (const [key, ms] of [...map].sort((a, b) => b[1] - a[1]).slice(0, limit)) console.log(`${((100 * ms) / total).toFixed(1).padStart(5)}%  ${key}`);
};
show('By package', packages, 20);
show('By function', functions, 40);
