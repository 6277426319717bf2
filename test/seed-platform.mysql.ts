import { checkFailedSeedLeavesDatabasesAsTheyWere, checkScaledSeed } from '@governance/testkit/seed-scale';

/** `npm run seed -- --scale 2` into fresh MariaDB databases, one per agency with its own user. */
describe('npm run seed -- --scale N on MariaDB', () => {
  it('writes two copies of the data set with every cross-agency reference resolvable, and refuses or resets databases that hold records', async () => {
    await checkScaledSeed(2);
  }, 300_000);

  it('checks the plan before writing, and removes what it wrote when it fails midway', async () => {
    await checkFailedSeedLeavesDatabasesAsTheyWere();
  }, 300_000);
});
