import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Reads a file under fixtures/ (the project's own fixtures, never ../shared). */
export function fixture(path: string): string {
  return readFileSync(fileURLToPath(new URL(`../fixtures/${path}`, import.meta.url)), 'utf8');
}
