#!/usr/bin/env bash
# Recreates a labeled precision/recall corpus outside the repository.
#
#   bench/precision/fetch-corpus.sh [DEST [CORPUS_TSV]]
#
# CORPUS_TSV defaults to bench/precision/corpus.tsv (the tuning sample) and DEST to /work/corpus/fresh; for the
# held-out sample: bench/precision/fetch-corpus.sh /work/corpus/holdout bench/precision/holdout/corpus.tsv
#
# For every project in the corpus list the repository is cloned from GitHub (blobless, no checkout), the pinned
# commit is fetched, and each listed file is written to DEST/<project>/<path> with `git show <commit>:<path>`,
# so the line numbers in the labels refer to exactly these bytes.
#
# Set MIRROR_ROOT to a directory holding bare mirrors named <owner>+<name>/repo (this is how the corpus was
# made on the labeling machine: MIRROR_ROOT=/work/.mirror); a mirror is used instead of cloning when it has
# the commit. Without MIRROR_ROOT (the normal case) everything comes from https://github.com.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
dest="${1:-/work/corpus/fresh}"
tsv="${2:-$here/corpus.tsv}"
[[ -f "$tsv" ]] || { echo "no corpus list: $tsv" >&2; exit 2; }
work="${WORK_DIR:-$(mktemp -d)}"
mkdir -p "$dest"

git_dir_for() { # repo commit -> prints a git dir that has the commit
  local repo="$1" commit="$2" m
  if [[ -n "${MIRROR_ROOT:-}" ]]; then
    m="$MIRROR_ROOT/${repo/\//+}/repo"
    if [[ -d "$m" ]] && git -C "$m" cat-file -e "$commit^{commit}" 2>/dev/null; then
      echo "$m"; return
    fi
  fi
  local d="$work/${repo/\//+}.git"
  if [[ ! -d "$d" ]]; then
    git clone --quiet --bare --filter=blob:none "https://github.com/$repo.git" "$d" >&2
  fi
  if ! git -C "$d" cat-file -e "$commit^{commit}" 2>/dev/null; then
    git -C "$d" fetch --quiet --filter=blob:none origin "$commit" >&2
  fi
  echo "$d"
}

declare -A gitdirs=()
n=0
while IFS=$'\t' read -r project repo commit path; do
  [[ "$project" == "project" ]] && continue
  key="$repo@$commit"
  if [[ -z "${gitdirs[$key]:-}" ]]; then
    gitdirs[$key]="$(git_dir_for "$repo" "$commit")"
    echo "$project: $repo @ $commit (${gitdirs[$key]})" >&2
  fi
  out="$dest/$project/$path"
  mkdir -p "$(dirname "$out")"
  git -C "${gitdirs[$key]}" show "$commit:$path" > "$out"
  n=$((n + 1))
done < "$tsv"
echo "wrote $n files under $dest" >&2
