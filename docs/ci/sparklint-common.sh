# Shared by the sparklint CI recipes (sparklint-ci.sh, sparklint-pre-commit.sh): sourced, not run.
# Keep it next to them when you copy them into your repository.
#   SPARKLINT_VERSION  the sparklint release to use (default: 0.1.0-SNAPSHOT)
#   SPARKLINT_JAR      a sparklint CLI jar you already have: used as is, Maven is not run
#   MVN                how to run Maven (default: mvn -B -ntp)

# Sets SPARKLINT_JAR: unless given, gets the CLI jar by its Maven coordinates into
# .sparklint/sparklint-cli-all.jar (as the README's "Use it from another project" does).
sparklint_jar() {
  if [ -n "${SPARKLINT_JAR:-}" ]; then
    return 0
  fi
  ${MVN:-mvn -B -ntp} org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
    "-Dartifact=io.github.sparklint:sparklint-cli:${SPARKLINT_VERSION:-0.1.0-SNAPSHOT}:jar:all" \
    -DoutputDirectory=.sparklint -Dmdep.stripVersion=true
  SPARKLINT_JAR=.sparklint/sparklint-cli-all.jar
}

# Appends the gate's options to the array sparklint_args: the baseline sparklint-baseline.json
# when the current directory has one, and --new-since when SPARKLINT_NEW_SINCE names a git ref.
sparklint_gate_args() {
  if [ -f sparklint-baseline.json ]; then
    sparklint_args+=(--baseline sparklint-baseline.json)
  fi
  if [ -n "${SPARKLINT_NEW_SINCE:-}" ]; then
    sparklint_args+=(--new-since "$SPARKLINT_NEW_SINCE")
  fi
}
