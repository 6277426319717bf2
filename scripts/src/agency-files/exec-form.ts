/** A command as Docker's exec form (`["node", "--flag", "entry.js"]`), which runs it without a shell; the parts hold no quotes. */
export function execForm(parts: readonly string[]): string {
  return `[${parts.map((part) => `"${part}"`).join(', ')}]`;
}
