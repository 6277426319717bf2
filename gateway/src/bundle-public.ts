import { bundlePublicAssets } from './web/public-bundle';

/**
 * `npm run build`'s last step: `node gateway/dist/bundle-public.js [operationsDir]`
 * fills gateway/dist/public (the operations default to ../shared/operations).
 */
try {
  const { publicDir, operations } = bundlePublicAssets({ operationsDir: process.argv[2] });
  // stderr, so that commands that build first (npm run token) print only their own output on stdout.
  process.stderr.write(`gateway: bundled GraphiQL, the dashboard and ${operations.length} contract operations into ${publicDir}\n`);
} catch (error) {
  process.stderr.write(`gateway: bundling the web assets failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
