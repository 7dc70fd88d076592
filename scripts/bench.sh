#!/usr/bin/env bash
# The benchmarks (bench/README.md): starts the host with Azurite and loopback fakes, measures every scenario against a
# bare ASP.NET Core endpoint in the same run, and writes artifacts/bench/report.md. Takes about seven minutes.
# `scripts/bench.sh --quick` runs a tiny load (what the smoke test in tests/BridgeBot.Bench.Tests runs).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
scripts/setup.sh
dotnet run -c Release --project bench/BridgeBot.Bench -- "$@"
