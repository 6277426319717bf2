import net from 'node:net';

/** A client that sent part of a request and then nothing: what came back, and when its socket closed. */
export interface StalledSocket {
  readonly received: () => string;
  readonly closed: Promise<number>;
}

/** Opens a socket to 127.0.0.1:`port`, sends `data` and then nothing; resolves once it is open. */
export function stall(port: number, data: string): Promise<StalledSocket> {
  return new Promise((resolve, reject) => {
    let received = '';
    const socket = net.connect(port, '127.0.0.1', () => {
      socket.write(data);
      resolve({ received: () => received, closed });
    });
    const closed = new Promise<number>((settle) => socket.on('close', () => settle(Date.now())));
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (received += chunk));
    socket.on('error', () => undefined);
    socket.once('error', reject);
  });
}

/** Headers that promise a 100-byte body, and 10 bytes of it. */
export const STALLED_BODY = 'POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"query":';
/** Half a header line. */
export const STALLED_HEADERS = 'POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Ty';
