#!/usr/bin/env bash
# Check the README's set-up on a bare Debian 12: build a minimal system with debootstrap, install only the
# README's apt line (plus xvfb and scrot to look at the window), run `make` from a copy of the tracked files,
# start the app under Xvfb and screenshot it. Run by hand as root (not in CI); it takes 15-25 minutes.
#   sudo scripts/check_debian.sh [CHROOT_DIR] [SCREENSHOT.png]
# A second run reuses the chroot and its .venv (only the project's files are copied again).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=${1:-/tmp/ae-debian12}
SHOT=${2:-/tmp/ae-debian12.png}
MIRROR=${MIRROR:-http://deb.debian.org/debian}
APP=/opt/ae-studio

# The README's apt line, exactly as a user would copy it (continuation lines joined).
PACKAGES=$(sed -n '/^    sudo apt install/,/^$/p' README.md | tr -d '\\' | tr '\n' ' ' | sed 's/.*apt install//')
[ -n "$PACKAGES" ] || { echo "no 'sudo apt install' line found in README.md" >&2; exit 1; }
echo "README packages: $PACKAGES"

if [ ! -f "$ROOT/etc/debian_version" ]; then
  echo "== debootstrap bookworm into $ROOT"
  debootstrap --variant=minbase bookworm "$ROOT" "$MIRROR"
fi

mounted=()
cleanup() { for ((i=${#mounted[@]}-1; i>=0; i--)); do umount -l "${mounted[i]}" || true; done; }
trap cleanup EXIT
for fs in proc sys dev; do
  mountpoint -q "$ROOT/$fs" || { mount --bind "/$fs" "$ROOT/$fs"; mounted+=("$ROOT/$fs"); }
done
cp /etc/resolv.conf "$ROOT/etc/resolv.conf"
# The host's CA bundle goes in beside Debian's own: behind an HTTPS-inspecting proxy pip needs it, and it
# changes nothing about which packages the check installs.
cp /etc/ssl/certs/ca-certificates.crt "$ROOT/etc/host-ca.crt"
in_root() { chroot "$ROOT" /usr/bin/env -i HOME=/root PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 \
  PIP_CERT=/etc/host-ca.crt "$@"; }

echo "== apt: README packages + xvfb xauth scrot (no recommends, so nothing extra hides a gap)"
in_root apt-get update -qq
# shellcheck disable=SC2086  (the package list is meant to split into words)
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
  $PACKAGES xvfb xauth scrot

echo "== copy the tracked files to $APP and run make (creates .venv)"
mkdir -p "$ROOT$APP"
git ls-files -z | tar --null -T - -cf - | tar -xf - -C "$ROOT$APP"
in_root make -C "$APP" .venv/.installed

echo "== start the app under Xvfb and screenshot it once the models are in"
in_root sh -c "Xvfb :7 -screen 0 1500x1000x24 -nolisten tcp & x=\$!; sleep 2
  cd $APP; rm -f /tmp/app.log; DISPLAY=:7 .venv/bin/python main.py >/tmp/app.log 2>&1 & app=\$!
  for i in \$(seq 120); do grep -q 'models loaded' /tmp/app.log 2>/dev/null && break; sleep 1; done
  sleep 3; DISPLAY=:7 scrot -o /tmp/shot.png; kill \$app; wait \$app; kill \$x; cat /tmp/app.log"
cp "$ROOT/tmp/shot.png" "$SHOT"
echo "screenshot: $SHOT"
