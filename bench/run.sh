#!/usr/bin/env bash
# Benchmarks sparklint against a JavaParser parse-only pass of the same files, and measures what the
# Error Prone checks add to compiling examples/. Prints medians; docs/performance.md explains them.
#
# Usage: bench/run.sh [RUNS]   (default 5 runs per measurement; deep mode runs DEEP_RUNS times, default 1)
# Needs: the project built once (mvn -B -ntp install -DskipTests), GNU time (/usr/bin/time).
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-5}
WORK=bench/target
HEAP=-Xmx1g
mkdir -p "$WORK"

CLI_JAR=$(ls cli/target/sparklint-cli.jar)
EP_JAR=$(ls errorprone-checks/target/sparklint-errorprone-*.jar | grep -v -e sources -e javadoc | head -1)
mvn -B -ntp -q dependency:build-classpath -pl analyzer-core -Dmdep.outputFile="$PWD/$WORK/core.cp" >/dev/null
# The Spark jars examples/ compiles against (examples/configured has the same compile dependencies and,
# unlike examples, no test dependency on a module that is never installed).
mvn -B -ntp -q dependency:build-classpath -pl examples/configured -Dmdep.includeScope=compile \
  -Dmdep.outputFile="$PWD/$WORK/examples.cp" >/dev/null
mvn -B -ntp -q dependency:build-classpath -pl errorprone-checks -Dmdep.includeScope=test \
  -Dmdep.outputFile="$PWD/$WORK/ep.cp" >/dev/null
JAVAPARSER=$(tr ':' '\n' < "$WORK/core.cp" | grep '/javaparser-core-' | head -1)
SPARK_JARS=$(cat "$WORK/examples.cp")

if [ ! -d "$WORK/corpus" ]; then
  java bench/GenerateCorpus.java "$WORK/corpus" 420000
fi
CORE_JAR=$(ls analyzer-core/target/sparklint-core-*.jar | grep -v -e sources -e javadoc | head -1)
PARSE_CP="$WORK/classes:$JAVAPARSER:$CORE_JAR"
javac -d "$WORK/classes" -cp "$PARSE_CP" bench/ParseOnly.java
echo "corpus: $(find "$WORK/corpus" -name '*.java' | wc -l) files, $(cat $(find "$WORK/corpus" -name '*.java') | wc -l) lines"
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1), load $(cut -d' ' -f1-3 /proc/loadavg)"

# once LABEL CMD...: runs CMD once and appends its wall time and peak RSS to LABEL's runs.
once() {
  local label=$1
  shift
  /usr/bin/time -f '%e %M' -o "$WORK/time.txt" "$@" >"$WORK/out.txt" 2>"$WORK/err.txt" || true
  tail -1 "$WORK/time.txt" >>"$WORK/runs/$label"
}

# report LABEL: prints the median wall time and median peak RSS of LABEL's runs.
report() {
  local label=$1 mt mr
  mt=$(cut -d' ' -f1 "$WORK/runs/$label" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  mr=$(cut -d' ' -f2 "$WORK/runs/$label" | sort -n | awk '{a[NR]=$1} END {print int(a[int((NR+1)/2)]/1024)}')
  printf '%-34s median %7.2f s  peak RSS %5d MiB  (runs: %s)\n' "$label" "$mt" "$mr" \
    "$(cut -d' ' -f1 "$WORK/runs/$label" | tr '\n' ' ')"
  echo "$mt" >"$WORK/last.txt"
}

# measure LABEL N CMD...: runs CMD N times in a row and reports it.
measure() {
  local label=$1 n=$2
  shift 2
  rm -f "$WORK/runs/$label"
  for _ in $(seq "$n"); do
    once "$label" "$@"
  done
  report "$label"
}

rm -rf "$WORK/runs" && mkdir -p "$WORK/runs"
CORPUS="$WORK/corpus"
# The headline comparison runs alternately (parse-only, syntax-only parse, sparklint, again ...),
# so that the VM's slow and fast phases hit all three alike.
for _ in $(seq "$RUNS"); do
  once "parse-only (JavaParser, Java 21)" java $HEAP -cp "$PARSE_CP" ParseOnly "$CORPUS"
  once "parse-only (syntax only)" java $HEAP -cp "$PARSE_CP" ParseOnly "$CORPUS" --syntax-only
  once "sparklint CLI" java $HEAP -jar "$CLI_JAR" --base-dir "$CORPUS" "$CORPUS"
done
SUMMARY=$(tail -1 "$WORK/out.txt")
report "parse-only (JavaParser, Java 21)"
BASE=$(cat "$WORK/last.txt")
report "parse-only (syntax only)"
SYNTAX=$(cat "$WORK/last.txt")
report "sparklint CLI"
echo "  $SUMMARY"
echo "  ratio vs parse-only: $(echo "scale=2; $(cat "$WORK/last.txt") / $BASE" | bc)" \
  "(vs the syntax-only parse: $(echo "scale=2; $(cat "$WORK/last.txt") / $SYNTAX" | bc))"
measure "sparklint CLI --threads 1" "$RUNS" java $HEAP -jar "$CLI_JAR" --threads 1 --base-dir "$CORPUS" "$CORPUS"
rm -rf "$WORK/cache"
measure "sparklint CLI --cache (cold)" 1 java $HEAP -jar "$CLI_JAR" --cache "$WORK/cache" --base-dir "$CORPUS" "$CORPUS"
measure "sparklint CLI --cache (warm)" "$RUNS" java $HEAP -jar "$CLI_JAR" --cache "$WORK/cache" --base-dir "$CORPUS" "$CORPUS"
DEEP_RUNS=${DEEP_RUNS:-1}
measure "sparklint CLI --symbol-solver" "$DEEP_RUNS" java $HEAP -jar "$CLI_JAR" --symbol-solver \
  --classpath "$SPARK_JARS" --base-dir "$CORPUS" "$CORPUS"
echo "  $(tail -1 "$WORK/out.txt")"

# Error Prone on examples/: javac + Error Prone's own checks, with and without the sparklint checks.
EXAMPLES=$(find examples/src/main/java -name '*.java')
JFLAGS=$(sed 's/^/-J/' .mvn/jvm.config | tr '\n' ' ')
compile() {
  rm -rf "$WORK/ep-out" && mkdir -p "$WORK/ep-out"
  # shellcheck disable=SC2086
  javac $JFLAGS -d "$WORK/ep-out" -cp "$SPARK_JARS" -XDcompilePolicy=simple \
    --should-stop=ifError=FLOW "-Xplugin:ErrorProne -XepAllErrorsAsWarnings" \
    -processorpath "$1" $EXAMPLES
}
export -f compile
export WORK JFLAGS SPARK_JARS EXAMPLES
measure "javac (no Error Prone)" "$RUNS" bash -c 'rm -rf $WORK/ep-out; mkdir -p $WORK/ep-out; javac -d $WORK/ep-out -cp "$SPARK_JARS" $EXAMPLES'
# Alternating, like the headline comparison: the difference is a few percent, below the VM's noise
# between consecutive batches.
for _ in $(seq "$RUNS"); do
  once "javac + Error Prone" bash -c "compile '$(cat "$WORK/ep.cp")'"
  once "javac + Error Prone + sparklint" bash -c "compile '$EP_JAR:$(cat "$WORK/ep.cp")'"
done
report "javac + Error Prone"
EP_BASE=$(cat "$WORK/last.txt")
report "javac + Error Prone + sparklint"
echo "  sparklint checks add: $(echo "scale=1; ($(cat "$WORK/last.txt") - $EP_BASE) * 100 / $EP_BASE" | bc) %"

# Steady state: the same files parsed and analyzed repeatedly in one warm JVM, one thread.
javac -d "$WORK/classes" -cp "$PARSE_CP" bench/SteadyState.java
java $HEAP -cp "$PARSE_CP:$(cat "$WORK/core.cp")" SteadyState "$CORPUS" 5
