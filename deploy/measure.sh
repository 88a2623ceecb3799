#!/usr/bin/env bash
# Measures a published build: size on disk, time from launch to the first served request,
# resident memory (RSS) when idle, and time to stop on SIGTERM.
#   deploy/measure.sh [publish/linux-x64] [port]
set -euo pipefail
dir=${1:-publish/linux-x64}
port=${2:-18080}
data=$(mktemp -d)
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$data"' EXIT
echo "size: $(du -sh "$dir" | cut -f1) ($(du -sb "$dir" | cut -f1) bytes)"
start=$(date +%s%N)
"$dir/mocean-server" --urls "http://127.0.0.1:$port" --data-dir "$data" --rate-limit 0 >/dev/null 2>&1 &
pid=$!
until curl -sf -o /dev/null "http://127.0.0.1:$port/hello"; do
  kill -0 "$pid" 2>/dev/null || { echo "the server exited"; exit 1; }
  [ $(( ($(date +%s%N) - start) / 1000000 )) -lt 30000 ] || { echo "no answer within 30 s"; exit 1; }
  sleep 0.01
done
echo "first served request: $(( ($(date +%s%N) - start) / 1000000 )) ms after launch"
sleep 5
echo "idle RSS after 5 s: $(awk '/VmRSS/ {print int($2/1024) " MB"}' "/proc/$pid/status")"
for _ in $(seq 200); do curl -s -o /dev/null "http://127.0.0.1:$port/hello"; done
sleep 2
echo "RSS after 200 requests: $(awk '/VmRSS/ {print int($2/1024) " MB"}' "/proc/$pid/status")"
stop=$(date +%s%N)
kill -TERM "$pid"
wait "$pid" || true
echo "stopped on SIGTERM in $(( ($(date +%s%N) - stop) / 1000000 )) ms"
