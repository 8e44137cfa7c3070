#!/usr/bin/env bash
# Drift guard: the materialized product must hold exactly the bundles listed in bundles.txt (name_version; our own
# bundles' build qualifier is written as "qualifier"), and never two versions of one bundle.
# Usage: check-bundles.sh PRODUCT_DIR EXPECTED_LIST   (UPDATE=1 rewrites the list instead)
set -euo pipefail
product_dir="$1"
expected="$2"
[ -d "$product_dir/plugins" ] || { echo "check-bundles: no plugins folder in $product_dir" >&2; exit 1; }
actual=$(ls "$product_dir/plugins" | sed -E 's/\.jar$//' \
  | sed -E 's/^(org\.digitworkbench\.[a-z.]+)_([0-9]+\.[0-9]+\.[0-9]+)\..*$/\1_\2.qualifier/' | LC_ALL=C sort)
duplicates=$(echo "$actual" | sed -E 's/_[0-9].*$//' | uniq -d)
if [ -n "$duplicates" ]; then
  echo "check-bundles: more than one version of: $duplicates" >&2
  exit 1
fi
if [ "${UPDATE:-0}" = 1 ]; then
  echo "$actual" > "$expected"
  echo "check-bundles: wrote $(echo "$actual" | wc -l) bundles to $expected"
  exit 0
fi
if ! diff_out=$(diff <(LC_ALL=C sort "$expected") <(echo "$actual")); then
  echo "check-bundles: the product's bundles differ from $expected (< expected, > built):" >&2
  echo "$diff_out" >&2
  echo "If the change is intended, run: UPDATE=1 bash $0 $product_dir $expected" >&2
  exit 1
fi
echo "check-bundles: $(echo "$actual" | wc -l) bundles, as listed in $(basename "$expected")"
