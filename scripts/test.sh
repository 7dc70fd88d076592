#!/usr/bin/env bash
# Runs the whole test suite on a fresh machine: sets up the tools, builds, and runs every test project.
# Tests start their own Azurite (and other servers) on free loopback ports and stop them afterwards.
# The end-to-end test (tests/BridgeBot.EndToEnd.Tests) needs Chromium: when none is found, scripts/install-browser.sh
# installs Debian's (apt-get, as root or through sudo); where that is impossible it stops and says to set CHROMIUM_PATH.
# Extra arguments go to `dotnet test`, e.g.: scripts/test.sh --filter "FullyQualifiedName~Storage"
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

scripts/install-browser.sh
scripts/setup.sh
dotnet build BridgeBot.sln --configuration Release --nologo --no-restore -v quiet
dotnet test BridgeBot.sln --configuration Release --nologo --no-build \
  --logger "console;verbosity=minimal" --results-directory artifacts/test-results "$@"
