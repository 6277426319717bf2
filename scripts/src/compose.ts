import fs from 'node:fs';
import path from 'node:path';
import { SCHEMA_DIR, buildSchemaArtifacts } from './schema-artifacts';

/** `npm run compose`: regenerates schema/ from the subgraphs' code. */
try {
  fs.mkdirSync(SCHEMA_DIR, { recursive: true });
  for (const [file, content] of buildSchemaArtifacts()) {
    fs.writeFileSync(path.join(SCHEMA_DIR, file), content);
    console.log(`wrote schema/${file}`);
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
