/**
 * The progress line (on a terminal only) and the end-of-run summary, both on stderr.
 */
import type { Writable } from 'node:stream';

export interface RunCounts {
  /** Documents read (blank lines are not documents). */
  read: number;
  analysed: number;
  failed: number;
  blank: number;
  words: number;
}

export function emptyCounts(): RunCounts {
  return { read: 0, analysed: 0, failed: 0, blank: 0, words: 0 };
}

const EVERY_MS = 200;

export class Progress {
  private readonly stream: Writable;
  private readonly enabled: boolean;
  private readonly fraction: () => number | null;
  private readonly started = Date.now();
  private last = 0;
  private shown = false;

  /** `enabled` is false unless stderr is a terminal and --quiet was not given. */
  constructor(stream: Writable, enabled: boolean, fraction: () => number | null) {
    this.stream = stream;
    this.enabled = enabled;
    this.fraction = fraction;
  }

  /** Redraws the line, at most every 200 ms. */
  update(counts: RunCounts): void {
    if (!this.enabled) return;
    const now = Date.now();
    if (now - this.last < EVERY_MS) return;
    this.last = now;
    this.shown = true;
    this.stream.write(`\r\x1b[K${progressLine(counts, now - this.started, this.fraction())}`);
  }

  /** Removes the line, so the summary (or a shell prompt) starts on a clean line. */
  clear(): void {
    if (this.shown) this.stream.write('\r\x1b[K');
    this.shown = false;
  }
}

export function progressLine(counts: RunCounts, elapsedMs: number, fraction: number | null): string {
  const parts = [`newslens: ${n(counts.read)} docs`];
  if (counts.failed > 0) parts.push(`${n(counts.failed)} failed`);
  parts.push(`${n(rate(counts.words, elapsedMs))} words/s`);
  if (fraction !== null) {
    parts.push(`${Math.floor(fraction * 100)}%`);
    if (fraction > 0.01 && fraction < 1) parts.push(`ETA ${duration((elapsedMs * (1 - fraction)) / fraction)}`);
  }
  return parts.join(' · ');
}

export function summaryLine(counts: RunCounts, elapsedMs: number, interrupted: boolean): string {
  const blank = counts.blank > 0 ? ` (${n(counts.blank)} blank line${counts.blank === 1 ? '' : 's'} kept)` : '';
  const head = interrupted ? 'interrupted: ' : '';
  return (
    `newslens: ${head}${n(counts.read)} read, ${n(counts.analysed)} analysed, ${n(counts.failed)} failed${blank}` +
    ` in ${duration(elapsedMs)} (${n(rate(counts.words, elapsedMs))} words/s)` +
    (counts.failed > 0 ? '; failed documents are {"id","line","error"} records' : '')
  );
}

function rate(words: number, ms: number): number {
  return ms <= 0 ? 0 : Math.round((words * 1000) / ms);
}

function n(x: number): string {
  return x.toLocaleString('en-US');
}

function duration(ms: number): string {
  const s = ms / 1000;
  if (s < 60) return `${s.toFixed(1)} s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}m ${Math.round(s - m * 60)}s`;
  return `${Math.floor(m / 60)}h ${m % 60}m`;
}
