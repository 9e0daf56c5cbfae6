#!/usr/bin/env bash
# Runs every example in examples/, as the README shows them: each examples/*.ts
# with tsx (tsconfig "paths" maps 'newslens' to src/, so no build is needed),
# then the CI example (examples/ci/score.sh) against the built CLI. The browser
# example is driven in Chromium by `npm run e2e`.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=.tmp/examples
mkdir -p "$OUT"

expect_in() { # file, text
  grep -qF -- "$2" "$1" || { echo "run-examples: $1 lacks \"$2\"" >&2; cat "$1" >&2; exit 1; }
}

for f in examples/*.ts; do
  name=$(basename "$f" .ts)
  echo "== npx tsx $f"
  npx tsx "$f" > "$OUT/$name.out"
  head -n 4 "$OUT/$name.out" | sed 's/^/   /'
  [ -s "$OUT/$name.out" ] || { echo "run-examples: $f printed nothing" >&2; exit 1; }
done
[ -f "$OUT/basic.out" ] && expect_in "$OUT/basic.out" 'PERSON Claudia Sheinbaum'
[ -f "$OUT/report.out" ] && expect_in "$OUT/report.html" '<!doctype html>'
[ -f "$OUT/schema.out" ] && expect_in "$OUT/schema.out" 'newslens Analysis: valid' && expect_in "$OUT/schema.out" 'stances[0].label'
[ -f "$OUT/score.out" ] && expect_in "$OUT/score.out" '2 document(s)'
[ -f "$OUT/aggregate.out" ] && expect_in "$OUT/aggregate.out" 'Claudia Sheinbaum is favor sovereignty'

echo "== examples/ci/score.sh (the GitHub Actions example, against dist/cli.js)"
[ -f dist/cli.js ] || { echo "run-examples: dist/cli.js is missing; run npm run build first" >&2; exit 1; }
if ! node dist/cli.js help | grep -q -- '--markdown'; then
  echo "   SKIPPED: this build's \`newslens score\` has no --markdown flag yet"
  exit 0
fi
GOLD=examples/data/mini-gold.jsonl
export NEWSLENS="node dist/cli.js" GITHUB_STEP_SUMMARY="$OUT/step-summary.md"
: > "$GITHUB_STEP_SUMMARY"
OUT_DIR="$OUT/ci-1" FLOORS="entities=0.5" bash examples/ci/score.sh "$GOLD"
OUT_DIR="$OUT/ci-2" FLOORS="entities=0.5" bash examples/ci/score.sh "$GOLD" "$OUT/ci-1/score.json"
expect_in "$GITHUB_STEP_SUMMARY" '| entities |'
expect_in "$GITHUB_STEP_SUMMARY" 'Δ F1'
expect_in "$GITHUB_STEP_SUMMARY" 'All floors met'
status=0
OUT_DIR="$OUT/ci-3" FLOORS="stances=0.99" bash examples/ci/score.sh "$GOLD" > /dev/null 2>&1 || status=$?
[ "$status" = 1 ] || { echo "run-examples: score.sh should exit 1 under a floor, exited $status" >&2; exit 1; }
echo "   job summary written ($(wc -l < "$GITHUB_STEP_SUMMARY") lines), and a floor miss exits 1"
echo "run-examples: all passed"
