import { checkScaledSeed } from '@governance/testkit/seed-scale';

/** `npm run seed -- --scale 2` into fresh SQLite files (the MariaDB variant is test/seed-platform.mysql.ts). */
describe('npm run seed -- --scale N on SQLite', () => {
  it('writes two copies of the data set with every cross-agency reference resolvable', async () => {
    await checkScaledSeed(2);
  }, 120_000);
});
