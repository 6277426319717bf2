import type { FetcherHeaders } from '@apollo/utils.fetcher';

/** HTTP headers, lower-cased, behind the interface the gateway's data sources use: cheaper than a WHATWG Headers. */
export class HeaderList implements FetcherHeaders {
  private readonly byName = new Map<string, string>();

  constructor(raw: Readonly<Record<string, string | string[] | undefined>>) {
    for (const [name, value] of Object.entries(raw)) if (value !== undefined) this.byName.set(name.toLowerCase(), Array.isArray(value) ? value.join(', ') : value);
  }

  append(name: string, value: string): void {
    const existing = this.get(name);
    this.set(name, existing === null ? value : `${existing}, ${value}`);
  }
  delete(name: string): void {
    this.byName.delete(name.toLowerCase());
  }
  get(name: string): string | null {
    return this.byName.get(name.toLowerCase()) ?? null;
  }
  has(name: string): boolean {
    return this.byName.has(name.toLowerCase());
  }
  set(name: string, value: string): void {
    this.byName.set(name.toLowerCase(), value);
  }
  entries(): IterableIterator<[string, string]> {
    return this.byName.entries();
  }
  keys(): IterableIterator<string> {
    return this.byName.keys();
  }
  values(): IterableIterator<string> {
    return this.byName.values();
  }
  [Symbol.iterator](): IterableIterator<[string, string]> {
    return this.byName.entries();
  }
}
