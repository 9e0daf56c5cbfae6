/**
 * Headless Debian Chromium through playwright-core, launched the way this
 * machine needs (see the machine notes): no sandbox (root), no GPU, no QUIC, no
 * background networking (the network is closed), and a new empty profile.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext } from 'playwright-core';

export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
] as const;

/** Where screenshots go: .tmp/e2e/ in the repository (kept out of git). */
export const OUT_DIR = fileURLToPath(new URL('../../.tmp/e2e/', import.meta.url));

export interface Browser {
  readonly context: BrowserContext;
  close(): Promise<void>;
}

export async function launch(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`no Chromium at ${CHROMIUM}: install Debian's package (apt-get install -y chromium) or set CHROMIUM_PATH`);
  }
  mkdirSync(OUT_DIR, { recursive: true });
  // A fresh --user-data-dir each run (playwright takes it as launchPersistentContext's first argument).
  const profile = mkdtempSync(join(tmpdir(), 'newslens-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [...CHROMIUM_FLAGS],
    viewport: { width: 1200, height: 900 },
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Throws when the build the browser tests load is missing. */
export function requireBuild(): void {
  const bundle = fileURLToPath(new URL('../../dist/browser.js', import.meta.url));
  if (!existsSync(bundle)) throw new Error('dist/browser.js is missing: run npm run build before npm run e2e');
}
