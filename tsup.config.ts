import { defineConfig } from 'tsup';

export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    // chrono-node is bundled: its ES build is ~100 files to resolve at start-up (a devDependency, so users do not install it).
    noExternal: ['chrono-node'],
    dts: true,
    sourcemap: true,
    clean: true,
    // es2022, not node20: esbuild rewrites every regular expression with \p{…} into a
    // `new RegExp()` call for node20 (its Unicode table), which inside a function is a new
    // RegExp on every call; Node 20 runs ES2022 as written.
    target: 'es2022',
    platform: 'node',
  },
  {
    // The worker is its own entry, next to cli.js: the CLI's pool finds it as ./worker.js.
    entry: { cli: 'src/cli/main.ts', worker: 'src/cli/worker.ts' },
    format: ['esm'],
    // chrono-node is bundled: its ES build is ~100 files to resolve at start-up (a devDependency, so users do not install it).
    noExternal: ['chrono-node'],
    sourcemap: true,
    // es2022, not node20: esbuild rewrites every regular expression with \p{…} into a
    // `new RegExp()` call for node20 (its Unicode table), which inside a function is a new
    // RegExp on every call; Node 20 runs ES2022 as written.
    target: 'es2022',
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
  },
  {
    // The browser entry: one ES module with wink-nlp, its model and chrono-node bundled in, no Node built-ins.
    entry: { browser: 'src/browser.ts' },
    format: ['esm'],
    dts: true,
    sourcemap: true,
    target: 'es2022',
    platform: 'browser',
    noExternal: ['wink-nlp', 'wink-eng-lite-web-model', 'chrono-node'],
    minify: true,
  },
]);
