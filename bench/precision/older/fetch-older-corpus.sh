#!/usr/bin/env bash
# Re-creates the earlier 504-file precision corpus (docs/precision.md, "Corpus") outside the repository, as far
# as its description allows (see docs/precision.md, "The earlier corpus, re-scored").
#
#   bench/precision/older/fetch-older-corpus.sh [DEST]       # DEST defaults to /work/corpus/older
#
# Every source comes from a released -sources / -test-sources jar on Maven Central, copied with
# `mvn dependency:copy` (so it needs Maven and access to Central; the jars land in a temporary folder and in
# the local repository as usual). Each jar is unpacked to DEST/<project>/ and only the .java files that
# mention org.apache.spark are kept (for the three libraries that is the same set as the files importing it;
# Spark's own test suites live in org.apache.spark packages and need not import it).
#
# Left out, because they cannot be had the same way: the 4 example jobs of apache/spark 3.5.8 (not published
# on Central, and the repository is too large to mirror here) and the 7 small jobs of other projects (never
# recorded). The resulting files must be those of bench/precision/older/manifest.tsv, byte for byte (checked
# at the end with their sha256).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
dest="${1:-/work/corpus/older}"
jars="$(mktemp -d)"
trap 'rm -rf "$jars"' EXIT

# project <TAB> groupId:artifactId:version:jar:classifier
artifacts=(
  "iceberg	org.apache.iceberg:iceberg-spark-3.5_2.12:1.6.1:jar:sources"
  "hudi	org.apache.hudi:hudi-spark-client:0.15.0:jar:sources"
  "dl4j	org.deeplearning4j:dl4j-spark_2.12:1.0.0-M2:jar:sources"
  "spark-core-tests	org.apache.spark:spark-core_2.12:3.5.8:jar:test-sources"
  "spark-sql-tests	org.apache.spark:spark-sql_2.12:3.5.8:jar:test-sources"
)

mkdir -p "$dest"
for row in "${artifacts[@]}"; do
  project="${row%%	*}"
  artifact="${row#*	}"
  mvn -B -ntp -q -Dstyle.color=never dependency:copy -Dartifact="$artifact" -DoutputDirectory="$jars/$project" >&2
  out="$dest/$project"
  rm -rf "$out"
  mkdir -p "$out"
  (cd "$out" && unzip -q "$jars/$project"/*.jar '*.java')
  find "$out" -name '*.java' -type f -print0 | while IFS= read -r -d '' f; do
    grep -q 'org\.apache\.spark' "$f" || rm "$f"
  done
  find "$out" -type d -empty -delete
  echo "$project: $(find "$out" -name '*.java' | wc -l) files from $artifact" >&2
done

actual="$(cd "$dest" && find . -name '*.java' -type f | sed 's|^\./||' | LC_ALL=C sort)"
expected="$(tail -n +2 "$here/manifest.tsv" | cut -f2 | LC_ALL=C sort)"
if [[ "$actual" != "$expected" ]]; then
  echo "the files under $dest differ from manifest.tsv:" >&2
  diff <(echo "$expected") <(echo "$actual") >&2 || true
  exit 1
fi
if ! (cd "$dest" && tail -n +2 "$here/manifest.tsv" | awk -F'\t' '{print $5 "  " $2}' | sha256sum --quiet -c -); then
  echo "some files under $dest differ from the sha256 in manifest.tsv" >&2
  exit 1
fi
echo "wrote $(echo "$actual" | wc -l) files under $dest, as listed in manifest.tsv (sha256 checked)" >&2
