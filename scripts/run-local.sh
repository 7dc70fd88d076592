#!/usr/bin/env bash
# Runs BridgeBot on this machine: Azurite (table storage, data kept in .data/azurite), the bot with
# authentication off on http://127.0.0.1:3978, and Microsoft's Agents Playground (a Teams client emulator) on
# http://127.0.0.1:56150, signed in as Ana Product (see .m365agentsplayground.yml). Ctrl+C stops all three.
# Ports: BOT_PORT (3978), AZURITE_PORT (10002), PLAYGROUND_PORT (56150).
# Sign in as someone else: PLAYGROUND_USER=ben (or carol) — configs in tools/playground/.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

scripts/setup.sh

bot_port="${BOT_PORT:-3978}"
azurite_port="${AZURITE_PORT:-10002}"
playground_port="${PLAYGROUND_PORT:-56150}"
playground_user="${PLAYGROUND_USER:-ana}"
case "$playground_user" in
  ana) playground_config="$root/.m365agentsplayground.yml" ;;
  ben|carol) playground_config="$root/tools/playground/$playground_user.yml" ;;
  *) echo "error: PLAYGROUND_USER must be ana, ben or carol" >&2; exit 1 ;;
esac
dev_key="Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="

port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
for port in "$bot_port" "$azurite_port" "$playground_port"; do
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
export Web__PublicBaseUrl="http://127.0.0.1:$bot_port/"
export Storage__ConnectionString="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=$dev_key;TableEndpoint=http://127.0.0.1:$azurite_port/devstoreaccount1"

dotnet build src/BridgeBot.Host --nologo -v quiet
dotnet run --project src/BridgeBot.Host --no-build --no-launch-profile --urls "http://127.0.0.1:$bot_port" &
pids+=($!)
for _ in $(seq 1 200); do port_busy "$bot_port" && break; sleep 0.1; done
port_busy "$bot_port" || { echo "error: the bot did not start on port $bot_port" >&2; exit 1; }

# The playground listens on every interface and phones home for telemetry; the preload keeps it on loopback.
mkdir -p .data/playground
(
  cd .data/playground
  M365_AGENTS_PLAYGROUND_CONFIG_PATH="$playground_config" \
  M365_AGENTS_PLAYGROUND_LOGFILE="$root/.data/playground/playground.log" \
  TEAMSAPPTESTER_BROWSER=none APPLICATION_INSIGHTS_NO_STATSBEAT=true NO_PROXY=127.0.0.1,localhost \
  exec node --require "$root/tools/playground/loopback-only.js" "$root/node_modules/@microsoft/m365agentsplayground/cli.js" \
    --app-endpoint "http://127.0.0.1:$bot_port/api/messages" --channel-id msteams --port "$playground_port" \
    --service-url "http://127.0.0.1:$playground_port/_connector" --disable-telemetry >/dev/null
) &
pids+=($!)
for _ in $(seq 1 300); do port_busy "$playground_port" && break; sleep 0.1; done
port_busy "$playground_port" || { echo "error: the Agents Playground did not start on port $playground_port" >&2; exit 1; }

cat <<INFO

BridgeBot is running (authentication off, local use only).
  Teams client: http://127.0.0.1:$playground_port   <- open this (Agents Playground, signed in as $playground_user)
  Bot:          http://127.0.0.1:$bot_port/api/messages   (health: /healthz, readiness: /readyz)
  Storage:      Azurite on 127.0.0.1:$azurite_port, data in .data/azurite

Try, in the "Release Team - Release Planning" channel: @BridgeBot open   (a form opens)
or in "Personal Chat": help
To play the other manager, stop (Ctrl+C) and run: PLAYGROUND_USER=ben $0
Press Ctrl+C to stop.
INFO
wait -n "${pids[@]}"
