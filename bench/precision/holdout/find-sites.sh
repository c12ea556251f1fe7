#!/usr/bin/env bash
# Lists the candidate call sites of the held-out sample by text search (not by sparklint): every line of a
# corpus file that calls a collecting, take-like, toLocalIterator or broadcast API. Each printed line was
# either labeled (labels.tsv) or excluded with a reason (excluded.tsv); calls of project methods that collect
# their parameter were found by reading those methods and added to labels.tsv by hand.
#
#   bench/precision/holdout/find-sites.sh [CORPUS_ROOT]     # defaults to /work/corpus/holdout
set -euo pipefail
root="${1:-/work/corpus/holdout}"
re='\.(collect|collectAsList|collectAsMap|countByKey|countByValue|toLocalIterator)\(\s*\)'
re+='|::(collect|collectAsList|collectAsMap|countByKey|countByValue|toLocalIterator|take|head|show)\b'
re+='|\.(take|head|takeAsList|tail|takeOrdered|top|takeSample|show)\(\s*[^) ]'
re+='|\bbroadcast\(|\.hint\(|/\*\+|BROADCAST|MAPJOIN'
cd "$root" && grep -rnE "$re" --include=*.java . | sed 's|^\./||'
