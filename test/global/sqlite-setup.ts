import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * A folder for this run's seeded databases, one per agency, which the test
 * harness copies instead of seeding again (testkit/src/seed-template.ts).
 * Workers inherit the variable; the teardown removes the folder.
 */
export default function setup(): void {
  process.env.TEST_TEMPLATE_DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'governance-templates-'));
}
