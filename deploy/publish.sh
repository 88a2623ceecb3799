#!/usr/bin/env bash
# Builds the server for Linux machines that have no .NET installed: one folder per processor kind,
# holding the program (one file, mocean-server) and the native libraries it loads.
#   deploy/publish.sh                 both linux-x64 (Intel/AMD) and linux-arm64 (Graviton, Raspberry Pi)
#   deploy/publish.sh linux-arm64     just one
#   --out DIR         the folders go to DIR/linux-x64/ ... instead of publish/
#   --build-dir DIR   the build's own files go to DIR instead of the projects' obj/ and bin/
# Output: publish/linux-x64/, publish/linux-arm64/ (copy the folder to the VM, then sudo deploy/install.sh).
# What each choice costs in size and start-up: bench/results/package.md.
set -euo pipefail
cd "$(dirname "$0")/.."
rids=()
out=publish
build=()
while [ $# -gt 0 ]; do
  case "$1" in
    --out) out=$2; shift 2 ;;
    --build-dir) build=(--artifacts-path "$2"); shift 2 ;;
    -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
    *) rids+=("$1"); shift ;;
  esac
done
[ "${#rids[@]}" -gt 0 ] || rids=(linux-x64 linux-arm64)
for rid in "${rids[@]}"; do
  dir="$out/$rid"
  rm -rf "$dir"
  # One compressed file for .NET and the program (the runtime unpacks it in memory as it loads, nothing on
  # disk); the native libraries stay beside it, so an update's unchanged libduckdb.so is never copied again.
  # No ReadyToRun: .NET's own libraries come precompiled anyway; only our code and the packages' are compiled
  # as the server starts (a composite ReadyToRun image of everything was 229 MB and most of a 5-minute build).
  dotnet publish src/Mocean.Server/Mocean.Server.csproj -c Release -r "$rid" --self-contained true \
    -p:PublishSingleFile=true -p:EnableCompressionInSingleFile=true -p:IncludeNativeLibrariesForSelfExtract=false \
    -p:PublishReadyToRun=false -p:DebugType=none "${build[@]}" -o "$dir" --nologo -v quiet
  # The XML API comments are for the IDE, not for the VM.
  find "$dir" -name '*.xml' -delete
  cp deploy/mocean.service deploy/install.sh "$dir/"
  echo "$dir: $(du -sh "$dir" | cut -f1) ($(ls "$dir" | tr '\n' ' '))"
done
