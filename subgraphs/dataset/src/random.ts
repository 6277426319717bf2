// Bound once: under jest every test file runs in a vm context, where each `Math.` lookup is a slow global access,
// and the data set draws millions of numbers.
const { imul, floor } = Math;

/**
 * A small seeded pseudo-random generator (mulberry32): the same seed gives
 * the same data set on every machine and every run.
 */
export class SeededRandom {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = imul(t ^ (t >>> 15), t | 1);
    t ^= t + imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max]. */
  integer(min: number, max: number): number {
    return min + floor(this.next() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    return items[floor(this.next() * items.length)];
  }

  /** `length` characters drawn from `alphabet`. */
  characters(alphabet: string, length: number): string {
    let out = '';
    for (let i = 0; i < length; i += 1) out += alphabet[floor(this.next() * alphabet.length)];
    return out;
  }
}
