#!/usr/bin/env bash
# Reproduces the numbers in docs/performance.md. Run from the repository root after
# `mvn -B -ntp package -DskipTests -Dinvoker.skip=true` (needs the CLI jar and the examples' classpath).
#   bench/run.sh [RUNS]      RUNS per measurement, default 3; medians are printed.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-3}
WORK=target/bench
CORPUS=$WORK/corpus
mkdir -p "$WORK"

JP_VERSION=$(sed -n 's:.*<javaparser.version>\(.*\)</javaparser.version>.*:\1:p' pom.xml)
JP_JAR=$HOME/.m2/repository/com/github/javaparser/javaparser-core/$JP_VERSION/javaparser-core-$JP_VERSION.jar
CLI=cli/target/sparklint-cli.jar
[ -f "$CLI" ] || { echo "build first: mvn -B -ntp package -DskipTests -Dinvoker.skip=true" >&2; exit 2; }

if [ ! -d "$CORPUS" ]; then
  java bench/GenerateCorpus.java "$CORPUS" 420000
fi
javac -d "$WORK/classes" -cp "$JP_JAR" bench/ParseOnly.java

# median of "seconds maxRSS-KiB" pairs read from a file, by seconds
median() { sort -n "$1" | awk '{a[NR]=$0} END {print a[int((NR+1)/2)]}'; }
measure() { # label, command...
  local label=$1; shift
  : > "$WORK/$label.times"
  for _ in $(seq "$RUNS"); do
    /usr/bin/time -f "%e %M" -o "$WORK/$label.one" "$@" > "$WORK/$label.out" 2>&1 || true
    cat "$WORK/$label.one" >> "$WORK/$label.times"
  done
  read -r secs kib < <(median "$WORK/$label.times")
  printf '%-34s %8.2f s %8d MiB peak RSS\n' "$label" "$secs" $((kib / 1024))
  echo "$secs" > "$WORK/$label.median"
}

echo "corpus: $(find "$CORPUS" -name '*.java' | wc -l) files, $(cat $(find "$CORPUS" -name '*.java') | wc -l) lines"
measure parse-only java -cp "$WORK/classes:$JP_JAR" ParseOnly "$CORPUS"
measure sparklint-cli java -jar "$CLI" --format json --output "$WORK/cli.json" "$CORPUS"
measure sparklint-cli-Xmx1g java -Xmx1g -jar "$CLI" --format json --output "$WORK/cli.json" "$CORPUS"
awk -v a="$(cat $WORK/sparklint-cli.median)" -v b="$(cat $WORK/parse-only.median)" \
  'BEGIN {printf "ratio sparklint / parse-only:          %.2f\n", a / b}'
tail -1 "$WORK/sparklint-cli.out"

# Error Prone on examples/: default checks only vs. default checks + sparklint.
mvn -B -q -ntp dependency:build-classpath -pl examples -Dmdep.includeScope=test \
  -Dmdep.outputFile="$PWD/$WORK/examples.cp" > /dev/null
CP=$(cat "$WORK/examples.cp")
EP_ONLY=$(tr ':' '\n' < "$WORK/examples.cp" | grep -v '/io/github/sparklint/' | paste -sd: -)
SOURCES=$(find examples/src/main/java -name '*.java')
EXPORTS=$(sed 's/^/-J/' .mvn/jvm.config | paste -sd' ' -)
# shellcheck disable=SC2086
measure javac-errorprone javac $EXPORTS -d "$WORK/ep1" -cp "$CP" -processorpath "$EP_ONLY" \
  -XDcompilePolicy=simple --should-stop=ifError=FLOW '-Xplugin:ErrorProne -XepAllErrorsAsWarnings' $SOURCES
# shellcheck disable=SC2086
measure javac-errorprone+sparklint javac $EXPORTS -d "$WORK/ep2" -cp "$CP" -processorpath "$CP" \
  -XDcompilePolicy=simple --should-stop=ifError=FLOW '-Xplugin:ErrorProne -XepAllErrorsAsWarnings' $SOURCES
awk -v a="$(cat $WORK/javac-errorprone+sparklint.median)" -v b="$(cat $WORK/javac-errorprone.median)" \
  'BEGIN {printf "Error Prone overhead of sparklint:    %+.1f %%\n", (a / b - 1) * 100}'
grep -c 'warning: \[Spark' "$WORK/javac-errorprone+sparklint.out" | sed 's/^/sparklint warnings in the compile: /'
