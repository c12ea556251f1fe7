#!/usr/bin/env bash
# Scores a sparklint CLI jar on the re-created earlier corpus (fetch-older-corpus.sh) against labels.tsv,
# production code and Spark's test suites separately (docs/precision.md, "The earlier corpus, re-scored").
#
#   bench/precision/older/score-older.sh CLI_JAR [CORPUS] [OUT_DIR]
#
# CORPUS defaults to /work/corpus/older, OUT_DIR (the JSON reports and scores) to a temporary folder.
# Each part is analyzed as its own run, from CORPUS, so report paths match labels.tsv; the two parts share no
# code, and together they give the same findings as one run over CORPUS.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
jar="$(realpath "${1:?usage: score-older.sh CLI_JAR [CORPUS] [OUT_DIR]}")"
corpus="$(realpath "${2:-/work/corpus/older}")"
out="$(realpath "${3:-$(mktemp -d)}")"
mkdir -p "$out"

score_part() { # name, projects...
  local name="$1"; shift
  local pattern
  pattern="^($(IFS='|'; echo "$*"))$"
  awk -F'\t' -v p="$pattern" 'NR == 1 || $1 ~ p' "$here/labels.tsv" > "$out/labels-$name.tsv"
  (cd "$corpus" && java -jar "$jar" --format json --output "$out/$name.json" "$@" > "$out/$name.log" 2>&1) || true
  grep -q '"findings"' "$out/$name.json"
  java "$here/../Score.java" "$out/labels-$name.tsv" "$out/$name.json" "$corpus" > "$out/score-$name.txt"
  echo "== $name ($*)"
  sed -n '1,/^overall/p' "$out/score-$name.txt"
  echo
}

score_part production iceberg hudi dl4j
score_part tests spark-core-tests spark-sql-tests
echo "reports and full scores (FP/FN/TP lists) in $out"
