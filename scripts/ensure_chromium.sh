#!/usr/bin/env bash
# Installs Debian's chromium for the browser tests when it is missing (Playwright cannot download
# its own browser on this network). Needs root; otherwise says how to get it.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then exit 0; fi
if [ "$(id -u)" = "0" ]; then
  echo "Installing Debian's chromium for the browser tests..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium >/dev/null
  exit 0
fi
echo "The browser tests need Debian's chromium at /usr/bin/chromium." >&2
echo "Install it as root:  sudo apt-get install -y chromium" >&2
echo "Trình duyệt chromium chưa được cài. Cài bằng quyền root:  sudo apt-get install -y chromium" >&2
exit 1
