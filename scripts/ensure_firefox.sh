#!/usr/bin/env bash
# Installs Debian's Firefox ESR for the Firefox browser tests (tests/firefox/) when it is missing.
# Playwright's Firefox is a patched build it cannot download here; the tests drive this one with
# puppeteer-core over WebDriver BiDi. Needs root; otherwise says how to get it.
set -euo pipefail
if [ -x /usr/bin/firefox-esr ]; then exit 0; fi
if [ "$(id -u)" = "0" ]; then
  echo "Installing Debian's firefox-esr for the browser tests..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq firefox-esr >/dev/null
  exit 0
fi
echo "The Firefox browser tests need Debian's firefox-esr at /usr/bin/firefox-esr." >&2
echo "Install it as root:  sudo apt-get install -y firefox-esr" >&2
echo "Trình duyệt firefox-esr chưa được cài. Cài bằng quyền root:  sudo apt-get install -y firefox-esr" >&2
exit 1
