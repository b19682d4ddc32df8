#!/usr/bin/env bash
# Joins several labelled corpora (the generator's output) into one folder for train-classifier / train-risk:
# every submission is linked under a prefixed id (G-S001), since ids repeat across corpora, and each
# <id>.truth.json beside a zip is rewritten with the prefixed submission_id. Folder submissions are linked whole.
# A submission already linked under the same prefixed id is kept (subsets of one corpus may overlap).
#   scripts/link-corpora.sh OUT PREFIX=DIR [PREFIX=DIR ...]
set -euo pipefail
[ $# -ge 2 ] || { echo "usage: $0 OUT PREFIX=DIR [PREFIX=DIR ...]" >&2; exit 2; }
out=$1; shift
mkdir -p "$out"
for pair in "$@"; do
  prefix=${pair%%=*}; src=${pair#*=}
  [ -d "$src" ] || { echo "not a folder: $src" >&2; exit 2; }
  for entry in "$src"/*; do
    name=$(basename "$entry")
    case $name in
      *.truth.json)
        id=${name%.truth.json}
        [ -e "$src/$id.zip" ] && [ ! -e "$out/$prefix-$id.zip" ] || continue
        ln -s "$(readlink -f "$src/$id.zip")" "$out/$prefix-$id.zip"
        python3 - "$entry" "$prefix-$id" "$out/$prefix-$id.truth.json" <<'PY'
import json, sys
truth = json.load(open(sys.argv[1], encoding="utf-8"))
truth["submission_id"] = sys.argv[2]
json.dump(truth, open(sys.argv[3], "w", encoding="utf-8"), ensure_ascii=False)
PY
        ;;
      *.zip) ;;
      *) if [ -f "$entry/truth.json" ] && [ ! -e "$out/$prefix-$name" ]; then ln -s "$(readlink -f "$entry")" "$out/$prefix-$name"; fi ;;
    esac
  done
done
echo "$(find "$out" -maxdepth 1 \( -name '*.zip' -o -type l ! -name '*.zip' \) | wc -l) submissions in $out"
