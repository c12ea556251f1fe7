#!/usr/bin/env bash
# sparklint in CI, in any repository: get the CLI jar by its Maven coordinates, then check the sources
# and write a report: SARIF for GitHub code scanning and Jenkins' Warnings NG, GitLab's Code Quality
# JSON. Copy this file and sparklint-common.sh into one directory of your repository (the README's
# GitHub Actions workflow runs it as .github/sparklint-ci.sh; docs/ci/gitlab-ci.yml and
# docs/ci/Jenkinsfile run it too); the cli-jar integration test and CiRecipesIT run it as is.
#   arguments            the paths to check (default: src)
#   SPARKLINT_FORMAT     the report's format (default: sarif; codequality for GitLab)
#   SPARKLINT_REPORT     the report's file (default: sparklint.sarif)
#   SPARKLINT_NEW_SINCE  a git ref: report only findings on lines changed since it (pull requests)
#   SPARKLINT_VERSION, SPARKLINT_JAR, MVN: which CLI jar and how to get it (sparklint-common.sh)
# A sparklint-baseline.json in the current directory is applied when present. Exit code: the CLI's
# (0 no new finding at or above --fail-on, 1 new findings, 2 usage or configuration error).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/sparklint-common.sh"

sparklint_jar
sparklint_args=(--format "${SPARKLINT_FORMAT:-sarif}" --output "${SPARKLINT_REPORT:-sparklint.sarif}")
sparklint_gate_args
if [ "$#" -eq 0 ]; then
  set -- src
fi
exec java -jar "$SPARKLINT_JAR" "${sparklint_args[@]}" "$@"
