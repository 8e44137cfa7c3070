# Sourced by smoke-test.sh and modularity-test.sh: start the built workbench under the test display, wait for its
# window, draw with real X mouse events, quit with Ctrl+Q, find errors in its log.
# The caller sets $tag (the prefix of its messages) and defines fail_with_log LOG MESSAGE (how it reports a failure).

export GDK_BACKEND=x11

# errors in a product log: severity-error entries, stack traces, java.util.logging errors, DL4J's own logging (it
# must go through ILog), classes or parts the workbench could not create
log_error_pattern='^!ENTRY [^ ]+ 4 |Exception|[A-Za-z]Error([: ]|$)|SEVERE|^SLF4J|Unable to create|Could not create|[Dd]angling'

require_display() {
  [ -n "${DISPLAY:-}" ] || { echo "$tag: no DISPLAY; run the tests under xvfb-run (see README)" >&2; exit 1; }
  command -v xdotool >/dev/null || { echo "$tag: xdotool is needed (apt-get install xdotool)" >&2; exit 1; }
}

start_product() { # PRODUCT_DIR LOG ARGS...: starts the workbench in the background with -consoleLog, sets $pid
  local dir="$1" log="$2"
  shift 2
  : >"$log" # there before the first look at it
  "$dir/digits" -consoleLog "$@" >"$log" 2>&1 &
  pid=$!
}

wait_for_window() { # LOG
  for _ in $(seq 1 600); do
    if grep -q "window open" "$1"; then return 0; fi
    if ! kill -0 "$pid" 2>/dev/null; then fail_with_log "$1" "the product exited before showing its window"; fi
    sleep 0.1
  done
  kill "$pid"
  fail_with_log "$1" "no window after 60 s"
}

# SWT on GTK pads every window title with one space
window_id() { xdotool search --sync --onlyvisible --limit 1 --name '^Digit Workbench ?$'; }

draw_stroke() { # a stroke across the middle of the Draw view (left part of the window, upper half); sets X Y WIDTH HEIGHT
  local wid x0 y0 x1 y1 i
  wid=$(window_id)
  eval "$(xdotool getwindowgeometry --shell "$wid")"
  x0=$((X + WIDTH / 6)); y0=$((Y + HEIGHT / 3)); x1=$((X + WIDTH / 3)); y1=$((Y + HEIGHT / 2))
  xdotool mousemove --sync "$x0" "$y0" mousedown 1
  for i in 1 2 3 4 5 6 7 8; do xdotool mousemove --sync $((x0 + (x1 - x0) * i / 8)) $((y0 + (y1 - y0) * i / 8)); done
  xdotool mouseup 1
}

quit_product() { # LOG: Ctrl+Q closes the workbench, which exits with 0
  local wid code=0
  wid=$(window_id)
  xdotool windowfocus --sync "$wid" 2>/dev/null || true
  xdotool key --clearmodifiers ctrl+q
  for _ in $(seq 1 300); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  if kill -0 "$pid" 2>/dev/null; then kill "$pid"; fail_with_log "$1" "Ctrl+Q did not close the product"; fi
  wait "$pid" || code=$?
  [ "$code" -eq 0 ] || fail_with_log "$1" "exit code $code"
}

log_errors() { # LOG: prints the error lines with their line numbers; false when there are none
  grep -nE "$log_error_pattern" "$1"
}
