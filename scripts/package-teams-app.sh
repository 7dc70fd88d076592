#!/usr/bin/env bash
# Builds the Teams app package (manifest.json + icons) for a bot registration:
#   scripts/package-teams-app.sh <MicrosoftAppId> --domain bridgebot.example.com [--app-version 1.0.1] …
#   MicrosoftAppId=<guid> BOT_DOMAIN=bridgebot.example.com scripts/package-teams-app.sh
# Writes manifest/teams/build/bridgebot-teams.zip (git-ignored) after validating the manifest offline against the
# official schema. `scripts/package-teams-app.sh --help` lists every option.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

if ! command -v node >/dev/null 2>&1; then
  echo "error: node is not installed; packaging the Teams app needs Node.js 20 or newer (https://nodejs.org)." >&2
  exit 1
fi
if [ ! -d node_modules/@microsoft/app-manifest ]; then
  echo "Installing the Node tools (npm ci)…"
  npm ci --no-audit --no-fund --loglevel=error
fi
exec node tools/teams-app/package.js "$@"
