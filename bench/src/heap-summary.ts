import fs from 'node:fs';

/**
 * `node bench/dist/heap-summary.js <a.heapsnapshot> [<b.heapsnapshot>]`: what
 * a heap holds, by constructor (or string, code, array...), largest first;
 * with two snapshots, what grew from the first to the second.
 */
interface Snapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]] } };
  nodes: number[];
  strings: string[];
}

function summarise(file: string): Map<string, { count: number; bytes: number }> {
  const heap = JSON.parse(fs.readFileSync(file, 'utf8')) as Snapshot;
  const fields = heap.snapshot.meta.node_fields;
  const types = heap.snapshot.meta.node_types[0];
  const [typeAt, nameAt, sizeAt] = ['type', 'name', 'self_size'].map((field) => fields.indexOf(field));
  const totals = new Map<string, { count: number; bytes: number }>();
  for (let i = 0; i < heap.nodes.length; i += fields.length) {
    const type = types[heap.nodes[i + typeAt]];
    const name = type === 'object' || type === 'native' ? heap.strings[heap.nodes[i + nameAt]] : `(${type})`;
    const entry = totals.get(name) ?? { count: 0, bytes: 0 };
    entry.count += 1;
    entry.bytes += heap.nodes[i + sizeAt];
    totals.set(name, entry);
  }
  return totals;
}

const [first, second] = process.argv.slice(2);
if (first === undefined) {
  console.error('usage: heap-summary <a.heapsnapshot> [<b.heapsnapshot>]');
  process.exit(2);
}
const before = summarise(first);
const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(2).padStart(8);
const total = (map: Map<string, { bytes: number }>) => [...map.values()].reduce((sum, entry) => sum + entry.bytes, 0);
if (second === undefined) {
  console.log(`${first}: ${mb(total(before))} MB`);
  for (const [name, entry] of [...before].sort((a, b) => b[1].bytes - a[1].bytes).slice(0, 30))
    console.log(`${mb(entry.bytes)} MB ${String(entry.count).padStart(9)}  ${name.slice(0, 80)}`);
} else {
  const after = summarise(second);
  console.log(`${first} -> ${second}: ${mb(total(before))} -> ${mb(total(after))} MB`);
  const growth = [...after].map(([name, entry]) => [name, entry.bytes - (before.get(name)?.bytes ?? 0), entry.count - (before.get(name)?.count ?? 0)] as const);
  for (const [name, bytes, count] of growth.sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`${mb(bytes)} MB ${String(count).padStart(9)}  ${name.slice(0, 80)}`);
}
