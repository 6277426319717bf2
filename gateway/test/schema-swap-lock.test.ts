import { SchemaSwapLock } from '../src/supergraph';

/** A promise with its resolve, to hold a request open as long as a test wants. */
function gate(): { promise: Promise<void>; open: () => void } {
  let open!: () => void;
  const promise = new Promise<void>((resolve) => (open = resolve));
  return { promise, open };
}
const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('SchemaSwapLock', () => {
  it('lets requests run together, and a swap only once those in flight have finished', async () => {
    const lock = new SchemaSwapLock();
    const events: string[] = [];
    const first = gate();
    const second = gate();
    const a = lock.shared(async () => (await first.promise, events.push('a done')));
    const b = lock.shared(async () => (await second.promise, events.push('b done')));
    const swap = lock.exclusive(() => events.push('swap'));
    await tick();
    first.open();
    await a;
    await tick();
    expect(events).toEqual(['a done']);
    second.open();
    await Promise.all([b, swap]);
    expect(events).toEqual(['a done', 'b done', 'swap']);
  });

  it('holds requests that arrive while a swap waits until it is done, so a busy gateway cannot starve it', async () => {
    const lock = new SchemaSwapLock();
    const events: string[] = [];
    const slow = gate();
    const inFlight = lock.shared(async () => (await slow.promise, events.push('in flight done')));
    const swap = lock.exclusive(() => events.push('swap'));
    const later = lock.shared(async () => events.push('later ran'));
    await tick();
    expect(events).toEqual([]);
    slow.open();
    await Promise.all([inFlight, swap, later]);
    expect(events).toEqual(['in flight done', 'swap', 'later ran']);
  });

  it('runs swaps one after another, and releases the lock when a swap throws', async () => {
    const lock = new SchemaSwapLock();
    await expect(
      lock.exclusive(() => {
        throw new Error('bad supergraph');
      }),
    ).rejects.toThrow('bad supergraph');
    const order: number[] = [];
    await Promise.all([lock.exclusive(() => order.push(1)), lock.exclusive(() => order.push(2)), lock.shared(async () => order.push(3))]);
    expect(order).toEqual([1, 2, 3]);
  });
});
