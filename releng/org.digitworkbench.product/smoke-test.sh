#!/usr/bin/env bash
# Product smoke test, run by the build after the product is materialized (needs an X display, e.g. xvfb-run).
#  1. start the product with a fresh workspace; wait for its "window open" log line (start-up time is printed)
#  2. draw two strokes with real X mouse events (xdotool); Ctrl+Z, Esc, Ctrl+Z (keys bound by the Draw view's
#     fragment); maximize the Draw view (double-click its tab), Ctrl+Q
#  3. the exit code is 0, the log has no error, and the layout (maximized) and the first stroke alone were saved
#  4. start again: the saved workbench loads without error; Window > Reset Layout and Help > About (keyboard); Ctrl+Q
#  5. the saved layout is the default again and the drawing survived the reset
#  6. digits evaluate --model MISSING prints one line (what is wrong, what to do), no trace, and exits non-zero
#  7. digits soak --count 500 drives live predictions through the real views with X mouse events, without error
# Usage: smoke-test.sh PRODUCT_DIR WORK_DIR
set -euo pipefail
product_dir="$1"
work="$2"
rm -rf "$work"; mkdir -p "$work"
tag=smoke-test
# a cache of its own: the first start loads the model the long way and keeps its compiled network, the second
# must then answer without starting ND4J
export XDG_CACHE_HOME="$work/cache"
fail_with_log() { echo "$tag: $2:" >&2; cat "$1" >&2; exit 1; }
source "$(dirname "${BASH_SOURCE[0]}")/product-session.sh"
require_display

run_product() { # $1 = log file; starts the product in the background, sets $pid
  start_product "$product_dir" "$1" -data "$work/workspace"
}

quit_and_check() { # $1 = log file
  quit_product "$1"
  if log_errors "$1"; then
    echo "smoke-test: errors in the product log above ($1)" >&2; return 1
  fi
}

startup_figures() { # LOG: the window's and the model's start-up lines of the product's log
  grep -o "window open [0-9]* ms after JVM start ([^)]*)" "$1" | sed "s/^/smoke-test: $2, /"
  grep -o "Model [^ ]* ready [0-9]* ms after JVM start ([^)]*)" "$1" | sed "s/^/smoke-test: $2, /" \
    || echo "smoke-test: $2, the model was not ready before Ctrl+Q"
}

log1="$work/first-start.log"
run_product "$log1"
wait_for_window "$log1"
draw_stroke
# the Draw view's keys come from its bundle's model fragment: a second stroke, Ctrl+Z (undo), Esc (clear), Ctrl+Z
# (the clear undone) must leave exactly the first stroke
xdotool mousemove --sync $((X + WIDTH / 6)) $((Y + HEIGHT / 2)) mousedown 1 \
  mousemove --sync $((X + WIDTH / 3)) $((Y + HEIGHT / 2)) mouseup 1
sleep 0.3
xdotool key --clearmodifiers ctrl+z; sleep 0.2
xdotool key Escape; sleep 0.2
xdotool key --clearmodifiers ctrl+z
sleep 0.5
command -v import >/dev/null && import -window root "$work/screenshot.png" 2>/dev/null || true
# the Draw view's tab is the first one, at the top left under the menu bar
xdotool mousemove --sync $((X + 20)) $((Y + 40)) click --repeat 2 --delay 80 1
sleep 0.5
command -v import >/dev/null && import -window root "$work/maximized.png" 2>/dev/null || true
quit_and_check "$log1"
startup_figures "$log1" "first start" # the model's line may come after the window's
saved="$work/workspace/.metadata/.plugins/org.eclipse.e4.workbench/workbench.xmi"
[ -f "$saved" ] || { echo "smoke-test: the layout was not saved ($saved missing)" >&2; exit 1; }
grep -q 'key="strokes" value="[0-9]' "$saved" || { echo "smoke-test: the drawn stroke was not saved with the layout" >&2; exit 1; }
if grep -q 'key="strokes" value="[^"]*;' "$saved"; then
  echo "smoke-test: two strokes saved: Ctrl+Z / Esc on the Draw view did not act (key bindings of its fragment)" >&2; exit 1
fi
echo "smoke-test: Ctrl+Z, Esc, Ctrl+Z on the Draw view left the first stroke"
grep -q '<tags>Maximized</tags>' "$saved" || { echo "smoke-test: the maximized Draw view was not saved with the layout" >&2; exit 1; }
echo "smoke-test: layout (Draw maximized) and drawing saved"

log2="$work/second-start.log"
run_product "$log2"
wait_for_window "$log2"
xdotool key --clearmodifiers alt+w
sleep 0.3
xdotool key r
sleep 1
command -v import >/dev/null && import -window root "$work/after-reset.png" 2>/dev/null || true
# Help > About shows the version, Java and OS
xdotool key --clearmodifiers alt+h
sleep 0.3
xdotool key a
about=$(timeout 10 xdotool search --sync --onlyvisible --limit 1 --name '^About Digit Workbench') \
  || { echo "smoke-test: Help > About did not open its dialog" >&2; exit 1; }
command -v import >/dev/null && import -window root "$work/about.png" 2>/dev/null || true
xdotool key Escape
sleep 0.5
echo "smoke-test: About dialog shown"
quit_and_check "$log2"
startup_figures "$log2" "second start (saved layout)"
grep -q "Model [^ ]* ready [0-9]* ms after JVM start (ND4J start" "$log1" \
  || { echo "smoke-test: the first start did not load the model the long way (ND4J)" >&2; exit 1; }
grep -q "Model [^ ]* ready [0-9]* ms after JVM start (compiled network verified earlier.*ND4J not started)" "$log2" \
  || { echo "smoke-test: the second start did not serve the compiled network kept by the first" >&2; exit 1; }
echo "smoke-test: the second start answered from the compiled network the first one kept, without starting ND4J"
if grep -q '<tags>Maximized</tags>' "$saved"; then echo "smoke-test: Reset Layout did not restore the default layout" >&2; exit 1; fi
grep -q 'key="strokes" value="[0-9]' "$saved" || { echo "smoke-test: the drawing was lost by Reset Layout" >&2; exit 1; }
echo "smoke-test: Reset Layout restored the default layout and kept the drawing"

# the command fails at once while the shipped model still loads in the background, and the framework stops under
# that load: a trace appeared in some runs only, so several runs
missing="$work/missing-model.zip"
runs=8
for i in $(seq 1 $runs); do
  code=0
  "$product_dir/digits" evaluate --model "$missing" >"$work/evaluate-missing.log" 2>&1 || code=$?
  if [ "$code" -eq 0 ] || [ "$(wc -l <"$work/evaluate-missing.log")" -ne 1 ] \
      || ! grep -q "^digits evaluate: $missing: no such model file; give " "$work/evaluate-missing.log"; then
    echo "smoke-test: digits evaluate --model MISSING (run $i) must print one line and exit non-zero;" \
      "exit code $code, output:" >&2
    cat "$work/evaluate-missing.log" >&2
    exit 1
  fi
done
echo "smoke-test: digits evaluate --model MISSING: one line, exit code 1, no trace ($runs runs)"

# a short soak: the real views in the product, live predictions made by X mouse events, no error (figures printed)
"$product_dir/digits" soak --count 500 >"$work/soak.txt" 2>&1 \
  || { echo "smoke-test: digits soak --count 500 failed:" >&2; cat "$work/soak.txt" >&2; exit 1; }
sed 's/^/smoke-test: soak: /' "$work/soak.txt"
echo "smoke-test: passed"
