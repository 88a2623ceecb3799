#!/usr/bin/env bash
# Measures /hello throughput with wrk in three logging situations, to show that logging never slows
# requests: (1) no per-request log lines, (2) one line per request to standard output,
# (3) one line per request to an output nobody reads (a stuck terminal or journal): lines are then
# dropped and counted by /status instead of making requests wait.
#   deploy/measure-logging.sh [SERVER-COMMAND...]   default: the Release build with dotnet
set -euo pipefail
cd "$(dirname "$0")/.."
server=("$@")
[ "${#server[@]}" -gt 0 ] || server=(dotnet src/Mocean.Server/bin/Release/net10.0/mocean-server.dll)
port=18181
work=$(mktemp -d)
pid=""
cleanup() { [ -z "$pid" ] || kill "$pid" 2>/dev/null || true; exec 3>&- 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

run() {
  local label=$1 output=$2; shift 2
  until ! curl -s -o /dev/null "http://127.0.0.1:$port/hello"; do sleep 0.2; done
  "${server[@]}" --urls "http://127.0.0.1:$port" --data-dir "$work/data" --rate-limit 0 "$@" >"$output" &
  pid=$!
  until curl -s -o /dev/null "http://127.0.0.1:$port/hello"; do sleep 0.1; done
  wrk -t2 -c32 -d3s "http://127.0.0.1:$port/hello" >/dev/null   # warm-up
  local rps
  rps=$(wrk -t2 -c32 -d5s "http://127.0.0.1:$port/hello" | awk '/Requests\/sec/ {print $2}')
  echo "$label: $rps requests/s; $(curl -s "http://127.0.0.1:$port/status" | grep 'log lines dropped')"
  kill "$pid"; wait "$pid" 2>/dev/null || true; pid=""
}

run "no request lines                " /dev/null --log-level Warning
run "a line per request              " /dev/null --log-requests true
mkfifo "$work/stuck"
exec 3<>"$work/stuck"   # opened, never read: the pipe fills after 64 KiB and stays full
run "a line per request, output stuck" "$work/stuck" --log-requests true
