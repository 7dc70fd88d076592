#!/usr/bin/env bash
# Makes a fresh clone ready: checks the .NET SDK and Node.js, installs the pinned Node tools
# (npm ci, only when package-lock.json changed since the last install) and restores NuGet packages.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

need() {
  if ! command -v "$1" >/dev/null 2>&1; then
    echo "error: $1 is not installed. BridgeBot needs $2." >&2
    exit 1
  fi
}
need dotnet ".NET SDK 10 (https://dotnet.microsoft.com/download)"
need node "Node.js 20 or newer (https://nodejs.org)"
need npm "npm (comes with Node.js)"

node_major="$(node -p 'process.versions.node.split(".")[0]')"
if [ "$node_major" -lt 20 ]; then
  echo "error: Node.js $(node --version) is too old; BridgeBot's tools need Node.js 20 or newer." >&2
  exit 1
fi

stamp="node_modules/.bridgebot-lock.sha256"
lock_hash="$(sha256sum package-lock.json | cut -d' ' -f1)"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$lock_hash" ]; then
  echo "Installing the Node tools (npm ci)…"
  npm ci --no-audit --no-fund --loglevel=error
  echo "$lock_hash" > "$stamp"
fi

dotnet restore BridgeBot.sln --nologo -v quiet
