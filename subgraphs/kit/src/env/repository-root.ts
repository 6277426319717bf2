import path from 'node:path';

/**
 * The repository's root, the folder of agencies.json (this file is
 * subgraphs/kit/{src,dist}/env/). In Docker it is /app, the image's working
 * directory.
 */
export const REPOSITORY_ROOT = path.resolve(__dirname, '../../../..');

/**
 * Where a path from the configuration points: a relative one (DATA_DIR=data,
 * DATABASE_URL=sqlite:data/x.sqlite, SUPERGRAPH_PATH, ...) is relative to the
 * repository's root, never to the working directory, so that a service
 * started from its own package folder (`npm start -w subgraphs/x`) and a tool
 * run from the root find the same files.
 */
export function resolveFromRoot(file: string): string {
  return path.resolve(REPOSITORY_ROOT, file);
}
