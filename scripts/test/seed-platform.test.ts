import { checkFailedSeedLeavesDatabasesAsTheyWere, checkScaledSeed } from '@governance/testkit/seed-scale';

/** `npm run seed -- --scale 2` into fresh SQLite files (the MariaDB variant is test/seed-platform.mysql.ts). */
describe('npm run seed -- --scale N on SQLite', () => {
  it('writes two copies of the data set with every cross-agency reference resolvable, and refuses or resets databases that hold records', async () => {
    await checkScaledSeed(2);
  }, 120_000);

  it('checks the plan before writing, and removes what it wrote when it fails midway', async () => {
    await checkFailedSeedLeavesDatabasesAsTheyWere();
  }, 120_000);
});
