#!/usr/bin/env bash
# sparklint as a git pre-commit hook: checks the Java files it is given (pre-commit passes the
# staged ones; see .pre-commit-hooks.yaml at the root of the sparklint repository) and fails the
# commit on findings at or above the gate's severity (--fail-on, else failOn: in sparklint.yaml,
# else warning). Run from the repository's root; the files are analyzed on their own, so a helper
# method in a file that is not staged is not followed (the CI check sees the whole project).
#   arguments            the files to check; none: nothing to do
#   SPARKLINT_NEW_SINCE  a git ref, e.g. HEAD: only findings on lines changed since it
#   SPARKLINT_VERSION, SPARKLINT_JAR, MVN: which CLI jar and how to get it (sparklint-common.sh);
#   set SPARKLINT_JAR to a jar you keep to skip Maven on each commit
# A sparklint-baseline.json in the repository's root is applied when present. Exit code: the CLI's.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/sparklint-common.sh"

if [ "$#" -eq 0 ]; then
  exit 0
fi
MVN="${MVN:-mvn -B -ntp -q}"
sparklint_jar
sparklint_args=(--quiet)
sparklint_gate_args
exec java -jar "$SPARKLINT_JAR" "${sparklint_args[@]}" -- "$@"
