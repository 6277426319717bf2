import { Writable } from 'node:stream';

export type LogLine = Readonly<Record<string, unknown>>;

/** Parses JSON log lines out of chunks of text, as a service writes them. */
export function parseLogLines(text: string): LogLine[] {
  return text
    .split('\n')
    .filter((line) => line.trim().startsWith('{'))
    .map((line) => JSON.parse(line) as LogLine);
}

/** A log destination that keeps every JSON line the services write, parsed: what an operator greps. */
export class LogLines extends Writable {
  readonly lines: LogLine[] = [];

  override _write(chunk: Buffer, _encoding: BufferEncoding, done: () => void): void {
    this.lines.push(...parseLogLines(chunk.toString('utf8')));
    done();
  }
}
