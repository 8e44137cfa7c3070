#!/usr/bin/env bash
# Install test, run by the build against the materialized product:
#  1. without a display the workbench says so in one line and names the commands that work; those commands work;
#     digits soak, which needs one, says so in one line
#  2. the product (from its archive, unpacked by GNU tar) read-only (as root under /opt) works for an ordinary user:
#     Equinox falls back to ~/.eclipse, and what the user's run writes lands in the user's home
#  3. a user with no writable place gets one line saying so, from a command and from the workbench
# Run as root, the ordinary user is `nobody` (runuser); otherwise the copy is made read-only by permissions.
# With ARCHIVE, step 2 installs from the product's tar.xz, which GNU tar must unpack without a warning.
# Usage: install-test.sh PRODUCT_DIR WORK_DIR [ARCHIVE]
set -euo pipefail
product_dir="$1"
work="$2"
archive="${3:-}"
rm -rf "$work"; mkdir -p "$work"
fail() { echo "install-test: $*" >&2; exit 1; }
one_line() { [ "$(printf '%s\n' "$1" | wc -l)" -eq 1 ]; }

# --- 1. no display
set +e
out=$(env -u DISPLAY -u WAYLAND_DISPLAY "$product_dir/digits" 2>&1); code=$?
set -e
[ "$code" -ne 0 ] || fail "the workbench without a display exited with 0"
one_line "$out" || fail "without a display, expected one line, got: $out"
printf '%s' "$out" | grep -q "no display" && printf '%s' "$out" | grep -q "digits predict" \
  || fail "without a display, the message does not say so or name the commands: $out"
env -u DISPLAY -u WAYLAND_DISPLAY "$product_dir/digits" help >"$work/help.txt" 2>&1 || fail "digits help failed without a display"
grep -q "predict" "$work/help.txt" || fail "digits help without a display did not list the commands"
echo "install-test: without a display: $out"
set +e
out=$(env -u DISPLAY -u WAYLAND_DISPLAY "$product_dir/digits" soak --count 10 2>&1); code=$?
set -e
[ "$code" -ne 0 ] || fail "digits soak without a display exited with 0"
one_line "$out" && printf '%s' "$out" | grep -q "^digits soak: no display" \
  || fail "digits soak without a display must say so in one line, got: $out"
echo "install-test: digits soak without a display: $out"

# --- 2. read-only install, ordinary user
# a world-readable place (the build folder may sit in a private temp folder)
base=$(mktemp -d /tmp/digits-install.XXXXXX)
trap 'chmod -R u+w "$base" 2>/dev/null; rm -rf "$base"' EXIT
chmod 755 "$base"
install="$base/opt/digit-workbench"
mkdir -p "$base/opt"
if [ -n "$archive" ]; then # installed as a user would: the archive unpacked by GNU tar, not one warning
  tar -xJf "$archive" -C "$base/opt" 2>"$work/untar.err" || fail "tar -xJf $archive failed: $(head -n3 "$work/untar.err")"
  [ ! -s "$work/untar.err" ] || fail "tar -xJf $archive printed $(wc -l <"$work/untar.err") lines, the first: $(head -n1 "$work/untar.err")"
  [ -x "$install/digits" ] || fail "the archive has no digit-workbench/digits"
  echo "install-test: $(basename "$archive") ($(du -m "$archive" | cut -f1) MB) unpacked by $(tar --version | head -n1) without a warning"
else
  cp -a "$product_dir" "$install"
fi
chmod -R a-w "$install"
user_home="$base/home"
mkdir -p "$user_home"
if [ "$(id -u)" -eq 0 ]; then
  command -v runuser >/dev/null || fail "runuser is needed to run as an ordinary user"
  chown nobody "$user_home"
  as_user() { local home="$1"; shift; runuser -u nobody -- env -u XDG_CACHE_HOME HOME="$home" PATH="$PATH" ${JAVA_HOME:+JAVA_HOME="$JAVA_HOME"} "$@"; }
else
  as_user() { local home="$1"; shift; env -u XDG_CACHE_HOME HOME="$home" "$@"; }
fi
before=$(find "$install" | wc -l)
as_user "$user_home" "$install/digits" evaluate --pendigits --json >"$work/ro-evaluate.json" 2>"$work/ro-evaluate.err" \
  || fail "digits evaluate in a read-only install failed: $(cat "$work/ro-evaluate.err")"
grep -q '"accuracy":0\.9' "$work/ro-evaluate.json" || fail "unexpected output: $(cat "$work/ro-evaluate.json")"
[ "$(find "$install" | wc -l)" -eq "$before" ] || fail "the run wrote into the read-only product folder"
ls -d "$user_home"/.eclipse/*/configuration >/dev/null 2>&1 || fail "no per-user configuration under $user_home/.eclipse"
[ -d "$user_home/.cache/digit-workbench/javacpp" ] || fail "the native libraries were not unpacked under the user's home"
# what a user's first run leaves in their home (issue 11: at most 50 MB besides MNIST)
[ -n "$(ls "$user_home/.cache/digit-workbench/compiled-networks" 2>/dev/null)" ] \
  || fail "the verified compiled network was not kept for the next start"
echo "install-test: written in the user's home by the first run: configuration $(du -sm "$user_home/.eclipse" | cut -f1) MB," \
  "native libraries unpacked by JavaCPP $(du -sm "$user_home/.cache/digit-workbench/javacpp" | cut -f1) MB," \
  "compiled network $(du -sm "$user_home/.cache/digit-workbench/compiled-networks" | cut -f1) MB;" \
  "in all $(du -scm "$user_home/.eclipse" "$user_home/.cache" | tail -n1 | cut -f1) MB"
# the second run serves the model from the compiled network the first one kept (ND4J not started by the model):
# the command must still work and say the same
as_user "$user_home" "$install/digits" evaluate --pendigits --json >"$work/ro-evaluate-2.json" 2>"$work/ro-evaluate-2.err" \
  || fail "digits evaluate failed on the second run (compiled network kept by the first): $(cat "$work/ro-evaluate-2.err")"
cmp -s "$work/ro-evaluate.json" "$work/ro-evaluate-2.json" \
  || fail "digits evaluate said something else on the second run: $(head -c 300 "$work/ro-evaluate-2.json")"
echo "install-test: read-only install: digits evaluate --pendigits ran twice as $(as_user "$user_home" id -un) (the second time from the kept compiled network), same output, configuration in ~/.eclipse"

# --- 3. no writable place at all
locked_home="$base/locked-home"
mkdir -p "$locked_home"; chmod 555 "$locked_home"
set +e
out=$(as_user "$locked_home" "$install/digits" evaluate --pendigits 2>&1); code=$?
set -e
[ "$code" -ne 0 ] || fail "a command with no writable place exited with 0"
one_line "$out" && printf '%s' "$out" | grep -q "no writable place" || fail "a command with no writable place said: $out"
set +e
out=$(as_user "$locked_home" env DISPLAY="${DISPLAY:-:0}" "$install/digits" 2>&1); code=$?
set -e
[ "$code" -ne 0 ] || fail "the workbench with no writable place exited with 0"
one_line "$out" && printf '%s' "$out" | grep -q "no writable place" || fail "the workbench with no writable place said: $out"
echo "install-test: no writable place: $out"
echo "install-test: passed"
