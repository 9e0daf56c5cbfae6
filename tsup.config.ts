import { defineConfig } from 'tsup';
import type { Plugin } from 'esbuild';

/**
 * In the Node ES-module builds, `import nlp from 'compromise/two'` becomes a
 * `require` of the same package entry. compromise exports its ES source for
 * `import` (456 modules: ~500 ms to resolve, compile and link) and one prebuilt
 * bundle for `require` (~300 ms); both are the same version with the same tags,
 * and the bundle is a public export, not a deep import. This is most of the
 * cold start of `analyze()` and of every CLI worker. The CommonJS build already
 * requires it; the browser build bundles the ES source.
 */
const compromiseAsCommonJs: Plugin = {
  name: 'compromise-as-commonjs',
  setup(build) {
    build.onResolve({ filter: /^compromise\/two$/ }, (args) =>
      args.namespace === 'compromise-cjs' ? { path: args.path, external: true } : { path: args.path, namespace: 'compromise-cjs' },
    );
    const esm = build.initialOptions.format === 'esm';
    build.onLoad({ filter: /.*/, namespace: 'compromise-cjs' }, () => ({
      contents: esm
        ? "import { createRequire } from 'node:module';\nexport default createRequire(import.meta.url)('compromise/two');\n"
        : "module.exports = require('compromise/two');\n",
      loader: 'js',
    }));
  },
};

export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    // tsup leaves dependencies external before any plugin sees them: let the plugin decide.
    noExternal: ['compromise/two', 'chrono-node'],
    esbuildPlugins: [compromiseAsCommonJs],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'node20',
    platform: 'node',
  },
  {
    // The worker is its own entry, next to cli.js: the CLI's pool finds it as ./worker.js.
    entry: { cli: 'src/cli/main.ts', worker: 'src/cli/worker.ts' },
    format: ['esm'],
    // tsup leaves dependencies external before any plugin sees them: let the plugin decide.
    noExternal: ['compromise/two', 'chrono-node'],
    esbuildPlugins: [compromiseAsCommonJs],
    sourcemap: true,
    target: 'node20',
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
  },
  {
    // The browser entry: one ES module with compromise and chrono-node bundled in, no Node built-ins.
    entry: { browser: 'src/browser.ts' },
    format: ['esm'],
    dts: true,
    sourcemap: true,
    target: 'es2022',
    platform: 'browser',
    noExternal: ['compromise', 'chrono-node'],
    minify: true,
  },
]);
