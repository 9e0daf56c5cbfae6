#!/usr/bin/env bash
# Checks the package as npm would publish it (run `npm run build` first):
#   1. `npm pack`, then attw and publint on the tarball;
#   2. installs the tarball into a fresh project and imports it from ESM, from
#      CommonJS, and from TypeScript with moduleResolution node16 and bundler.
# The browser entry (newslens/browser) is ESM-only by design (a page loads it as
# a module), so attw checks it with its esm-only profile; every other entry
# point with the strict profile (node10, node16 CJS and ESM, bundler).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
for f in dist/index.js dist/index.cjs dist/index.d.ts dist/index.d.cts dist/browser.js dist/browser.d.ts dist/cli.js; do
  [ -f "$f" ] || { echo "package-check: $f is missing; run npm run build first" >&2; exit 1; }
done

WORK=$(mktemp -d "${TMPDIR:-/tmp}/newslens-package.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
TARBALL="$WORK/$(npm pack --silent --pack-destination "$WORK" | tail -n 1)"
echo "packed $(basename "$TARBALL") ($(du -k "$TARBALL" | cut -f1) KiB, $(tar tzf "$TARBALL" | wc -l) files)"

echo "== attw (strict profile; every entry point but ./browser)"
npx attw "$TARBALL" --exclude-entrypoints ./browser --format ascii
echo "== attw (esm-only profile; ./browser)"
npx attw "$TARBALL" --entrypoints ./browser --profile esm-only --format ascii
echo "== publint --strict"
npx publint run "$TARBALL" --strict

echo "== no Node built-ins and no imports left in dist/browser.js"
if grep -Eq '(^|[;{}])\s*import\s*[{*a-zA-Z_$"'"'"']|\brequire\(|from\s*"node:' dist/browser.js; then
  echo "dist/browser.js still imports something; the browser bundle must be self-contained" >&2
  exit 1
fi

echo "== dist/browser.js stays under the size the README states (4.7 MB)"
BUNDLE_BYTES=$(wc -c < dist/browser.js)
if [ "$BUNDLE_BYTES" -gt 4700000 ]; then
  echo "dist/browser.js is $BUNDLE_BYTES bytes, over the 4,700,000 the README promises (\"In the browser\")" >&2
  exit 1
fi

echo "== install the tarball into a fresh project"
APP="$WORK/app"
mkdir -p "$APP"
cat > "$APP/package.json" <<'JSON'
{ "name": "newslens-smoke", "private": true, "version": "0.0.0" }
JSON
(cd "$APP" && npm install --no-audit --no-fund --prefer-offline --loglevel=error "$TARBALL" >/dev/null)

ARTICLE='Mexican President Claudia Sheinbaum said on Monday that “Mexico’s sovereignty is not for sale.” US President Donald Trump offered to send troops.'

echo "== ESM import"
cat > "$APP/esm.mjs" <<'JS'
import { analyze, createAnalyzer, render, score, validateAnalysis, ANALYSIS_SCHEMA } from 'newslens';
import * as browser from 'newslens/browser';
import analysisSchema from 'newslens/schema/analysis.json' with { type: 'json' };
import goldSchema from 'newslens/schema/gold.json' with { type: 'json' };
import pkg from 'newslens/package.json' with { type: 'json' };
const a = analyze(process.env.ARTICLE, { published: '2025-05-05' });
const check = (ok, what) => { if (!ok) { console.error(`ESM smoke test: ${what}`); process.exit(1); } };
check(a.entities.some((e) => e.name === 'Claudia Sheinbaum'), 'no Claudia Sheinbaum entity');
check(a.quotes.length > 0 && a.dates.length > 0, 'no quote or no date');
check(validateAnalysis(JSON.parse(JSON.stringify(a))).length === 0, 'analysis does not follow its schema');
check(JSON.stringify(analysisSchema) === JSON.stringify(ANALYSIS_SCHEMA), 'shipped schema differs from ANALYSIS_SCHEMA');
check(goldSchema.title.includes('gold'), 'gold schema');
check(render(a).startsWith('<!doctype html>'), 'render');
check(typeof score === 'function' && typeof createAnalyzer === 'function', 'score/createAnalyzer');
check(browser.analyze(process.env.ARTICLE).entities.length === a.entities.length, 'browser entry disagrees');
check(pkg.name === 'newslens', 'package.json export');
console.log(`ESM ok: ${a.entities.length} entities, ${a.quotes.length} quotes, ${a.dates.length} dates`);
JS
(cd "$APP" && ARTICLE="$ARTICLE" node esm.mjs)

echo "== CommonJS require"
cat > "$APP/cjs.cjs" <<'JS'
const { analyze, render, validateGoldDocument, GOLD_DOCUMENT_SCHEMA } = require('newslens');
const goldSchema = require('newslens/schema/gold.json');
const a = analyze(process.env.ARTICLE);
if (!a.entities.some((e) => e.name === 'Donald Trump')) { console.error('CJS smoke test: no Donald Trump entity'); process.exit(1); }
if (goldSchema.$id !== GOLD_DOCUMENT_SCHEMA.$id) { console.error('CJS smoke test: gold schema'); process.exit(1); }
if (validateGoldDocument({ id: 'x', text: 'x', entities: [], quotes: [], dates: [], stances: [] }).length !== 0) process.exit(1);
if (!render(a).includes('Donald Trump')) process.exit(1);
console.log(`CJS ok: ${a.entities.length} entities`);
JS
(cd "$APP" && ARTICLE="$ARTICLE" node cjs.cjs)

echo "== TypeScript: moduleResolution node16 (ESM and CJS files) and bundler"
cat > "$APP/esm.mts" <<'TS'
import { analyze, render, score, type Analysis, type Entity, type ScoreReport, type SchemaIssue } from 'newslens';
import { analyze as analyzeInBrowser, render as renderInBrowser, type Quote } from 'newslens/browser';
const a: Analysis = analyze('Text.', { published: '2025-05-05' });
const e: readonly Entity[] = a.entities;
const q: readonly Quote[] = analyzeInBrowser('Text.').quotes;
const html: string = render(a) + renderInBrowser(a, { title: 'x' });
const r: ScoreReport = score([], []);
const issues: SchemaIssue[] = [];
// @ts-expect-error published must be a string, a Date or null
analyze('Text.', { published: 20250505 });
export { e, q, html, r, issues };
TS
cat > "$APP/cjs.cts" <<'TS'
import { analyze, type Analysis } from 'newslens';
const a: Analysis = analyze('Text.');
export const names: string[] = a.entities.map((e) => e.name);
TS
cp "$APP/esm.mts" "$APP/bundler.ts"
cat > "$APP/tsconfig.node16.json" <<'JSON'
{ "compilerOptions": { "module": "node16", "moduleResolution": "node16", "target": "es2022", "lib": ["es2022"], "types": [],
  "strict": true, "exactOptionalPropertyTypes": true, "noEmit": true, "skipLibCheck": false, "resolveJsonModule": true },
  "files": ["esm.mts", "cjs.cts"] }
JSON
cat > "$APP/tsconfig.bundler.json" <<'JSON'
{ "compilerOptions": { "module": "esnext", "moduleResolution": "bundler", "target": "es2022", "lib": ["es2022", "dom"], "types": [],
  "strict": true, "noEmit": true, "skipLibCheck": false, "resolveJsonModule": true },
  "files": ["bundler.ts"] }
JSON
(cd "$APP" && "$ROOT/node_modules/.bin/tsc" -p tsconfig.node16.json && echo "TypeScript node16 ok")
(cd "$APP" && "$ROOT/node_modules/.bin/tsc" -p tsconfig.bundler.json && echo "TypeScript bundler ok")

echo "package-check: all passed"
