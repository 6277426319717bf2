/**
 * JSON as people format it by hand: an object or list stays on one line when
 * that line is short, and opens up one entry per line otherwise. Derived JSON
 * files (tsconfig references, agencies.json) are written with it, so that a
 * regenerated file differs from the committed one only where the data does.
 */
export function formatJson(value: unknown, width = 100): string {
  return `${format(value, '', width)}\n`;
}

function format(value: unknown, indent: string, width: number): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  const inner = `${indent}  `;
  const entries = Array.isArray(value)
    ? value.map((item) => format(item, inner, width))
    : Object.entries(value).map(([key, item]) => `${JSON.stringify(key)}: ${format(item, inner, width)}`);
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{', '}'];
  if (entries.length === 0) return `${open}${close}`;
  const spaced = Array.isArray(value) ? '' : ' ';
  const oneLine = `${open}${spaced}${entries.join(', ')}${spaced}${close}`;
  const nested = entries.some((entry) => entry.includes('\n'));
  if (!nested && indent.length + oneLine.length <= width) return oneLine;
  return `${open}\n${entries.map((entry) => `${inner}${entry}`).join(',\n')}\n${indent}${close}`;
}
