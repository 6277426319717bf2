import { Writable } from 'node:stream';

/** A pino destination that keeps every line, parsed. */
export interface LogCapture {
  readonly stream: Writable;
  readonly lines: Array<Record<string, unknown>>;
}

export function captureLog(): LogCapture {
  const lines: Array<Record<string, unknown>> = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n')) if (line.trim() !== '') lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  return { stream, lines };
}
