#!/usr/bin/env bash
# Runs BridgeBot on this machine: Azurite (table storage, data kept in .data/azurite) and the bot with
# authentication off on http://127.0.0.1:3978. Ctrl+C stops both.
# Ports: BOT_PORT (default 3978), AZURITE_PORT (default 10002).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

scripts/setup.sh

bot_port="${BOT_PORT:-3978}"
azurite_port="${AZURITE_PORT:-10002}"
dev_key="Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="

port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
for port in "$bot_port" "$azurite_port"; do
  if port_busy "$port"; then
    echo "error: port $port is in use. Stop what uses it, or pick other ports: BOT_PORT=… AZURITE_PORT=… $0" >&2
    exit 1
  fi
done

pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
}
trap cleanup EXIT INT TERM

mkdir -p .data/azurite
node_modules/.bin/azurite-table --location .data/azurite --tableHost 127.0.0.1 --tablePort "$azurite_port" \
  --disableTelemetry --skipApiVersionCheck --disableProductStyleUrl --silent &
pids+=($!)
for _ in $(seq 1 100); do port_busy "$azurite_port" && break; sleep 0.1; done
port_busy "$azurite_port" || { echo "error: Azurite did not start on port $azurite_port" >&2; exit 1; }

export ASPNETCORE_ENVIRONMENT=Development
export Storage__ConnectionString="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=$dev_key;TableEndpoint=http://127.0.0.1:$azurite_port/devstoreaccount1"

dotnet build src/BridgeBot.Host --nologo -v quiet
dotnet run --project src/BridgeBot.Host --no-build --no-launch-profile --urls "http://127.0.0.1:$bot_port" &
pids+=($!)
for _ in $(seq 1 200); do port_busy "$bot_port" && break; sleep 0.1; done

cat <<INFO

BridgeBot is running (authentication off, local use only).
  Bot:      http://127.0.0.1:$bot_port   (health: /healthz, readiness: /readyz)
  Storage:  Azurite on 127.0.0.1:$azurite_port, data in .data/azurite
Press Ctrl+C to stop.
INFO
wait -n "${pids[@]}"
