#!/usr/bin/env bash
# Installs Debian's Chromium for the Playwright-driven Agents Playground tests (playwright-core never downloads a
# browser of its own here). Idempotent: does nothing when Chromium is already installed. Prints its version.
# Needs root (or sudo) on Debian/Ubuntu; elsewhere set CHROMIUM_PATH to a Chromium or Chrome binary instead.
# --check: install nothing; exit 1 with the command to run when no Chromium is found (scripts/test.sh uses it).
set -euo pipefail

find_chromium() {
  if [ -n "${CHROMIUM_PATH:-}" ] && [ -x "$CHROMIUM_PATH" ]; then echo "$CHROMIUM_PATH"; return 0; fi
  command -v chromium || command -v chromium-browser || return 1
}

if [ "${1:-}" = "--check" ]; then
  if ! find_chromium >/dev/null; then
    echo "error: no Chromium found; the end-to-end test drives the Agents Playground in it." >&2
    echo "Install it with: scripts/install-browser.sh   (apt-get: needs root or sudo), or set CHROMIUM_PATH to a Chromium or Chrome binary." >&2
    exit 1
  fi
  exit 0
fi

if ! browser="$(find_chromium)"; then
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "error: no Chromium found and no apt-get to install it; set CHROMIUM_PATH to a Chromium binary." >&2
    exit 1
  fi
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "Installing Chromium (apt-get)…"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null
  browser="$(find_chromium)"
fi

"$browser" --version
