#!/usr/bin/env bash
# Scores newslens on a gold corpus for CI: validates the corpus, analyses it once,
# writes score.json (the next run's baseline) and a Markdown summary with deltas
# against the previous baseline, appends the summary to $GITHUB_STEP_SUMMARY, and
# exits 1 when a metric is under its floor.
#
#   bash score.sh <gold.jsonl> [baseline.json]
#
# Environment: NEWSLENS  the command (default "npx newslens")
#              FLOORS    --min floors (default "entities=0.85,mentions=0.85")
#              OUT_DIR   where predictions.jsonl, score.json, summary.md go (default newslens-score)
set -euo pipefail
GOLD=${1:?usage: score.sh <gold.jsonl> [baseline.json]}
BASELINE=${2:-}
read -r -a NEWSLENS <<< "${NEWSLENS:-npx newslens}"
FLOORS=${FLOORS:-entities=0.85,mentions=0.85}
OUT_DIR=${OUT_DIR:-newslens-score}
mkdir -p "$OUT_DIR"

"${NEWSLENS[@]}" validate "$GOLD"
"${NEWSLENS[@]}" analyze "$GOLD" > "$OUT_DIR/predictions.jsonl"
"${NEWSLENS[@]}" score "$GOLD" --pred "$OUT_DIR/predictions.jsonl" --json > "$OUT_DIR/score.json"

baseline=()
if [ -n "$BASELINE" ] && [ -f "$BASELINE" ]; then baseline=(--baseline "$BASELINE"); fi
status=0
"${NEWSLENS[@]}" score "$GOLD" --pred "$OUT_DIR/predictions.jsonl" --markdown "${baseline[@]}" --min "$FLOORS" > "$OUT_DIR/summary.md" || status=$?
if [ -n "${GITHUB_STEP_SUMMARY:-}" ]; then cat "$OUT_DIR/summary.md" >> "$GITHUB_STEP_SUMMARY"; else cat "$OUT_DIR/summary.md"; fi
exit "$status"
