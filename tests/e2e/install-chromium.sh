#!/bin/sh
# Browser tests drive Debian's Chromium (never a downloaded browser). Installs it when missing.
set -e
if [ -x /usr/bin/chromium ]; then
  exit 0
fi
if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "Browser tests need Debian's chromium at /usr/bin/chromium: run 'sudo apt-get install chromium'." >&2
  exit 1
fi
echo "Installing Debian's chromium for the browser tests…"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
