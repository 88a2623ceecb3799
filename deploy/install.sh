#!/usr/bin/env bash
# Installs a published build as the systemd service "mocean" and starts it (run as root: sudo).
#   sudo ./install.sh                    from inside a published folder (publish/linux-x64/)
#   sudo deploy/install.sh publish/linux-arm64
#   deploy/install.sh BUILD --root DIR   only lays the files out under DIR (no user, no systemctl): for tests
# What it does: a system user "mocean"; the build in /opt/mocean; a settings file /opt/mocean/mocean.json
# with a fresh admin key (kept if there is one); the unit in /etc/systemd/system/; enable and (re)start.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=""
root=""
while [ $# -gt 0 ]; do
  case "$1" in
    --root) root=$(realpath -m "$2"); shift 2 ;;
    -h|--help) sed -n '2,8p' "$0"; exit 0 ;;
    *) build=$1; shift ;;
  esac
done
if [ -z "$build" ]; then
  if [ -x "$here/mocean-server" ]; then build=$here; else build=$here/../publish/linux-$(uname -m | sed 's/x86_64/x64/; s/aarch64/arm64/'); fi
fi
[ -x "$build/mocean-server" ] || { echo "no mocean-server in $build: run deploy/publish.sh first" >&2; exit 1; }
unit=$here/mocean.service
[ -f "$unit" ] || unit=$build/mocean.service

if [ -z "$root" ]; then
  [ "$(id -u)" -eq 0 ] || { echo "run as root: sudo $0 $*" >&2; exit 1; }
  id mocean >/dev/null 2>&1 || useradd --system --no-create-home --home-dir /var/lib/mocean --shell /usr/sbin/nologin mocean
  systemctl stop mocean 2>/dev/null || true
fi

install -d -m 0755 "$root/opt/mocean" "$root/etc/systemd/system"
for f in "$build"/*; do
  case "$(basename "$f")" in mocean.json|mocean.service|install.sh) ;; *) cp -a "$f" "$root/opt/mocean/" ;; esac
done
install -m 0644 "$unit" "$root/etc/systemd/system/mocean.service"

settings=$root/opt/mocean/mocean.json
if [ ! -f "$settings" ]; then
  key=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
  printf '{\n  "AdminKey": "%s",\n  "RateLimit": 1000\n}\n' "$key" > "$settings"
  echo "the admin key (shown this once; keep it secret): $key"
  echo "it is kept in $settings; to read it again: sudo grep AdminKey $settings"
else
  echo "the admin key is kept in $settings; to read it: sudo grep AdminKey $settings"
fi
if [ -z "$root" ]; then
  chown root:mocean "$settings"
  chmod 0640 "$settings"
  systemctl daemon-reload
  systemctl enable mocean
  systemctl restart mocean
  systemctl --no-pager --lines=5 status mocean || true
  echo "installed: logs with  journalctl -u mocean -f   settings in $settings"
else
  chmod 0640 "$settings"
  echo "laid out under $root"
fi
