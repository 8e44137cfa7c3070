#!/usr/bin/env bash
# Finds a Maven that can run Tycho 4 (>= 3.9). If the machine's Maven is older, that Maven fetches
# apache-maven 3.9.16 from Maven Central (org.apache.maven:apache-maven:3.9.16:tar.gz:bin) into the user's cache:
# no repository host is written anywhere in this project.
# Usage: source this file, then call "$DIGITS_MVN" ...

DIGITS_MAVEN_VERSION=3.9.16
DIGITS_CACHE="${DIGITS_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/digit-workbench}"

maven_version_ok() { # $1 = mvn executable
  local v
  v=$("$1" --version 2>/dev/null | sed -n 's/^Apache Maven \([0-9][0-9.]*\).*/\1/p' | head -n1)
  [ -n "$v" ] || return 1
  local major minor
  major=${v%%.*}; minor=${v#*.}; minor=${minor%%.*}
  [ "$major" -gt 3 ] || { [ "$major" -eq 3 ] && [ "$minor" -ge 9 ]; }
}

find_maven() {
  local bootstrap="$DIGITS_CACHE/apache-maven-$DIGITS_MAVEN_VERSION/bin/mvn"
  if [ -n "${DIGITS_MVN:-}" ] && maven_version_ok "$DIGITS_MVN"; then return 0; fi
  if command -v mvn >/dev/null 2>&1 && maven_version_ok mvn; then DIGITS_MVN=mvn; return 0; fi
  if [ -x "$bootstrap" ]; then DIGITS_MVN="$bootstrap"; return 0; fi
  command -v mvn >/dev/null 2>&1 || {
    echo "digits: Maven is needed to build (any version; 3.9 or newer is fetched through it). Install it, e.g. apt-get install maven" >&2
    return 1
  }
  echo "digits: $(mvn --version 2>/dev/null | head -n1 | sed 's/\x1b\[[0-9;]*m//g') is too old for Tycho; fetching Maven $DIGITS_MAVEN_VERSION from Maven Central" >&2
  local tmp; tmp=$(mktemp -d)
  # run outside the project so that this old Maven does not read our Tycho poms
  (cd "$tmp" && mvn -q -B org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
      -Dartifact=org.apache.maven:apache-maven:$DIGITS_MAVEN_VERSION:tar.gz:bin -DoutputDirectory="$tmp") >&2
  mkdir -p "$DIGITS_CACHE"
  tar -xzf "$tmp/apache-maven-$DIGITS_MAVEN_VERSION-bin.tar.gz" -C "$DIGITS_CACHE"
  rm -rf "$tmp"
  DIGITS_MVN="$bootstrap"
}
