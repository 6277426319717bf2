import fs from 'node:fs';

export default async function teardown(): Promise<void> {
  const underTest = globalThis.mariaDbUnderTest;
  if (!underTest) return;
  await underTest.server.stop();
  fs.rmSync(underTest.directory, { recursive: true, force: true });
}
