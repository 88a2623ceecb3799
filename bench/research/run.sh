#!/usr/bin/env bash
# Research data service benchmark (not a test): ingest of a synthesised month at 1 Hz, one profile's
# /api/sensors, tabledap CSV and .nc of the month, an hourly orderByMean over it, relative (now-1day,
# max(time)-1day) against fixed times. Prints figures only.
# The machine may be shared: figures are rough.
set -euo pipefail
cd "$(dirname "$0")/../.."
work=$(mktemp -d)
port=${PORT:-18480}
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT
dotnet build src/Mocean.Server -c Release -v quiet -nologo >/dev/null
bin=src/Mocean.Server/bin/Release/net10.0
echo "build output: $(du -sh "$bin" | cut -f1) in $bin"
/usr/bin/python3 bench/research/synth_month.py "$work/month.csv"
echo "== ingest (data add, no server running)"
/usr/bin/time -f "wall %e s, max RSS %M KB" dotnet "$bin/mocean-server.dll" data add "$work/month.csv" --id month_1hz --data-dir "$work/data" 2>&1 | tr '\r' '\n' | tail -3
timeout 600 dotnet "$bin/mocean-server.dll" --urls "http://127.0.0.1:$port" --data-dir "$work/data" >/dev/null 2>&1 &
pid=$!
base="http://127.0.0.1:$port"
until curl -fs "$base/hello" >/dev/null; do sleep 0.2; done
echo "== /api/sensors, one profile (2022-01-05 #9, ascent start to descent start), 300 requests on one connection"
/usr/bin/python3 - "$base" <<'PY'
import sys, time, statistics, requests
s = requests.Session()
url = sys.argv[1] + "/api/sensors?start=2022-01-05%2020:37:00&stop=2022-01-05%2021:50:00"
s.get(url)
t = []
for _ in range(300):
    a = time.perf_counter(); r = s.get(url); t.append((time.perf_counter() - a) * 1000)
t.sort()
print(f"{len(r.json())} records; median {statistics.median(t):.2f} ms, p90 {t[int(len(t) * 0.9)]:.2f} ms")
PY
echo "== tabledap CSV of the whole month"
for i in 1 2 3 4; do
  t=$(curl -s -o "$work/out.csv" -w "%{time_total}" "$base/tabledap/month_1hz.csv?time,depth_m,temperature_degC,salinity_psu")
  awk -v rows="$(($(wc -l < "$work/out.csv") - 2))" -v t="$t" -v b="$(stat -c %s "$work/out.csv")" \
    'BEGIN {printf "%d rows (%.0f MB) in %.2f s = %.2f million rows/s\n", rows, b/1e6, t, rows/t/1e6}'
done
echo "== hourly orderByMean over the month"
for i in 1 2 3 4; do
  t=$(curl -s -o "$work/mean.csv" -w "%{time_total}" "$base/tabledap/month_1hz.csv?time,temperature_degC,salinity_psu&orderByMean(%22time/1hour%22)")
  awk -v rows="$(($(wc -l < "$work/mean.csv") - 2))" -v t="$t" 'BEGIN {printf "%d bins in %.3f s\n", rows, t}'
done
echo "== .nc of the whole month (NetCDF-3, the same variables), against .csv above"
for i in 1 2 3 4; do
  t=$(curl -s -o "$work/out.nc" -w "%{time_total}" "$base/tabledap/month_1hz.nc?time,depth_m,temperature_degC,salinity_psu")
  awk -v t="$t" -v b="$(stat -c %s "$work/out.nc")" 'BEGIN {printf "%.0f MB in %.2f s\n", b/1e6, t}'
done
echo "== relative against fixed times, 200 requests each on one connection (median, p90)"
/usr/bin/python3 - "$base" <<'PY'
import sys, time, statistics, datetime, requests
s = requests.Session()
base = sys.argv[1] + "/tabledap/month_1hz.csv?time,temperature_degC&time>="
now = datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0) + datetime.timedelta(seconds=1) - datetime.timedelta(days=1)
last = datetime.datetime.strptime(s.get(sys.argv[1] + '/tabledap/month_1hz.csv0?time&orderByMax("time")').text.strip(), "%Y-%m-%dT%H:%M:%SZ")
pairs = [("now-1day", now.strftime("%Y-%m-%dT%H:%M:%SZ")), ("max(time)-1day", (last - datetime.timedelta(days=1)).strftime("%Y-%m-%dT%H:%M:%SZ"))]
for relative, fixed in pairs:
    for query in (relative, fixed):
        s.get(base + query)
        t = []
        for _ in range(200):
            a = time.perf_counter(); r = s.get(base + query); t.append((time.perf_counter() - a) * 1000)
        t.sort()
        print(f"time>={query}: status {r.status_code}, {r.text.count(chr(10)) - 2 if r.status_code == 200 else 0} rows; median {statistics.median(t):.2f} ms, p90 {t[int(len(t) * 0.9)]:.2f} ms")
PY
