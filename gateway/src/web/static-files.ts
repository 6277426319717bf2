import fs from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { appendVary, compress, negotiateEncoding, type ContentEncoding } from '@governance/kit/http';
import { contentTypeOf } from './content-types';

/** Files compressed once at the highest effort and kept, by file, version (ETag) and encoding: the public folder is a few megabytes. */
const compressed = new Map<string, Promise<Buffer>>();

function compressedFile(file: string, etag: string, encoding: ContentEncoding): Promise<Buffer> {
  const key = `${file}\0${etag}\0${encoding}`;
  let body = compressed.get(key);
  if (body === undefined) {
    body = fs.promises.readFile(file).then((content) => compress(content, encoding, 'best'));
    body.catch(() => compressed.delete(key));
    compressed.set(key, body);
  }
  return body;
}

/**
 * The file under `root` that a URL path names, or undefined when it names
 * nothing servable: undecodable, a `..` or dot segment, a backslash or NUL,
 * or anything that resolves (symlinks included) outside the root.
 */
export async function resolvePublicFile(root: string, urlPath: string): Promise<string | undefined> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (/[\\\0]/.test(decoded)) return undefined;
  const segments = decoded.split('/').filter((segment) => segment !== '');
  // Dot segments are traversal; dotfiles are never published.
  if (segments.length === 0 || segments.some((segment) => segment.startsWith('.'))) return undefined;
  try {
    const realRoot = await fs.promises.realpath(root);
    const file = await fs.promises.realpath(path.join(realRoot, ...segments));
    if (!file.startsWith(realRoot + path.sep)) return undefined;
    return (await fs.promises.stat(file)).isFile() ? file : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Sends one file with its content type, an ETag (answering a matching
 * If-None-Match with 304) and the given Cache-Control; brotli or gzip when
 * the client accepts it and the file is at least `compressionMinBytes`
 * (GraphiQL's script goes from 978 kB to a fraction of it). HEAD gets the headers only.
 */
export async function sendFile(request: IncomingMessage, response: ServerResponse, file: string, cacheControl: string, compressionMinBytes: number): Promise<void> {
  const stat = await fs.promises.stat(file);
  const encoding = stat.size >= compressionMinBytes ? negotiateEncoding(request.headers['accept-encoding']) : null;
  appendVary(response, 'Accept-Encoding');
  // Each encoding is a different representation, so it has its own ETag.
  const etag = `W/"${stat.size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}${encoding === null ? '' : `-${encoding}`}"`;
  response.setHeader('Cache-Control', cacheControl);
  response.setHeader('ETag', etag);
  response.setHeader('X-Content-Type-Options', 'nosniff');
  if (request.headers['if-none-match'] === etag) {
    response.statusCode = 304;
    response.end();
    return;
  }
  response.statusCode = 200;
  response.setHeader('Content-Type', contentTypeOf(file));
  if (encoding !== null) {
    const body = await compressedFile(file, etag, encoding);
    response.setHeader('Content-Encoding', encoding);
    response.setHeader('Content-Length', body.length);
    response.end(request.method === 'HEAD' ? undefined : body);
    return;
  }
  response.setHeader('Content-Length', stat.size);
  if (request.method === 'HEAD') {
    response.end();
    return;
  }
  await pipeline(fs.createReadStream(file), response);
}
