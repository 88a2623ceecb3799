#!/usr/bin/env bash
# Benchmarks our server against the seed's stack (bottle on uwsgi), a bare ASP.NET Core app
# and nginx, all started here, measured in the same run, and stopped here. See bench/README.md.
#   bench/run.sh            full run (about five minutes): writes bench/results/latest.md
#   bench/run.sh --quick    a few seconds per system: checks that the bench works
# Other options: --out FILE, --server-dll PATH and --bare-dll PATH (use those builds, build nothing),
# --no-install (do not apt-get install missing tools; a missing reference is skipped and said so).
set -euo pipefail
bench=$(cd "$(dirname "$0")" && pwd)
repo=$(dirname "$bench")
pass=() server_dll="" bare_dll="" install=1
while [ $# -gt 0 ]; do
  case "$1" in
    --server-dll) server_dll=$2; shift 2 ;;
    --bare-dll) bare_dll=$2; shift 2 ;;
    --no-install) install=0; shift ;;
    --out) pass+=("$1" "$2"); shift 2 ;;
    *) pass+=("$1"); shift ;;
  esac
done

# The tools the bench drives (Debian packages): installed when missing and we may.
need=(wrk nginx uwsgi uwsgi-plugin-python3 python3-bottle)
missing=()
for p in "${need[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if [ "${#missing[@]}" -gt 0 ]; then
  if [ "$install" = 1 ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "installing ${missing[*]}" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq && apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "missing ${missing[*]}: those references are skipped (apt-get install ${missing[*]})" >&2
  fi
fi
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }

# Release builds of our server and the bare reference app.
if [ -z "$server_dll" ]; then
  dotnet build "$repo/src/Mocean.Server/Mocean.Server.csproj" -c Release -nologo -v q -nodeReuse:false >&2
  server_dll="$repo/src/Mocean.Server/bin/Release/net10.0/mocean-server.dll"
fi
if [ -z "$bare_dll" ]; then
  dotnet build "$bench/BareApp/BareApp.csproj" -c Release -nologo -v q -nodeReuse:false >&2
  bare_dll="$bench/BareApp/bin/Release/net10.0/bench-bare.dll"
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
exec /usr/bin/python3 "$bench/lib/main.py" --server-dll "$server_dll" --bare-dll "$bare_dll" "${pass[@]}"
