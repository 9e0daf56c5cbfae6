import { createReadStream, readFileSync } from 'node:fs';
import type { Readable, Writable } from 'node:stream';

/** Where a line reader has got to: bytes consumed so far, for progress and ETA. */
export interface ReadPosition {
  bytes: number;
}

/**
 * Splits a byte stream into lines ("\n", with a trailing "\r" dropped). Pull-based:
 * the stream is only read as fast as the caller asks for lines, so memory stays
 * flat however large the input (one chunk plus the longest line). A last line
 * without a newline is still a line; an empty input has none.
 */
export async function* splitLines(input: Readable, position?: ReadPosition): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8');
  let rest = '';
  for await (const chunk of input as AsyncIterable<Buffer | string>) {
    const text = typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    if (position !== undefined) position.bytes += typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.length;
    let from = 0;
    let nl = text.indexOf('\n');
    if (nl >= 0) {
      yield stripCr(rest + text.slice(0, nl));
      rest = '';
      from = nl + 1;
      while ((nl = text.indexOf('\n', from)) >= 0) {
        yield stripCr(text.slice(from, nl));
        from = nl + 1;
      }
    }
    rest += text.slice(from);
  }
  rest += decoder.decode();
  if (rest !== '') yield stripCr(rest);
}

function stripCr(line: string): string {
  return line.endsWith('\r') ? line.slice(0, -1) : line;
}

/** Reads lines from a file or stdin ("-") as a stream: memory stays flat however large the input. */
export function readLines(path: string, position?: ReadPosition): AsyncGenerator<string> {
  return splitLines(path === '-' ? process.stdin : createReadStream(path), position);
}

export function readText(path: string): string {
  return path === '-' ? readFileSync(0, 'utf8') : readFileSync(path, 'utf8');
}

/**
 * Writes whole lines to a stream, one `write` per line (so an interrupted run
 * leaves complete lines only), waiting for `drain` when the buffer is full.
 * A closed output (EPIPE, e.g. `| head`) makes `closed` true instead of throwing.
 */
export class LineWriter {
  closed = false;
  private readonly stream: Writable;

  constructor(stream: Writable) {
    this.stream = stream;
    stream.on('error', this.onError);
  }

  private readonly onError = (): void => {
    this.closed = true;
  };

  async write(line: string): Promise<void> {
    if (this.closed) return;
    if (this.stream.write(line + '\n')) return;
    await new Promise<void>((resolve) => {
      const done = (): void => {
        this.stream.off('drain', done);
        this.stream.off('error', done);
        this.stream.off('close', done);
        resolve();
      };
      this.stream.once('drain', done);
      this.stream.once('error', done);
      this.stream.once('close', done);
    });
  }

  /** Stops listening for errors on the stream. */
  release(): void {
    this.stream.off('error', this.onError);
  }
}

/** Writes a line to stdout, waiting for the stream to drain when its buffer is full. */
export async function writeLine(line: string): Promise<void> {
  if (!process.stdout.write(line + '\n')) {
    await new Promise<void>((resolve) => process.stdout.once('drain', resolve));
  }
}
