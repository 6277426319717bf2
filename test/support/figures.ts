import { loadContract } from '../contract/operations';
import type { Stack } from './stack';

/** The dashboard contract's operation of this name, as the dashboards send it. */
export function contractOperation(name: string): string {
  const found = loadContract().find((candidate) => candidate.name === name);
  if (!found) throw new Error(`no operation ${name} in the contract`);
  return found.source;
}

/** An operation's data through the gateway; any error fails the test. */
export async function figureData<T>(stack: Stack, query: string, variables?: Record<string, unknown>): Promise<T> {
  const result = await stack.query<T>(query, variables);
  expect(result.errors).toBeUndefined();
  return result.data!;
}

/** The place value of a number's last non-zero digit: 10 for 7,510, 10,000 for 380,000. */
function lastDigitUnit(n: number): number {
  let unit = 1;
  while (n % (unit * 10) === 0) unit *= 10;
  return unit;
}

/**
 * "N余" / "N多" (7510余, 13000多, 38万余): more than N, and less than N plus one unit of N's
 * last non-zero digit, which is as precise as the document wrote it (7510余: 7,511 to 7,519).
 */
export function expectMoreThan(value: number, n: number): void {
  expect(value).toBeGreaterThan(n);
  expect(value).toBeLessThan(n + lastDigitUnit(n));
}

/** "近N" (近2000人): fewer than N, and not by more than 5 %. */
export function expectNearly(value: number, n: number): void {
  expect(value).toBeLessThan(n);
  expect(value).toBeGreaterThanOrEqual(n * 0.95);
}
