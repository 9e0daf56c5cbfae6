import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, vi } from 'vitest';
import { fileURLToPath } from 'node:url';

/** Reads a file under fixtures/ (the project's own fixtures, never ../shared). */
export function fixture(path: string): string {
  return readFileSync(fileURLToPath(new URL(`../fixtures/${path}`, import.meta.url)), 'utf8');
}

/** What a CLI command wrote, captured between beforeEach and afterEach. */
export interface CapturedStdio {
  readonly stdout: string;
  readonly stderr: string;
  /** Forgets what was captured so far in this test. */
  clear(): void;
}

/**
 * Captures process.stdout and process.stderr writes for each test of the
 * enclosing describe (or file): call once at that level, read `.stdout` /
 * `.stderr` inside a test.
 */
export function captureStdio(): CapturedStdio {
  const captured = {
    stdout: '',
    stderr: '',
    clear(): void {
      captured.stdout = '';
      captured.stderr = '';
    },
  };
  beforeEach(() => {
    captured.clear();
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      captured.stdout += String(chunk);
      return true;
    });
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      captured.stderr += String(chunk);
      return true;
    });
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });
  return captured;
}
