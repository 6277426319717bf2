import { ConfigError } from './config-error';
import { resolveFromRoot } from './repository-root';

export type Env = Readonly<Record<string, string | undefined>>;

/**
 * Reads typed values from an environment, collecting every problem instead of
 * stopping at the first, so that a misconfigured service says everything that
 * is wrong in one start-up error.
 */
export class EnvReader {
  private readonly problems: string[] = [];

  constructor(private readonly env: Env) {}

  string(name: string, fallback: string): string {
    const raw = this.env[name];
    return raw === undefined || raw.trim() === '' ? fallback : raw.trim();
  }

  /** A file or folder, absolute: a relative value (or fallback) is relative to the repository's root. */
  path(name: string, fallback: string): string {
    return resolveFromRoot(this.string(name, fallback));
  }

  optionalString(name: string): string | undefined {
    const raw = this.env[name];
    return raw === undefined || raw.trim() === '' ? undefined : raw.trim();
  }

  integer(name: string, fallback: number, range: { min: number; max: number }): number {
    const raw = this.optionalString(name);
    if (raw === undefined) return fallback;
    const value = Number(raw);
    if (!/^-?\d+$/.test(raw) || value < range.min || value > range.max) {
      this.problems.push(`${name}="${raw}" must be an integer from ${range.min} to ${range.max}`);
      return fallback;
    }
    return value;
  }

  boolean(name: string, fallback: boolean): boolean {
    const raw = this.optionalString(name)?.toLowerCase();
    if (raw === undefined) return fallback;
    if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
    if (['0', 'false', 'no', 'off'].includes(raw)) return false;
    this.problems.push(`${name}="${raw}" must be true or false`);
    return fallback;
  }

  oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
    const raw = this.optionalString(name);
    if (raw === undefined) return fallback;
    const match = allowed.find((value) => value === raw);
    if (match === undefined) {
      this.problems.push(`${name}="${raw}" must be one of ${allowed.join(', ')}`);
      return fallback;
    }
    return match;
  }

  url(name: string, fallback: string, protocols: readonly string[]): string {
    const raw = this.string(name, fallback);
    try {
      const parsed = new URL(raw);
      if (!protocols.includes(parsed.protocol)) {
        this.problems.push(`${name}="${withoutCredentials(raw)}" must use ${protocols.join(' or ')}`);
      }
    } catch {
      this.problems.push(`${name}="${withoutCredentials(raw)}" is not a URL`);
    }
    return raw;
  }

  /** Records a problem found by a check the reader has no method for. */
  problem(message: string): void {
    this.problems.push(message);
  }

  /** Throws one error naming every problem, or returns the value frozen. */
  finish<T extends object>(service: string, value: T): Readonly<T> {
    if (this.problems.length > 0) throw new ConfigError(service, this.problems);
    return deepFreeze(value);
  }
}

/** A URL as an error message may show it: whatever precedes its last `@` (user and password) is hidden. */
function withoutCredentials(raw: string): string {
  const at = raw.lastIndexOf('@');
  if (at === -1) return raw;
  const scheme = /^[a-z][a-z\d+.-]*:(\/\/)?/i.exec(raw)?.[0] ?? '';
  return `${scheme}***${raw.slice(at)}`;
}

function deepFreeze<T extends object>(value: T): Readonly<T> {
  for (const nested of Object.values(value)) {
    if (typeof nested === 'object' && nested !== null && !Object.isFrozen(nested)) deepFreeze(nested);
  }
  return Object.freeze(value);
}
