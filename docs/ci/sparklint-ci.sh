#!/usr/bin/env bash
# sparklint in CI, in any repository: get the CLI jar by its Maven coordinates, then check the sources
# and write sparklint.sarif for code scanning. Copy this file into your repository (the README's GitHub
# Actions workflow runs it as .github/sparklint-ci.sh); the cli-jar integration test runs it as is.
#   arguments            the paths to check (default: src)
#   SPARKLINT_VERSION    the sparklint release to use
#   SPARKLINT_NEW_SINCE  a git ref: report only findings on lines changed since it (pull requests)
#   MVN                  how to run Maven (default: mvn -B -ntp)
# A sparklint-baseline.json in the current directory is applied when present. Exit code: the CLI's
# (0 no new finding at or above --fail-on, 1 new findings, 2 usage or configuration error).
set -euo pipefail
SPARKLINT_VERSION="${SPARKLINT_VERSION:-0.1.0-SNAPSHOT}"
MVN="${MVN:-mvn -B -ntp}"

$MVN org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
  "-Dartifact=io.github.sparklint:sparklint-cli:${SPARKLINT_VERSION}:jar:all" \
  -DoutputDirectory=.sparklint -Dmdep.stripVersion=true

args=(--format sarif --output sparklint.sarif)
if [ -f sparklint-baseline.json ]; then
  args+=(--baseline sparklint-baseline.json)
fi
if [ -n "${SPARKLINT_NEW_SINCE:-}" ]; then
  args+=(--new-since "$SPARKLINT_NEW_SINCE")
fi
if [ "$#" -eq 0 ]; then
  set -- src
fi
exec java -jar .sparklint/sparklint-cli-all.jar "${args[@]}" "$@"
