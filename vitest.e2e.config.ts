import { defineConfig } from 'vitest/config';

// End-to-end tests in headless Chromium (Debian's /usr/bin/chromium, driven by
// playwright-core). Not part of `npm test`: run `npm run build && npm run e2e`
// after `apt-get install -y chromium`, as .ci/run does.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    testTimeout: 120_000,
    hookTimeout: 240_000,
    fileParallelism: false,
  },
});
