import path from 'node:path';

/** gateway/dist/public, where `npm run build` puts the pages' files; the same path from the sources (tests) and from dist. */
export const DEFAULT_PUBLIC_DIR = path.resolve(__dirname, '../../dist/public');
