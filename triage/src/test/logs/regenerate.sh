#!/usr/bin/env bash
# Runs every failing Spark job of triage/src/test/java/jobs once (forked JVM, -Xmx512m, local mode,
# Spark's own log4j2 console layout, event log on) and stores its real driver log and event log
# under triage/src/test/resources/logs/<case>/. Nothing in those files is written by hand.
set -euo pipefail
cd "$(dirname "$0")/../../../.."
mvn -B -ntp -o -q test -pl triage -am -Dinvoker.skip=true -Dtest=RegenerateLogs \
  -Dsurefire.failIfNoSpecifiedTests=false -Dsparklint.regenerateLogs=true "$@"
