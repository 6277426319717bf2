import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { suzhouToday } from '@governance/kit';

/** What ICU's time-zone database says the date is in Suzhou at `instant`. */
const icuSuzhouDate = (() => {
  const format = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' });
  return (instant: Date) => format.format(instant);
})();

const DAY_MS = 86_400_000;

describe("Suzhou's date", () => {
  it("is ICU's Asia/Shanghai date on both sides of every Suzhou midnight from 1992 to 2060", () => {
    const disagreements: string[] = [];
    // Suzhou's midnight is 16:00 UTC the day before.
    for (let midnight = Date.UTC(1991, 11, 31, 16); midnight < Date.UTC(2060, 0, 1); midnight += DAY_MS) {
      for (const instant of [new Date(midnight - 1), new Date(midnight), new Date(midnight + DAY_MS / 2)]) {
        if (suzhouToday(instant) !== icuSuzhouDate(instant)) disagreements.push(instant.toISOString());
      }
    }
    expect(disagreements).toEqual([]);
  });

  it('is the next day at 16:00 UTC and is written YYYY-MM-DD', () => {
    expect(suzhouToday(new Date('2026-12-31T15:59:59.999Z'))).toBe('2026-12-31');
    expect(suzhouToday(new Date('2026-12-31T16:00:00.000Z'))).toBe('2027-01-01');
    expect(suzhouToday(new Date('2028-02-28T16:00:00.000Z'))).toBe('2028-02-29');
  });

  it('is found without loading the time-zone data (a formatter for Asia/Shanghai cost every subgraph 5-8 MB)', () => {
    // A process of its own on the built kit (npm test builds first), where making a date formatter throws.
    const kit = path.resolve(__dirname, '../dist/index.js');
    const before = suzhouToday();
    const child = spawnSync(
      process.execPath,
      [
        '-e',
        `Intl.DateTimeFormat = function () { throw new Error('Intl.DateTimeFormat was made'); };
         const kit = require(${JSON.stringify(kit)});
         kit.requireDate('heldOn', '2020-01-01', { earliest: '2009-01-01' });
         process.stdout.write(kit.suzhouToday());`,
      ],
      { encoding: 'utf8', timeout: 60_000 },
    );
    expect(child.stderr).toBe('');
    // Either side of a Suzhou midnight that falls while the child runs.
    expect([before, suzhouToday()]).toContain(child.stdout);
  });
});
