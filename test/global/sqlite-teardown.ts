import fs from 'node:fs';

export default function teardown(): void {
  const dir = process.env.TEST_TEMPLATE_DIR;
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
}
