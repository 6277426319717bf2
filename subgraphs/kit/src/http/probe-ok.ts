import http from 'node:http';
import https from 'node:https';

/**
 * True when `GET url` answers 200 within `timeoutMs`, over node:http on a
 * fresh connection. Not fetch: Node's fetch refuses the ports browsers block
 * (6000, 6665-6669, ...), on which a service may well listen.
 */
export function probeOk(url: URL, timeoutMs: number): Promise<boolean> {
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve) => {
    const request = client.get(url, { agent: false, timeout: timeoutMs }, (response) => {
      response.resume();
      resolve(response.statusCode === 200);
    });
    // `timeout` only reports an idle socket; a service that accepts and never answers is cut off here.
    const deadline = setTimeout(() => request.destroy(), timeoutMs);
    request.on('timeout', () => request.destroy());
    request.on('error', () => resolve(false));
    request.on('close', () => {
      clearTimeout(deadline);
      resolve(false);
    });
  });
}
