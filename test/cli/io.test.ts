import { Readable, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { LineWriter, splitLines } from '../../src/cli/io.js';
import { progressLine, summaryLine } from '../../src/cli/progress.js';
import { countWords } from '../../src/cli/task.js';

async function lines(chunks: (string | Buffer)[]): Promise<string[]> {
  const out: string[] = [];
  for await (const l of splitLines(Readable.from(chunks))) out.push(l);
  return out;
}

describe('splitLines', () => {
  it.each([
    ['one line, no newline', ['a'], ['a']],
    ['trailing newline adds no line', ['a\nb\n'], ['a', 'b']],
    ['blank lines are kept', ['a\n\n\nb\n'], ['a', '', '', 'b']],
    ['CRLF', ['a\r\nb\r\n'], ['a', 'b']],
    ['a line across chunks', ['{"id":', '"x"}\n{"id"', ':"y"}'], ['{"id":"x"}', '{"id":"y"}']],
    ['CR and LF in different chunks', ['a\r', '\nb'], ['a', 'b']],
    ['empty input', [], []],
  ])('%s', async (_label, chunks, expected) => {
    expect(await lines(chunks)).toEqual(expected);
  });

  it('decodes a UTF-8 character split across chunks', async () => {
    const bytes = Buffer.from('“Sí,” dijo\n', 'utf8');
    expect(await lines([bytes.subarray(0, 1), bytes.subarray(1, 5), bytes.subarray(5)])).toEqual(['“Sí,” dijo']);
  });
});

describe('LineWriter', () => {
  it('waits for drain and stops, without throwing, when the output closes', async () => {
    let written = '';
    const slow = new Writable({
      highWaterMark: 4,
      write(chunk: Buffer, _enc, done) {
        written += String(chunk);
        setImmediate(done);
      },
    });
    const w = new LineWriter(slow);
    for (const l of ['alpha', 'beta', 'gamma']) await w.write(l);
    expect(written).toBe('alpha\nbeta\ngamma\n');
    slow.destroy(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
    await new Promise((r) => setImmediate(r));
    expect(w.closed).toBe(true);
    await w.write('lost');
    w.release();
  });
});

describe('progress and summary', () => {
  const counts = { read: 1200, analysed: 1197, failed: 3, blank: 1, words: 600_000 };
  it('shows documents, failures, words/s, percentage and ETA', () => {
    expect(progressLine(counts, 20_000, 0.25)).toBe('newslens: 1,200 docs · 3 failed · 30,000 words/s · 25% · ETA 1m 0s');
    expect(progressLine({ ...counts, failed: 0 }, 20_000, null)).toBe('newslens: 1,200 docs · 30,000 words/s');
  });
  it('sums up read, analysed and failed', () => {
    expect(summaryLine(counts, 20_000, false)).toBe(
      'newslens: 1,200 read, 1,197 analysed, 3 failed (1 blank line kept) in 20.0 s (30,000 words/s); failed documents are {"id","line","error"} records',
    );
    expect(summaryLine({ ...counts, failed: 0, blank: 0 }, 1500, true)).toBe('newslens: interrupted: 1,200 read, 1,197 analysed, 0 failed in 1.5 s (400,000 words/s)');
  });
  it('counts whitespace-separated words', () => {
    expect(countWords('  Sheinbaum said,\n“No.”\t ok ')).toBe(4);
    expect(countWords('')).toBe(0);
  });
});
