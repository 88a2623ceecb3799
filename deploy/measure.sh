#!/usr/bin/env bash
# Measures a published build: size on disk, time from launch to the first served request (the first start,
# which also builds the sample data sets, and a second start on the same data directory), resident
# memory (RSS) when idle, and time to stop on SIGTERM. Beside each start's time, the processor time the
# server used until then (user + system): on a busy machine the wall time mostly measures the wait for
# a core, the processor time what the start itself costs.
#   deploy/measure.sh [publish/linux-x64] [port]
set -euo pipefail
dir=${1:-publish/linux-x64}
port=${2:-18080}
data=$(mktemp -d)
pid=""
trap '[ -z "$pid" ] || kill "$pid" 2>/dev/null || true; rm -rf "$data"' EXIT
echo "size: $(du -sh "$dir" | cut -f1) ($(du -sb "$dir" | cut -f1) bytes)"

start() {
  local began
  began=$(date +%s%N)
  "$dir/mocean-server" --urls "http://127.0.0.1:$port" --data-dir "$data" --rate-limit 0 >/dev/null 2>&1 &
  pid=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$port/hello"; do
    kill -0 "$pid" 2>/dev/null || { echo "the server exited"; exit 1; }
    [ $(( ($(date +%s%N) - began) / 1000000 )) -lt 120000 ] || { echo "no answer within 120 s"; exit 1; }
    sleep 0.01
  done
  local ticks
  ticks=$(awk '{print $14 + $15}' "/proc/$pid/stat")
  echo "$1: first served request $(( ($(date +%s%N) - began) / 1000000 )) ms after launch ($(( ticks * 1000 / $(getconf CLK_TCK) )) ms of processor time)"
}

stop() {
  local began
  began=$(date +%s%N)
  kill -TERM "$pid"
  wait "$pid" || true
  pid=""
  echo "stopped on SIGTERM in $(( ($(date +%s%N) - began) / 1000000 )) ms"
}

start "first start (builds the sample data sets)"
sleep 5
stop
start "second start (data sets built)"
sleep 5
echo "idle RSS after 5 s: $(awk '/VmRSS/ {print int($2/1024) " MB"}' "/proc/$pid/status")"
for _ in $(seq 200); do curl -s -o /dev/null "http://127.0.0.1:$port/hello"; done
sleep 2
echo "RSS after 200 requests: $(awk '/VmRSS/ {print int($2/1024) " MB"}' "/proc/$pid/status")"
stop
