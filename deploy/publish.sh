#!/usr/bin/env bash
# Builds the server for Linux machines that have no .NET installed: one folder per processor kind,
# holding the program (one file, mocean-server) and the native libraries it loads.
#   deploy/publish.sh                 both linux-x64 (Intel/AMD) and linux-arm64 (Graviton, Raspberry Pi)
#   deploy/publish.sh linux-arm64     just one
# Output: publish/linux-x64/, publish/linux-arm64/ (copy the folder to the VM, then sudo deploy/install.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
rids=("$@")
[ "${#rids[@]}" -gt 0 ] || rids=(linux-x64 linux-arm64)
for rid in "${rids[@]}"; do
  out="publish/$rid"
  rm -rf "$out"
  dotnet publish src/Mocean.Server/Mocean.Server.csproj -c Release -r "$rid" --self-contained true \
    -p:PublishSingleFile=true -p:IncludeNativeLibrariesForSelfExtract=false \
    -p:PublishReadyToRun=true -p:DebugType=none -o "$out" --nologo -v quiet
  # The XML API comments are for the IDE, not for the VM.
  find "$out" -name '*.xml' -delete
  cp deploy/mocean.service deploy/install.sh "$out/"
  echo "$out: $(du -sh "$out" | cut -f1) ($(ls "$out" | tr '\n' ' '))"
done
